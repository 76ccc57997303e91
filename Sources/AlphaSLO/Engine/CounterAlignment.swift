public import AlphaCore

/// Turns raw counter series (any timestamps, several series per role, resets, NaN) into an `EventSeries` on a
/// 1-minute grid: each series is reset-corrected and carried forward on its own, then the role's series are summed.
public enum CounterAlignment {
    /// The event series for the given roles (two of good, bad, total); `nil` roles are absent.
    public static func eventSeries(good: [MetricSeries]?, bad: [MetricSeries]?, total: [MetricSeries]?, step: Double = 60) throws(SLOError)
        -> EventSeries
    {
        let all = (good ?? []) + (bad ?? []) + (total ?? [])
        var lo = Double.infinity
        var hi = -Double.infinity
        for s in all {
            for t in s.timestamps where t.isFinite {
                lo = min(lo, t)
                hi = max(hi, t)
            }
        }
        guard lo.isFinite, hi.isFinite, hi >= lo else { throw .invalidData("no samples for the SLO's selectors") }
        let start = (lo / step).rounded() * step
        let span = ((hi - start) / step).rounded()
        guard span < 10_000_000 else { throw .invalidData("the samples span more than 10 million steps") }
        let n = Int(span) + 1
        func role(_ series: [MetricSeries]?) -> [Double?]? {
            guard let series else { return nil }
            var sum = [Double](repeating: 0, count: n)
            var present = [Bool](repeating: false, count: n)
            for s in series {
                var grid = [Double?](repeating: nil, count: n)
                for (t, v) in zip(s.timestamps, s.values) where t.isFinite && v.isFinite {
                    let i = Int(clampingRounded: (t - start) / step)
                    if i >= 0 && i < n { grid[i] = v }
                }
                var offset = 0.0
                var previous: Double?
                var carried: Double?
                for i in 0..<n {
                    if let v = grid[i] {
                        if let p = previous, v < p { offset += p }
                        previous = v
                        carried = v + offset
                        present[i] = true
                    }
                    sum[i] += carried ?? 0
                }
            }
            return (0..<n).map { present[$0] ? sum[$0] : nil }
        }
        return try EventSeries(startTime: start, step: step, good: role(good), bad: role(bad), total: role(total))
    }
}
