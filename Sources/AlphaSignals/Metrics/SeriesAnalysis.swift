import AlphaCore

/// The analysis of one series, plus what the cross-series passes (pool pairing) need.
struct SeriesAnalysis: Sendable {
    var signal: MetricSignal
    /// Identity for pairing pool in-use with pool max: the name without role words, and the labels.
    var poolKey: String
    /// The labels alone, for the looser pairing fallback.
    var labelKey: String

    /// Role words dropped from a pool series' name before pairing (`hikaricp_connections_active` ~ `hikaricp_connections_max`).
    private static let poolRoleWords: Set<String> = MetricVocabulary.inUse.union(MetricVocabulary.active).union(MetricVocabulary.poolMax)
        .union(["in", "use", "open", "checked", "out", "count", "connections", "connection", "conns"])
    /// Labels that describe the measurement, not the pool (`state="active"` vs `state="max"`).
    private static let poolIgnoredLabels: Set<String> = ["state", "type", "kind", "le", "quantile"]

    /// - split given: before = points strictly earlier, after = the rest; onset from the change-point search.
    /// - split nil: the change-point search splits the series; with too few points everything is "before".
    /// The onset is reported only for anomalous series (otherwise the best split of noise is meaningless).
    init(_ series: MetricSeries, split: Double?, scratch: inout [Double]) {
        let classification = MetricClassifier.classify(name: series.name, labels: series.labels, unit: series.unit)
        let prepared = PreparedSeries(series, classification: classification)
        let values = prepared.values[...]
        // The series' own change point: its split without a deploy time, its onset when anomalous, and the place to judge
        // a change that starts after the deploy.
        var changeIndex = ChangePointSearch.changeIndex(values)
        var boundary: Int
        if let split {
            boundary = Self.firstIndex(atOrAfter: split, in: prepared.times)
        } else {
            boundary = changeIndex ?? values.endIndex
        }
        var before = SeriesStats.compute(values[..<boundary], scratch: &scratch)
        var after = SeriesStats.compute(values[boundary...], scratch: &scratch)
        var judgement = AnomalyRule.judge(before: before, after: after, unit: prepared.unit)
        // A change that starts after the deploy is diluted by the deploy split (the after-window is mostly still the old
        // level), and one in data that starts after the deploy has no before-window at all: judge it at its own change
        // point instead.
        if split != nil, !judgement.anomalous, let own = changeIndex, own > boundary {
            let ownBefore = SeriesStats.compute(values[..<own], scratch: &scratch)
            let ownAfter = SeriesStats.compute(values[own...], scratch: &scratch)
            let ownJudgement = AnomalyRule.judge(before: ownBefore, after: ownAfter, unit: prepared.unit)
            if ownJudgement.anomalous {
                (boundary, before, after, judgement, changeIndex) = (own, ownBefore, ownAfter, ownJudgement, own)
            }
        }
        // The split only brackets the change; the onset is its first sample (`ChangeOnset`).
        let onsetIndex = judgement.anomalous ? changeIndex.map { ChangeOnset.onsetIndex(values, split: $0, scratch: &scratch) } : nil
        let onset = onsetIndex.flatMap { prepared.times.indices.contains($0) ? prepared.times[$0] : nil }
        let words = MetricNameWords(series.name)
        let saturated = SaturationRule.isSaturated(kind: classification.kind, unit: prepared.unit, after: after, words: words)
        let trendTimes = after.count >= 3 ? prepared.times[boundary...] : prepared.times[...]
        let trendValues = after.count >= 3 ? values[boundary...] : values
        signal = MetricSignal(
            key: series.key, name: series.name, kind: classification.kind, percentile: classification.percentile, unit: prepared.unit,
            dependency: classification.dependency, before: before, after: after, changeRatio: judgement.changeRatio,
            direction: judgement.direction, zScore: judgement.zScore, onset: onset, anomalous: judgement.anomalous,
            saturated: saturated, trend: Trend.fit(times: trendTimes, values: trendValues))
        let labelKey = series.labels.filter { !Self.poolIgnoredLabels.contains($0.key) }.map { $0.key + "=" + $0.value }.joined(separator: ",")
        self.labelKey = labelKey
        poolKey = words.words.filter { !Self.poolRoleWords.contains($0) }.joined(separator: "_") + "|" + labelKey
    }

    /// Binary search: the first index whose time is ≥ `time` (times are sorted).
    static func firstIndex(atOrAfter time: Double, in times: [Double]) -> Int {
        var low = 0
        var high = times.count
        while low < high {
            let middle = low + (high - low) / 2
            if times[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
