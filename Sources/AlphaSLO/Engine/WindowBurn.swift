/// Error ratio and burn rate over one window.
public struct WindowBurn: Sendable, Equatable, Codable {
    /// The window in minutes.
    public var windowMinutes: Int
    /// Events in the window (nil = fewer than two samples).
    public var events: WindowEvents?
    /// bad ÷ total, nil when no data.
    public var errorRatio: Double?
    /// errorRatio ÷ budget, nil when no data.
    public var burnRate: Double?

    /// Computes the burn over `windowMinutes` ending at index `i`.
    @inline(__always)
    public static func compute(series: EventSeries, at i: Int, windowMinutes: Int, budget: Double) -> WindowBurn {
        let events = series.events(at: i, windowMinutes: windowMinutes)
        let ratio = events?.errorRatio
        return WindowBurn(windowMinutes: windowMinutes, events: events, errorRatio: ratio, burnRate: ratio.map { $0 / budget })
    }

    /// JSON with explicit `null` for no-data fields (never NaN, never omitted).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(windowMinutes, forKey: .windowMinutes)
        try c.encode(events, forKey: .events)
        try c.encode(errorRatio, forKey: .errorRatio)
        try c.encode(burnRate, forKey: .burnRate)
    }
}
