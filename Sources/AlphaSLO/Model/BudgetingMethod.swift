/// How the error budget counts failures (OpenSLO `budgetingMethod`).
public enum BudgetingMethod: String, Sendable, Codable, CaseIterable {
    /// Every event counts: bad events ÷ all events.
    case occurrences = "Occurrences"
    /// One event per 1-minute slice; a slice is bad when it misses its slice target.
    case timeslices = "Timeslices"
    /// One event per 1-minute slice, weighted by the slice's bad ratio.
    case ratioTimeslices = "RatioTimeslices"
}
