import AlphaCore
import AlphaSLO

/// Gauge samples (threshold SLIs) on the 1-minute grid, judged per slice.
enum SLOGaugeSeries {
    static func slices(_ series: MetricSeries, op: SLOIndicator.ThresholdOperator, threshold: Double) -> EventSeries {
        guard let first = series.timestamps.min(), let last = series.timestamps.max() else {
            return EventSeries(startTime: 0, cumulativeBad: [], cumulativeTotal: [])
        }
        let start = (first / 60).rounded() * 60
        let span = Int(clampingRounded: (last - start) / 60)
        guard span < 10_000_000 else { return EventSeries(startTime: 0, cumulativeBad: [], cumulativeTotal: []) }
        let n = span + 1
        var grid = [Double?](repeating: nil, count: max(n, 0))
        for (t, v) in zip(series.timestamps, series.values) where v.isFinite {
            let i = Int(clampingRounded: (t - start) / 60)
            if i >= 0 && i < grid.count { grid[i] = v }
        }
        return EventSeries.thresholdSlices(startTime: start, values: grid, op: op, threshold: threshold)
    }
}
