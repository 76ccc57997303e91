/// Everything about one SLO at one evaluation time.
public struct SLOSnapshot: Sendable, Equatable, Codable {
    /// `service/name`.
    public var slo: String
    /// Epoch seconds of the evaluation.
    public var time: Double
    /// The objective as a ratio (0.999).
    public var objective: Double
    /// The budget constant (0.001), the nearest Double of the exact `1 − objective`.
    public var budget: Double
    /// Burn over the standard windows (5m … 3d).
    public var windows: [WindowBurn]
    /// The composite burn (nil = no data).
    public var compositeBurn: Double?
    /// The instantaneous level of the composite (no hysteresis).
    public var compositeLevel: RiskLevel?
    /// The period budget.
    public var budgetStatus: BudgetStatus
    /// Burn-rate tiers.
    public var tiers: [TierEvaluation]

    /// The burn over `window`, if computed.
    public func window(_ window: StandardWindow) -> WindowBurn? { windows.first { $0.windowMinutes == window.minutes } }
}
