/// Marks pool in-use series saturated when they sit at the max of their pool.
///
/// Pairing, most specific first: a pool_max series with the same name stem (role words such as `active`, `in_use`,
/// `max`, `size` removed) and the same labels (ignoring `state`/`type`); else the only pool_max series with the same
/// labels; else the only pool_max series of the incident. The limit is the max series' median after the split (before,
/// if it has no later points); saturated when the in-use median after the split is ≥ 90% of it.
enum PoolSaturationPairing {
    static func apply(to analyses: inout [SeriesAnalysis]) {
        let maxIndices = analyses.indices.filter { analyses[$0].signal.kind == .poolMax }
        guard !maxIndices.isEmpty else { return }
        for index in analyses.indices where analyses[index].signal.kind == .poolInUse && !analyses[index].signal.saturated {
            guard let partner = partner(of: analyses[index], among: maxIndices, in: analyses) else { continue }
            let maxStats = analyses[partner].signal.after.count > 0 ? analyses[partner].signal.after : analyses[partner].signal.before
            let inUse = analyses[index].signal.after
            guard maxStats.count > 0, inUse.count > 0, maxStats.median > 0 else { continue }
            if inUse.median >= SaturationRule.poolShare * maxStats.median {
                analyses[index].signal.saturated = true
            }
        }
    }

    private static func partner(of inUse: SeriesAnalysis, among maxIndices: [Int], in analyses: [SeriesAnalysis]) -> Int? {
        if let exact = maxIndices.first(where: { analyses[$0].poolKey == inUse.poolKey }) { return exact }
        let sameLabels = maxIndices.filter { analyses[$0].labelKey == inUse.labelKey }
        if sameLabels.count == 1 { return sameLabels.first }
        return maxIndices.count == 1 ? maxIndices.first : nil
    }
}
