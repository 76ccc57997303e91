/// The allowed status transitions, in one table every engine and the server share.
///
/// Forward moves may skip steps (a page resolved by itself goes `triggered → resolved`), backward moves are allowed
/// only from `mitigated` back to `investigating` (the mitigation did not hold) and from `resolved` back to
/// `investigating` (reopened). Staying in the same status is not a transition.
public enum IncidentLifecycle {
    /// For each status, the statuses it may move to.
    public static let allowedTransitions: [IncidentStatus: Set<IncidentStatus>] = [
        .triggered: [.investigating, .identified, .mitigated, .resolved],
        .investigating: [.identified, .mitigated, .resolved],
        .identified: [.mitigated, .resolved],
        .mitigated: [.resolved, .investigating],
        .resolved: [.investigating],
    ]

    /// Whether `from → to` is allowed.
    public static func allows(from: IncidentStatus, to: IncidentStatus) -> Bool {
        allowedTransitions[from]?.contains(to) ?? false
    }

    /// Throws `StoreError.forbiddenTransition` unless `from → to` is allowed.
    public static func check(from: IncidentStatus, to: IncidentStatus) throws(StoreError) {
        guard allows(from: from, to: to) else {
            throw .forbiddenTransition(from: from, to: to)
        }
    }
}
