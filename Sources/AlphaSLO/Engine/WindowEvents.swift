/// Bad and total events in one window.
public struct WindowEvents: Sendable, Equatable, Codable {
    /// Bad events.
    public var bad: Double
    /// All events.
    public var total: Double

    /// An event count.
    public init(bad: Double, total: Double) {
        self.bad = bad
        self.total = total
    }

    /// `bad ÷ total`, or `nil` (no data) when there were no events: never NaN, never 0 by default.
    public var errorRatio: Double? { total > 0 ? bad / total : nil }
}
