import AlphaCore
import AlphaSignals
import Testing

@Suite("MetricsAnalyzer")
struct MetricsAnalyzerTests {
    typealias F = MetricSeriesFixtures
    let analyzer = MetricsAnalyzer()

    private func only(_ series: MetricSeries, split: Double?) async throws -> MetricSignal {
        let result = await analyzer.analyze([series], split: split)
        return try #require(result.series.first)
    }

    @Test("statistics match hand-computed values (odd and even counts)")
    func statistics() async throws {
        // before: 1, 2, 3, 4, 100 → median 3, p95 = 4 + 0.8·96 = 80.8, |dev| = 2,1,0,1,97 → MAD 1, mean 22.
        // after: 1, 2, 3, 4 → median 2.5, p95 = 3 + 0.85·1 = 3.85, |dev| = 1.5,0.5,0.5,1.5 → MAD 1, mean 2.5.
        let series = F.series("queue_depth", [1, 2, 3, 4, 100, 1, 2, 3, 4])
        let signal = try await only(series, split: F.start + 50)
        #expect(signal.before.isClose(to: SeriesStats(count: 5, median: 3, p95: 80.8, mad: 1, mean: 22, min: 1, max: 100)))
        let after = signal.after
        #expect(after.count == 4 && after.median == 2.5 && after.mad == 1 && after.mean == 2.5 && after.min == 1 && after.max == 4)
        #expect(abs(after.p95 - 3.85) < 1e-12)
        #expect(signal.changeRatio == 2.5 / 3)
    }

    @Test("milliseconds, percent and MiB are normalised before statistics")
    func unitNormalisation() async throws {
        let latency = try await only(F.series("checkout_latency_ms", [120, 120, 120, 120]), split: nil)
        #expect(latency.unit == "s")
        #expect(abs(latency.before.median - 0.12) < 1e-12)
        let cpu = try await only(F.series("cpu_usage", [40, 50, 60, 70]), split: F.start + 1_000)
        #expect(cpu.unit == "ratio")
        #expect(abs(cpu.before.max - 0.7) < 1e-12)
        let memory = try await only(F.series("rss", unit: "MiB", [2, 2, 2]), split: nil)
        #expect(memory.unit == "bytes" && memory.before.median == 2 * 1_048_576)
        let fraction = try await only(F.series("cpu_usage", [0.4, 0.5, 0.6]), split: F.start + 1_000)
        #expect(abs(fraction.before.max - 0.6) < 1e-12)
    }

    @Test("a counter becomes a per-second rate, resets included")
    func counterToRate() async throws {
        // +10 every 10 s, reset to 5 after 30, then +10 again: rates 1, 1, 1, 0.5, 1, 1.
        let series = F.series("http_requests_total", [0, 10, 20, 30, 5, 15, 25])
        let signal = try await only(series, split: nil)
        #expect(signal.unit == "per_s")
        let all = signal.before.count + signal.after.count
        #expect(all == 6)
        let split = try await only(series, split: F.start + 35)
        #expect(split.before == SeriesStats(count: 3, median: 1, p95: 1, mad: 0, mean: 1, min: 1, max: 1))
        #expect(split.after.count == 3 && split.after.min == 0.5 && split.after.median == 1)
    }

    @Test("onset is within one interval of a noisy step, and becomes the split without a deploy time")
    func onsetOnNoisyStep() async throws {
        let values = F.step(count: 1_000, stepIndex: 613, before: 0.2, after: 0.5, amplitude: 0.05, seed: 42)
        let series = F.series("checkout_latency_seconds", values)
        let result = await analyzer.analyze([series], split: nil)
        let signal = try #require(result.series.first)
        let onset = try #require(signal.onset)
        #expect(abs(onset - (F.start + 6_130)) <= 10)
        #expect(signal.anomalous && signal.direction == .up)
        #expect(result.split == SplitPoint(time: onset, source: .changePoint))
        #expect(abs(signal.before.median - 0.2) < 0.01 && abs(signal.after.median - 0.5) < 0.01)

        let withDeploy = await analyzer.analyze([series], split: F.start + 6_000)
        #expect(withDeploy.split == SplitPoint(time: F.start + 6_000, source: .deployedAt))
        #expect(withDeploy.series.first?.onset == onset)
    }

