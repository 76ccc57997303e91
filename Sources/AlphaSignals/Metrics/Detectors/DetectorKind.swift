/// Which detector of the ensemble is behind a score.
public enum DetectorKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// One point far from the robust baseline (the seed's > 2.5σ spike, on median/MAD).
    case spike
    /// The mean of the last few points far from the baseline.
    case levelShift = "level_shift"
    /// Far from what the daily profile expects for this time of day.
    case seasonal
    /// Short-term volatility far above (or below) its baseline: the seed's variance escalation.
    case variance
    /// A steady near-linear climb or fall (leak-like).
    case trend
    /// A sustained shift found by CUSUM.
    case changePoint = "change_point"
}
