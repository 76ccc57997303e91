import AlphaCore
import AlphaSignals
import Testing

/// The onset is the first sample of the change, not the least-squares split: on ramps and on a shift that later grows,
/// the split lies well after the start.
@Suite("Change onset")
struct ChangeOnsetTests {
    typealias F = MetricSeriesFixtures
    let analyzer = MetricsAnalyzer()

    private func onsetIndex(_ values: [Double], split: Double? = nil) async throws -> Double {
        let result = await analyzer.analyze([F.series("process_resident_memory_bytes", values)], split: split)
        let signal = try #require(result.series.first)
        #expect(signal.anomalous)
        return (try #require(signal.onset) - F.start) / 10
    }

    @Test("a ramp starts where it leaves the baseline, not in its middle")
    func ramp() async throws {
        let noise = F.noise(count: 200, amplitude: 1, seed: 7)
        // Flat at 100 for 120 points, then +2 per sample: the least-squares split lands near index 150.
        let values = noise.indices.map { 100 + noise[$0] + ($0 >= 120 ? 2 * Double($0 - 119) : 0) }
        let onset = try await onsetIndex(values)
        #expect(abs(onset - 120) <= 1, "onset at index \(onset)")
    }

    @Test("a small shift that later grows is dated from the small shift")
    func shiftThenLargerShift() async throws {
        let noise = F.noise(count: 200, amplitude: 0.1, seed: 11)
        let values = noise.indices.map { ($0 < 100 ? 1 : $0 < 150 ? 2 : 10) + noise[$0] }
        #expect(try await onsetIndex(values) == 100)
    }

    @Test("a lone outlier shortly before a step does not pull the onset back; short dips inside the change do not cut it")
    func outlierAndDips() async throws {
        let noise = F.noise(count: 200, amplitude: 0.1, seed: 5)
        var values = noise.indices.map { ($0 < 100 ? 1 : 5) + noise[$0] }
        values[97] = 5  // noise, two quiet samples before the change
        #expect(try await onsetIndex(values) == 100)
        values[97] = 1
        values[101] = 1  // the change dips back to the baseline once
        values[103] = 1
        #expect(try await onsetIndex(values) == 100)
    }

    @Test("a change well after the deploy, or in data that starts after it, is judged at its own change point")
    func changeAfterTheDeploy() async throws {
        let noise = F.noise(count: 100, amplitude: 0.1, seed: 3)
        let values = noise.indices.map { ($0 < 75 ? 1 : 5) + noise[$0] }
        // Deploy at index 10: the after-window is mostly the old level, its median unchanged.
        #expect(try await onsetIndex(values, split: F.start + 100) == 75)
        // Deploy before the first sample: no before-window at all.
        #expect(try await onsetIndex(values, split: F.start - 3_600) == 75)
        // A flat series stays unremarkable whatever the split.
        let flat = noise.map { 1 + $0 }
        let result = await analyzer.analyze([F.series("process_resident_memory_bytes", flat)], split: F.start + 100)
        #expect(result.series.first?.anomalous == false)
    }
}
