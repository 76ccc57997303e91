import AlphaCore
import AlphaSignals
import Testing

@Suite("Histogram buckets")
struct HistogramQuantilesTests {
    typealias F = MetricSeriesFixtures

    /// Cumulative bucket counters: per 10 s interval, 100 observations split over (≤0.1, ≤0.5, ≤1, +Inf) as given;
    /// the counters reset to one interval's worth at index 15 (a restart).
    private func buckets(before: [Double], after: [Double], splitIndex: Int, count: Int) -> [MetricSeries] {
        let bounds = ["0.1", "0.5", "1", "+Inf"]
        return bounds.enumerated().map { position, bound in
            var total = 0.0
            let values = (0..<count).map { index -> Double in
                let shares = index < splitIndex ? before : after
                let increase = shares.prefix(position + 1).reduce(0, +)
                total = index == 15 ? increase : total + increase
                return total
            }
            return F.series("http_request_duration_seconds_bucket", labels: [(key: "le", value: bound), (key: "route", value: "/pay")], values)
        }
    }

    @Test("p50/p95/p99 are rebuilt from buckets with Prometheus' interpolation")
    func rebuildsQuantiles() async throws {
        let series = buckets(before: [80, 15, 5, 0], after: [20, 30, 50, 0], splitIndex: 30, count: 60)
        let result = await MetricsAnalyzer().analyze(series, split: F.start + 300)
        let p50 = try #require(result.series.first { $0.key == "http_request_duration_seconds{quantile=\"0.5\",route=\"/pay\"}" })
        #expect(p50.kind == .latency && p50.percentile == 50 && p50.unit == "s")
        // before: rank 50 of 100 in the first bucket → 0.1·50/80; after: rank 50 → 0.1 + 0.4·(50−20)/30.
        #expect(abs(p50.before.median - 0.0625) < 1e-12 && abs(p50.after.median - 0.5) < 1e-12)
        #expect(p50.anomalous && p50.direction == .up)
        let p99 = try #require(result.series.first { $0.percentile == 99 })
        #expect(abs(p99.before.median - 0.9) < 1e-12 && abs(p99.after.median - 0.99) < 1e-12)
        #expect(result.series.filter { $0.name == "http_request_duration_seconds_bucket" }.allSatisfy { $0.kind == .unknown })
    }

    @Test("a rank in the +Inf bucket reports the highest finite bound; misaligned buckets are skipped")
    func edges() async throws {
        let series = buckets(before: [10, 0, 0, 90], after: [10, 0, 0, 90], splitIndex: 0, count: 10)
        let result = await MetricsAnalyzer().analyze(series, split: nil)
        #expect(result.series.first { $0.percentile == 99 }?.before.median == 1)
        var misaligned = series
        misaligned[0].timestamps = misaligned[0].timestamps.map { $0 + 1 }
        let skipped = await MetricsAnalyzer().analyze(misaligned, split: nil)
        #expect(skipped.series.count == 4)
    }
}
