/// The windows every SLO is evaluated over.
public enum StandardWindow: Int, Sendable, CaseIterable, Codable {
    /// 5 minutes.
    case m5 = 5
    /// 30 minutes.
    case m30 = 30
    /// 1 hour.
    case h1 = 60
    /// 2 hours.
    case h2 = 120
    /// 6 hours.
    case h6 = 360
    /// 1 day.
    case d1 = 1440
    /// 3 days.
    case d3 = 4320

    /// Minutes in the window.
    public var minutes: Int { rawValue }
    /// Prometheus duration text (`5m`, `1d`).
    public var label: String { PromDuration.format(minutes: rawValue) }
}
