/// The error budget of one SLO at one time.
public struct BudgetStatus: Sendable, Equatable, Codable {
    /// Whether there is anything to judge.
    public enum State: String, Sendable, Codable {
        /// No events in the period: the SLO is neither met nor missed.
        case noData = "no-data"
        /// Budget left.
        case healthy
        /// Budget spent (remaining ≤ 0): the objective is missed for this period.
        case exhausted
    }

    /// The state.
    public var state: State
    /// Events in the period so far (nil = no data).
    public var events: WindowEvents?
    /// Event-weighted error ratio of the period (sum bad ÷ sum total).
    public var errorRatio: Double?
    /// Share of the budget consumed (1 = all; more than 1 when overspent).
    public var consumed: Double?
    /// `1 − consumed`: negative when overspent, shown as such.
    public var remaining: Double?
    /// Bad events the budget allows for the events so far (time-based for timeslices: the whole period's slices).
    public var allowedBad: Double?
    /// Period length in minutes (a calendar month has its real length).
    public var periodMinutes: Int

    /// Computes the budget from the period's events.
    public static func compute(events: WindowEvents?, budget: Double, budgeting: BudgetingMethod, periodMinutes: Int) -> BudgetStatus {
        guard let events, events.total > 0, budget > 0 else {
            return BudgetStatus(
                state: .noData, events: events, errorRatio: nil, consumed: nil, remaining: nil, allowedBad: nil, periodMinutes: periodMinutes)
        }
        let ratio = events.bad / events.total
        // Occurrences: the budget scales with the traffic seen. Timeslices: the period has a fixed number of slices.
        let allowed = budgeting == .occurrences ? budget * events.total : budget * Double(periodMinutes)
        let consumed = events.bad / allowed
        let remaining = 1 - consumed
        return BudgetStatus(
            state: remaining > 0 ? .healthy : .exhausted, events: events, errorRatio: ratio, consumed: consumed, remaining: remaining,
            allowedBad: allowed, periodMinutes: periodMinutes)
    }

    /// JSON with explicit `null` for no-data fields (never NaN, never omitted).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encode(events, forKey: .events)
        try c.encode(errorRatio, forKey: .errorRatio)
        try c.encode(consumed, forKey: .consumed)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(allowedBad, forKey: .allowedBad)
        try c.encode(periodMinutes, forKey: .periodMinutes)
    }
}
