import AlphaStore

/// One tenant's line of `audit verify`: `ok <tenant>: N entries, head <hash prefix>` or `BROKEN <tenant>: <problem>`.
struct AuditVerificationLine: Sendable {
    var tenant: String
    var verification: AuditVerification
    /// The newest entry's hash when the chain is intact (nil for an empty log).
    var headHash: String?

    var text: String {
        guard verification.isValid else {
            let problem = verification.problem ?? "entry \(verification.brokenAt.map(String.init) ?? "?") is broken"
            return "BROKEN \(tenant): \(problem); \(Self.count(verification.checkedEntries)) before it verified"
        }
        return "ok \(tenant): \(Self.count(verification.checkedEntries)), head \(headHash.map { String($0.prefix(16)) } ?? "(empty)")"
    }

    private static func count(_ entries: Int) -> String {
        entries == 1 ? "1 entry" : "\(entries) entries"
    }
}