    @Test(
        "onset within one interval across seeds, step positions and directions",
        arguments: [(1, 150), (2, 500), (3, 850), (4, 333), (5, 701), (6, 60)] as [(UInt64, Int)], [true, false])
    func onsetAcrossSeeds(case: (seed: UInt64, stepIndex: Int), up: Bool) async throws {
        let (seed, stepIndex) = `case`
        // Step of 1.0 with uniform noise of ±0.25 (σ ≈ 0.14).
        let values = F.step(count: 1_000, stepIndex: stepIndex, before: up ? 2 : 3, after: up ? 3 : 2, amplitude: 0.25, seed: seed)
        let signal = try await only(F.series("queue_depth", interval: 15, values), split: nil)
        let onset = try #require(signal.onset)
        #expect(abs(onset - (F.start + Double(stepIndex) * 15)) <= 15)
        #expect(signal.direction == (up ? .up : .down))
    }

    @Test("onset is exact on a clean step")
    func onsetOnCleanStep() async throws {
        let values = (0..<200).map { $0 < 77 ? 10.0 : 25.0 }
        let signal = try await only(F.series("db_query_duration_seconds", values), split: nil)
        #expect(signal.onset == F.start + 770)
    }

    @Test("a flat baseline gives a finite z-score; a small change is not anomalous")
    func flatBaseline() async throws {
        let big = try await only(F.series("queue_depth", [100, 100, 100, 100, 150, 150, 150, 150]), split: F.start + 40)
        // noise floor = 1% of 100 = 1 → z = 50.
        #expect(big.zScore == 50 && big.anomalous && big.changeRatio == 1.5)
        let small = try await only(F.series("queue_depth", [100, 100, 100, 100, 110, 110, 110, 110]), split: F.start + 40)
        #expect(small.zScore == 10 && !small.anomalous && small.direction == .up)
        let none = try await only(F.series("queue_depth", [100, 100, 100, 100, 100, 100]), split: F.start + 30)
        #expect(none.zScore == 0 && !none.anomalous && none.direction == .flat)
    }

    @Test("pool in-use is saturated when it reaches the max of the same pool only")
    func poolSaturation() async throws {
        let flat = { (value: Double) in [Double](repeating: value, count: 10) }
        let main = [(key: "pool", value: "main")]
        let batch = [(key: "pool", value: "batch")]
        let series = [
            F.series("hikaricp_connections_active", labels: main, flat(4) + flat(20)),
            F.series("hikaricp_connections_max", labels: main, flat(20) + flat(20)),
            F.series("hikaricp_connections_active", labels: batch, flat(4) + flat(20)),
            F.series("hikaricp_connections_max", labels: batch, flat(50) + flat(50)),
        ]
        let result = await analyzer.analyze(series, split: F.start + 100)
        let byKey = Dictionary(uniqueKeysWithValues: result.series.map { ($0.key, $0) })
        #expect(byKey["hikaricp_connections_active{pool=\"main\"}"]?.saturated == true)
        #expect(byKey["hikaricp_connections_active{pool=\"batch\"}"]?.saturated == false)
        #expect(byKey["hikaricp_connections_max{pool=\"main\"}"]?.saturated == false)

        let camel = await analyzer.analyze([F.series("poolInUse", flat(10)), F.series("poolMax", flat(10))], split: F.start + 50)
        #expect(camel.series.first { $0.name == "poolInUse" }?.saturated == true)
    }

    @Test("CPU, disk and pinned ratios saturate; a full cache hit ratio does not")
    func ratioSaturation() async throws {
        #expect(try await only(F.series("cpu_usage_percent", [50, 50, 97, 98]), split: F.start + 20).saturated)
        #expect(try await !only(F.series("cpu_usage_percent", [50, 50, 90, 90]), split: F.start + 20).saturated)
        #expect(try await only(F.series("disk_used_ratio", [0.5, 0.5, 0.98, 0.99]), split: F.start + 20).saturated)
        #expect(try await !only(F.series("disk_free_ratio", [0.5, 0.5, 0.98, 0.99]), split: F.start + 20).saturated)
        #expect(try await only(F.series("http_error_ratio", [0.01, 0.01, 1, 1]), split: F.start + 20).saturated)
        #expect(try await !only(F.series("cache_hit_ratio", [0.9, 0.9, 1, 1]), split: F.start + 20).saturated)
    }

    @Test("trend: slope per second and R² over the window after the split")
    func trend() async throws {
        // Flat before the split, then +2 MiB per 10 s: slope 2 MiB / 10 s.
        let values = (0..<60).map { $0 < 30 ? 100.0 : 100.0 + Double($0 - 30) * 2 }
        let signal = try await only(F.series("process_resident_memory", unit: "MiB", values), split: F.start + 300)
        let trend = try #require(signal.trend)
        #expect(abs(trend.slope - 2 * 1_048_576 / 10) < 1e-6)
        #expect(abs(trend.rSquared - 1) < 1e-12)

        let noisy = F.noise(count: 100, amplitude: 1, seed: 7)
        let flat = try await only(F.series("process_resident_memory_bytes", noisy), split: F.start)
        #expect(try #require(flat.trend).rSquared < 0.1)
    }

