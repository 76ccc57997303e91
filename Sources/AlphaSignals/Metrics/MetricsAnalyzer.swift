public import AlphaCore

/// The deterministic metrics analyzer: classifies every series, splits it at the deploy (or at its own change point),
/// and reports robust before/after statistics, anomalies, onsets, saturation and trends. Prometheus histogram buckets
/// also yield derived p50/p95/p99 series (`HistogramQuantiles`).
public struct MetricsAnalyzer: Sendable {
    /// Series analysed per task: large enough to amortise task overhead, small enough to balance two cores.
    private static let seriesPerTask = 8

    /// Creates an analyzer (it holds no state).
    public init() {}

    /// Analyses the series.
    /// - Parameter split: epoch seconds of the deploy, or nil to find each series' change point itself; the result's
    ///   split is then the median onset of the anomalous series (`.changePoint`), or `.none` when none is anomalous.
    /// - Returns: every series, anomalous first, larger |z| first, then by key.
    public func analyze(_ series: [MetricSeries], split: Double?) async -> MetricSignals {
        let split = split.flatMap { $0.isFinite ? $0 : nil }
        let histogramQuantiles = HistogramQuantiles.derive(from: series)
        let all = histogramQuantiles.isEmpty ? series : series + histogramQuantiles
        var analyses = await Self.analyzeConcurrently(all, split: split)
        PoolSaturationPairing.apply(to: &analyses)
        let signals = analyses.map(\.signal).sorted(by: Self.precedes)
        let splitPoint: SplitPoint
        if let split {
            splitPoint = SplitPoint(time: split, source: .deployedAt)
        } else if let median = Self.medianOnset(signals) {
            splitPoint = SplitPoint(time: median, source: .changePoint)
        } else {
            splitPoint = SplitPoint(time: nil, source: .none)
        }
        return MetricSignals(split: splitPoint, series: signals)
    }

    private static func analyzeConcurrently(_ series: [MetricSeries], split: Double?) async -> [SeriesAnalysis] {
        await withTaskGroup(of: [(Int, SeriesAnalysis)].self) { group in
            for start in stride(from: 0, to: series.count, by: seriesPerTask) {
                let end = Swift.min(start + seriesPerTask, series.count)
                let chunk = Array(series[start..<end])
                group.addTask {
                    var scratch: [Double] = []
                    return chunk.enumerated().map { offset, item in (start + offset, SeriesAnalysis(item, split: split, scratch: &scratch)) }
                }
            }
            var indexed: [(Int, SeriesAnalysis)] = []
            indexed.reserveCapacity(series.count)
            for await part in group { indexed.append(contentsOf: part) }
            indexed.sort { $0.0 < $1.0 }
            return indexed.map(\.1)
        }
    }

    private static func precedes(_ lhs: MetricSignal, _ rhs: MetricSignal) -> Bool {
        if lhs.anomalous != rhs.anomalous { return lhs.anomalous }
        let left = Swift.abs(lhs.zScore)
        let right = Swift.abs(rhs.zScore)
        if left != right { return left > right }
        return lhs.key < rhs.key
    }

    /// The median onset of anomalous series (the lower middle for an even count, so it is a real onset).
    private static func medianOnset(_ signals: [MetricSignal]) -> Double? {
        let onsets = signals.compactMap { $0.anomalous ? $0.onset : nil }.sorted()
        guard !onsets.isEmpty else { return nil }
        return onsets[(onsets.count - 1) / 2]
    }
}
