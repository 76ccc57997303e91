import AlphaCore

/// A series ready for statistics: finite points only, in time order, in the normalised unit, counters as rates.
struct PreparedSeries: Sendable {
    var times: [Double]
    var values: [Double]
    /// The unit of `values` (a percentage-looking ratio may have been rescaled, see `init`).
    var unit: String

    /// - NaN/infinite values and timestamps are dropped (they carry no level).
    /// - Points are sorted by time when the input was not (stable, so equal timestamps keep input order).
    /// - Values are multiplied by `classification.scale`.
    /// - Counters become per-second rates between consecutive points; a decrease is a reset, so the increase over that
    ///   interval is the new value itself (the counter restarted from zero). Intervals with no elapsed time are skipped.
    /// - A ratio whose unit was only assumed (e.g. `cpu_usage`, `error_rate`) and whose values lie in 0–100 with a
    ///   maximum above 1.5 is read as a percentage and divided by 100.
    ///
    /// The common case (finite, sorted, unit scale 1, not a counter) shares the input arrays without copying: fresh
    /// 10,000-point arrays per series cost page faults that, across threads, outweighed the statistics themselves.
    init(_ series: MetricSeries, classification: MetricClassification) {
        let count = Swift.min(series.timestamps.count, series.values.count)
        var times: [Double]
        var values: [Double]
        var sorted = true
        if series.timestamps.count == series.values.count, Self.isClean(times: series.timestamps, values: series.values) {
            times = series.timestamps
            values = series.values
            if classification.scale != 1 {
                let scale = classification.scale
                values = values.map { $0 * scale }
            }
        } else {
            times = []
            values = []
            times.reserveCapacity(count)
            values.reserveCapacity(count)
            var previous = -Double.infinity
            for index in 0..<count {
                let time = series.timestamps[index]
                let value = series.values[index]
                guard time.isFinite, value.isFinite else { continue }
                if time < previous { sorted = false }
                previous = time
                times.append(time)
                values.append(value * classification.scale)
            }
        }
        if !sorted {
            let order = times.indices.sorted { times[$0] < times[$1] || (times[$0] == times[$1] && $0 < $1) }
            times = order.map { times[$0] }
            values = order.map { values[$0] }
        }
        if classification.isCounter { (times, values) = Self.rates(times: times, values: values) }
        unit = classification.unit
        if classification.unitIsAssumed, classification.unit == "ratio", Self.looksLikePercent(values) {
            for index in values.indices { values[index] *= 0.01 }
        }
        self.times = times
        self.values = values
    }

    /// Every point finite and timestamps non-decreasing.
    private static func isClean(times: [Double], values: [Double]) -> Bool {
        var previous = -Double.infinity
        for (time, value) in zip(times, values) {
            guard time.isFinite, value.isFinite, time >= previous else { return false }
            previous = time
        }
        return true
    }

    private static func rates(times: [Double], values: [Double]) -> ([Double], [Double]) {
        var rateTimes: [Double] = []
        var rates: [Double] = []
        rateTimes.reserveCapacity(times.count)
        rates.reserveCapacity(times.count)
        var index = 1
        while index < times.count {
            let elapsed = times[index] - times[index - 1]
            if elapsed > 0 {
                let increase = values[index] - values[index - 1]
                rates.append((increase >= 0 ? increase : values[index]) / elapsed)
                rateTimes.append(times[index])
            }
            index += 1
        }
        return (rateTimes, rates)
    }

    private static func looksLikePercent(_ values: [Double]) -> Bool {
        guard let low = values.min(), let high = values.max() else { return false }
        return low >= 0 && high > 1.5 && high <= 100
    }
}