    @Test("NaN points are skipped, not counted")
    func nanHandling() async throws {
        let withNaN = F.series("queue_depth", [1, .nan, 2, 3, .nan, 4, 100, .nan])
        let signal = try await only(withNaN, split: nil)
        #expect(signal.before.count + signal.after.count == 5)
        let split = try await only(withNaN, split: F.start + 1_000)
        #expect(split.before.isClose(to: SeriesStats(count: 5, median: 3, p95: 80.8, mad: 1, mean: 22, min: 1, max: 100)))
        #expect(split.after.count == 0 && split.after.median.isNaN && split.trend != nil)
    }

    @Test("empty, one-point, NaN-only and malformed series never trap")
    func degenerateSeries() async throws {
        let series = [
            MetricSeries(name: "empty", timestamps: [], values: []),
            MetricSeries(name: "one_point_latency_ms", timestamps: [F.start], values: [5]),
            MetricSeries(name: "all_nan", timestamps: [F.start, F.start + 10], values: [.nan, .nan]),
            MetricSeries(name: "mismatched", timestamps: [F.start, F.start + 10, F.start + 20], values: [1]),
            MetricSeries(name: "same_time_total", timestamps: [F.start, F.start, F.start], values: [1, 2, 3]),
            MetricSeries(name: "bad_times", timestamps: [.nan, .infinity, F.start], values: [1, 2, 3]),
            MetricSeries(name: "unsorted", timestamps: [F.start + 20, F.start, F.start + 10], values: [3, 1, 2]),
            MetricSeries(name: "huge", timestamps: (0..<6).map { F.start + Double($0) }, values: [-1e308, -1e308, -1e308, 1e308, 1e308, 1e308]),
        ]
        for split in [nil, F.start + 5, Double.nan] {
            let result = await analyzer.analyze(series, split: split)
            #expect(result.series.count == series.count)
            for signal in result.series where signal.name != "huge" {
                #expect(!signal.anomalous && signal.zScore.isFinite, "\(signal.key) with split \(String(describing: split))")
            }
            #expect(result.series.allSatisfy { $0.zScore.isFinite })
        }
        let one = try #require(await analyzer.analyze(series, split: nil).series.first { $0.name == "one_point_latency_ms" })
        #expect(one.before.count == 1 && one.before.median == 0.005 && one.after.count == 0)
        let unsorted = try #require(await analyzer.analyze(series, split: F.start + 10).series.first { $0.name == "unsorted" })
        #expect(unsorted.before.median == 1 && unsorted.after.median == 2.5)
        let empty = await analyzer.analyze([], split: nil)
        #expect(empty.series.isEmpty && empty.split == SplitPoint(time: nil, source: .none))
    }

    @Test("anomalous series come first, larger |z| first; the split is the median onset")
    func ordering() async throws {
        let quiet = F.series("queue_depth", F.step(count: 300, stepIndex: 150, before: 10, after: 10, amplitude: 1, seed: 1))
        let small = F.series("cpu_usage_ratio", F.step(count: 300, stepIndex: 100, before: 0.2, after: 0.4, amplitude: 0.02, seed: 2))
        let large = F.series("http_error_ratio", F.step(count: 300, stepIndex: 120, before: 0.01, after: 0.3, amplitude: 0.002, seed: 3))
        let middle = F.series("db_query_duration_seconds", F.step(count: 300, stepIndex: 140, before: 0.05, after: 0.2, amplitude: 0.005, seed: 4))
        let result = await analyzer.analyze([quiet, small, middle, large], split: nil)
        #expect(result.series.map(\.anomalous) == [true, true, true, false])
        let z = result.series.prefix(3).map { abs($0.zScore) }
        #expect(z == z.sorted(by: >))
        #expect(result.series.last?.name == "queue_depth")
        let onset = try #require(result.split.time)
        #expect(abs(onset - (F.start + 1_200)) <= 10)
        #expect(result.series.first { $0.name == "db_query_duration_seconds" }?.kind == .dbQueryTime)
    }
}

extension SeriesStats {
    /// Equal counts and every statistic within 1e-9 (interpolated quantiles are not exact in binary floating point).
    fileprivate func isClose(to other: SeriesStats) -> Bool {
        let pairs = [(median, other.median), (p95, other.p95), (mad, other.mad), (mean, other.mean), (min, other.min), (max, other.max)]
        return count == other.count && pairs.allSatisfy { abs($0 - $1) < 1e-9 }
    }
}
