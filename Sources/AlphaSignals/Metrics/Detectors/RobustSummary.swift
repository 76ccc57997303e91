/// Median, MAD and a 5–95 % range of recent values: the robust baseline every detector compares against.
public struct RobustSummary: Sendable, Codable, Equatable {
    /// The median.
    public var median: Double
    /// The median absolute deviation (unscaled; estimated as half the interquartile range).
    public var mad: Double
    /// The 5th percentile.
    public var low: Double
    /// The 95th percentile.
    public var high: Double

    /// A summary from its parts.
    public init(median: Double, mad: Double, low: Double, high: Double) {
        self.median = median
        self.mad = mad
        self.low = low
        self.high = high
    }

    /// A noise scale that never collapses to zero: 1.4826·MAD (σ for Gaussian data), floored at a fraction of the
    /// 5–95 % range and at a tiny fraction of the level, so flat baselines give large but finite z-scores.
    @inline(__always)
    public func scale(rangeFloor: Double) -> Double {
        Swift.max(1.4826 * mad, rangeFloor * (high - low), 1e-9 * Swift.max(1.0, abs(median)))
    }
}
