/// Risk level over time with confirmation and hysteresis.
///
/// Two rules keep a one-minute blip from freezing releases for an hour:
/// 1. Confirmation (the Workbook's short-window idea): the level is the LOWER of the composite's level and the
///    5-minute burn's level, so an incident that stopped no longer counts once the 5m window is clean, even
///    though the 1h and 24h terms of the composite still remember it. A 5m window without traffic confirms nothing.
/// 2. Hysteresis: escalation is immediate; de-escalation needs the confirmed burn to stay below the current
///    level's lower bound × (1 − `margin`) for `holdMinutes` consecutive evaluations (no flapping at a boundary).
public struct RiskTracker: Sendable {
    /// Consecutive minutes below the level before stepping down.
    public var holdMinutes: Int
    /// Relative margin below a boundary required to step down.
    public var margin: Double
    /// The current level.
    public private(set) var level: RiskLevel = .safe
    private var calmSince: Int?

    /// A tracker starting at SAFE.
    public init(holdMinutes: Int = 5, margin: Double = 0.1) {
        self.holdMinutes = holdMinutes
        self.margin = margin
    }

    /// The confirmed burn: min(composite, 5m burn); `nil` composite is no data; a `nil` 5m burn confirms nothing (0).
    public static func confirmedBurn(composite: Double?, burn5m: Double?) -> Double? {
        guard let composite else { return nil }
        return min(composite, burn5m ?? 0)
    }

    /// Feeds the evaluation at `minute`; returns the level after it.
    @discardableResult
    public mutating func update(minute: Int, composite: Double?, burn5m: Double?) -> RiskLevel {
        let confirmed = Self.confirmedBurn(composite: composite, burn5m: burn5m) ?? 0
        let target = RiskLevel.classify(confirmed)
        if target >= level {
            level = target
            calmSince = nil
            return level
        }
        // Below the current level: step down only when clearly below, for long enough.
        guard confirmed < level.lowerBound * (1 - margin) else {
            calmSince = nil
            return level
        }
        let since = calmSince ?? minute
        calmSince = since
        if minute - since + 1 >= holdMinutes {
            level = RiskLevel.classify(confirmed)
            calmSince = nil
        }
        return level
    }
}
