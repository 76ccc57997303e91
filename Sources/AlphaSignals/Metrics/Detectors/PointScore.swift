/// The ensemble's verdict on one point, with what each detector saw (enough to explain it).
public struct PointScore: Sendable, Codable, Equatable {
    /// Anomaly score in [0, 1]: `r ÷ (1 + r)` where r is the winning detector's surprise relative to its own record,
    /// so 0.5 means "as surprising as the most surprising point in recent memory".
    public var score: Double
    /// The detector with the largest weighted record ratio.
    public var detector: DetectorKind
    /// Robust z against the median/MAD baseline.
    public var robust: RobustZ
    /// Expected value for this time of day, if the daily profile knows the slot.
    public var seasonalExpected: Double?
    /// Robust z of the residual against the daily profile.
    public var seasonalZ: Double
    /// Short-window σ ÷ baseline σ, once known.
    public var volatilityRatio: Double?
    /// The short-window trend fit, once the window is full (nil when the trend detector has no weight).
    public var trend: TrendFit?
    /// A change point CUSUM confirmed at this point, if any.
    public var changePoint: ChangePoint?

    /// A score of 0 with nothing observed.
    public static let empty = PointScore(
        score: 0, detector: .spike, robust: .zero, seasonalExpected: nil, seasonalZ: 0, volatilityRatio: nil, trend: nil,
        changePoint: nil)
}
