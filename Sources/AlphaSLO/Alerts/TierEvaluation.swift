/// One burn-rate tier evaluated at one time.
public struct TierEvaluation: Sendable, Equatable, Codable {
    /// The tier name (the `tier` label).
    public var tier: String
    /// `page` / `ticket`.
    public var severity: String
    /// The derived burn factor (14.4 for the 1h tier of a 30-day SLO).
    public var factor: Double
    /// The error-ratio threshold (factor × budget).
    public var threshold: Double
    /// Long-window error ratio (nil = no data).
    public var longRatio: Double?
    /// Short-window error ratio (nil = no data).
    public var shortRatio: Double?
    /// Events in the long window.
    public var longEvents: Double
    /// Whether the minimum-traffic guard let the tier through.
    public var enoughTraffic: Bool
    /// The condition: both ratios strictly above the threshold and enough traffic.
    public var conditionMet: Bool

    /// An evaluation (normally made by `SLOEvaluator`).
    public init(
        tier: String, severity: String, factor: Double, threshold: Double, longRatio: Double?, shortRatio: Double?, longEvents: Double,
        enoughTraffic: Bool, conditionMet: Bool
    ) {
        self.tier = tier
        self.severity = severity
        self.factor = factor
        self.threshold = threshold
        self.longRatio = longRatio
        self.shortRatio = shortRatio
        self.longEvents = longEvents
        self.enoughTraffic = enoughTraffic
        self.conditionMet = conditionMet
    }
}
