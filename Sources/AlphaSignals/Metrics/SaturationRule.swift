/// When a series sits at its ceiling (pool pairing, which needs two series, is in `PoolSaturationPairing`).
/// Judged on the median after the split, so a brief spike is not saturation but a sustained plateau is.
enum SaturationRule {
    static let cpuCeiling = 0.95
    static let diskCeiling = 0.97
    static let pinnedRatio = 0.999
    /// Pool in-use at ≥ 90% of its max (median after the split), or a utilisation ratio ≥ 0.95.
    static let poolShare = 0.9
    static let poolUtilisation = 0.95

    /// Words that make a disk ratio a free-space ratio, where "high" is healthy.
    private static let freeWords: Set<String> = ["free", "avail", "available", "remaining", "left"]

    static func isSaturated(kind: MetricKind, unit: String, after: SeriesStats, words: MetricNameWords) -> Bool {
        guard unit == "ratio", after.count > 0, after.median.isFinite else { return false }
        let level = after.median
        switch kind {
        case .cpu: return level >= cpuCeiling
        case .disk: return !words.contains(any: freeWords) && level >= diskCeiling
        case .poolInUse: return level >= poolUtilisation
        case .cacheHitRatio: return false  // a hit ratio of 1 is healthy
        default: return level >= pinnedRatio
        }
    }
}
