import AlphaCore

/// Latency quantile series rebuilt from Prometheus histogram buckets, the way `histogram_quantile(q, rate(…_bucket[…]))`
/// does: per scrape interval, the increase of each cumulative `le` bucket (a decrease is a counter reset), then linear
/// interpolation inside the bucket that holds rank q·total. A quantile that lands in the `+Inf` bucket reports the
/// highest finite bound; an interval with no observations is NaN (skipped by the statistics).
///
/// The `_bucket` series themselves are still analysed (as `unknown` per-second counters); the derived series are added
/// under the family name without `_bucket`, with the `le` label replaced by `quantile` (p50, p95, p99), so they
/// classify as latency (or dependency latency) with a percentile like any summary series.
/// A family is skipped when its buckets do not share one timestamp array (no resampling is attempted).
enum HistogramQuantiles {
    static let quantiles: [(label: String, value: Double)] = [("0.5", 0.5), ("0.95", 0.95), ("0.99", 0.99)]

    private struct Bucket {
        let bound: Double
        let series: MetricSeries
    }

    static func derive(from series: [MetricSeries]) -> [MetricSeries] {
        var families: [String: [Bucket]] = [:]
        var order: [String] = []
        for item in series where item.name.hasSuffix("_bucket") {
            guard let raw = item.label("le"), let bound = parseBound(raw) else { continue }
            let base = MetricSeries(
                name: String(item.name.dropLast("_bucket".count)), labels: item.labels.filter { $0.key != "le" }, timestamps: [], values: [])
            let key = base.key
            if families[key] == nil { order.append(key) }
            families[key, default: []].append(Bucket(bound: bound, series: item))
        }
        var derived: [MetricSeries] = []
        for key in order {
            guard let buckets = families[key] else { continue }
            derived.append(contentsOf: quantileSeries(buckets.sorted { $0.bound < $1.bound }))
        }
        return derived
    }

    private static func parseBound(_ raw: String) -> Double? {
        switch raw.lowercased() {
        case "+inf", "inf", "+infinity", "infinity": return .infinity
        default:
            guard let value = Double(raw), !value.isNaN else { return nil }
            return value
        }
    }

    private static func quantileSeries(_ buckets: [Bucket]) -> [MetricSeries] {
        guard buckets.count >= 2, let first = buckets.first?.series else { return [] }
        let times = first.timestamps
        guard times.count >= 2, buckets.allSatisfy({ $0.series.timestamps == times && $0.series.values.count == times.count }) else { return [] }
        let name = String(first.name.dropLast("_bucket".count))
        let labels = first.labels.filter { $0.key != "le" }
        var outputs = [[Double]](repeating: [], count: quantiles.count)
        var increases = [Double](repeating: 0, count: buckets.count)
        for index in 1..<times.count {
            var valid = true
            var runningMax = 0.0
            for (position, bucket) in buckets.enumerated() {
                let now = bucket.series.values[index]
                let previous = bucket.series.values[index - 1]
                guard now.isFinite, previous.isFinite else {
                    valid = false
                    break
                }
                // Cumulative counts must not decrease across bounds; enforce it as Prometheus does.
                runningMax = Swift.max(runningMax, now >= previous ? now - previous : now)
                increases[position] = runningMax
            }
            for (slot, quantile) in quantiles.enumerated() {
                outputs[slot].append(valid ? value(at: quantile.value, cumulative: increases, buckets: buckets) : .nan)
            }
        }
        let outputTimes = Array(times.dropFirst())
        return quantiles.enumerated().map { slot, quantile in
            MetricSeries(
                name: name, labels: labels + [(key: "quantile", value: quantile.label)], unit: first.unit, timestamps: outputTimes,
                values: outputs[slot])
        }
    }

    private static func value(at quantile: Double, cumulative: [Double], buckets: [Bucket]) -> Double {
        guard let total = cumulative.last, total > 0 else { return .nan }
        let rank = quantile * total
        var lowerBound = 0.0
        var lowerCount = 0.0
        for (position, bucket) in buckets.enumerated() {
            let count = cumulative[position]
            if count >= rank {
                if bucket.bound == .infinity { return position > 0 ? lowerBound : .nan }
                if position == 0 && bucket.bound <= 0 { return bucket.bound }
                let inBucket = count - lowerCount
                guard inBucket > 0 else { return bucket.bound }
                return lowerBound + (bucket.bound - lowerBound) * (rank - lowerCount) / inBucket
            }
            lowerBound = bucket.bound
            lowerCount = count
        }
        return lowerBound
    }
}
