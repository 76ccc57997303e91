import AlphaCore
import AlphaSignals
import Testing

/// The selection-based statistics against a plain sort-based reference, across the sizes where the selection
/// algorithm changes strategy (sampling starts above 600 points) and on duplicate-heavy and flat data.
@Suite("Series statistics")
struct SeriesStatisticsTests {
    typealias F = MetricSeriesFixtures

    /// Type-7 quantile of sorted values.
    private func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = Double(sorted.count - 1) * q
        let lower = Int(position)
        let fraction = position - Double(lower)
        guard fraction > 0, lower + 1 < sorted.count else { return sorted[lower] }
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }

    @Test(
        "median, p95 and MAD equal the sort-based reference",
        arguments: [1, 2, 3, 10, 600, 601, 602, 1_000, 5_001, 20_000], [0.0, 1, 0.1])
    func matchesReference(count: Int, granularity: Double) async throws {
        // granularity 0: a flat series; 1: heavy duplicates (integers 0...20); 0.1: mostly distinct.
        let values = F.noise(count: count, amplitude: 10, seed: UInt64(count)).map { value in
            granularity == 0 ? 5 : Double(Int((value + 10) / granularity)) * granularity
        }
        let result = await MetricsAnalyzer().analyze([F.series("queue_depth", values)], split: F.start + 1e9)
        let stats = try #require(result.series.first).before
        let sorted = values.sorted()
        let median = quantile(sorted, 0.5)
        #expect(stats.count == count)
        #expect(stats.median == median)
        #expect(abs(stats.p95 - quantile(sorted, 0.95)) < 1e-9)
        #expect(stats.mad == quantile(values.map { abs($0 - median) }.sorted(), 0.5))
        #expect(stats.min == sorted.first && stats.max == sorted.last)
    }

    @Test(
        "ordered and periodic inputs, including a period that defeats the sampling",
        arguments: [1_024, 2_048, 10_000], ["ascending", "descending", "sawtooth21", "sawtooth7", "organ"])
    func adversarialOrders(count: Int, pattern: String) async throws {
        let values: [Double] = (0..<count).map { index in
            switch pattern {
            case "ascending": return Double(index)
            case "descending": return Double(count - index)
            case "sawtooth21": return Double(index % 21) * 3 + Double(index) / 1e6
            case "sawtooth7": return Double(index % 7)
            default: return Double(min(index, count - index))
            }
        }
        let result = await MetricsAnalyzer().analyze([F.series("queue_depth", values)], split: F.start + 1e9)
        let stats = try #require(result.series.first).before
        let sorted = values.sorted()
        let median = quantile(sorted, 0.5)
        #expect(stats.median == median)
        #expect(abs(stats.p95 - quantile(sorted, 0.95)) < 1e-9)
        #expect(stats.mad == quantile(values.map { abs($0 - median) }.sorted(), 0.5))
    }
}
