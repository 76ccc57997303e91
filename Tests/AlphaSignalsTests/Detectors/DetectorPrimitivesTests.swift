import Testing

@testable import AlphaSignals

struct DetectorPrimitivesTests {
    @Test func quantileSketchTracksMedianAndSpread() throws {
        var q = StreamingQuantiles(eta: 0.01)
        #expect(q.summary == nil)
        // Uniform on [-1, 1]: median 0, quartiles ±0.5 → MAD 0.5, 5–95 % at ±0.9.
        for x in Synthetic.noise(count: 20_000, seed: 1) { q.add(x) }
        let s = try #require(q.summary)
        #expect(abs(s.median) < 0.08)
        #expect(abs(s.mad - 0.5) < 0.08)
        #expect(abs(s.low + 0.9) < 0.08)
        #expect(abs(s.high - 0.9) < 0.08)
    }

    @Test func quantileSketchFollowsALevelShift() throws {
        var q = StreamingQuantiles(eta: 0.01)
        for x in Synthetic.noise(count: 2000, seed: 2) { q.add(x) }
        for x in Synthetic.noise(count: 4000, seed: 3) { q.add(x + 100) }
        #expect(abs(try #require(q.summary).median - 100) < 1)
    }

    @Test func quantileSketchIgnoresNonFiniteValues() {
        var q = StreamingQuantiles(eta: 0.01)
        for _ in 0..<100 { q.add(.nan) }
        q.add(.infinity)
        #expect(q.summary == nil)
    }

    @Test func slidingWindowMeanAndDeviation() {
        var w = SlidingWindow(capacity: 4)
        for x in [1.0, 2, 3, 4, 5, 6] { w.push(x) }
        // Holds 3, 4, 5, 6.
        #expect(w.isFull)
        #expect(abs(w.mean - 4.5) < 1e-12)
        #expect(abs(w.standardDeviation - 1.118_033_988_7) < 1e-9)
    }

    @Test func slidingWindowStaysExactOnLargeLevels() {
        var w = SlidingWindow(capacity: 8)
        for i in 0..<10_000 { w.push(1e9 + Double(i % 2)) }
        #expect(abs(w.standardDeviation - 0.5) < 1e-6)
    }

    @Test func trendFitsALineAndFlagsLeaks() throws {
        var t = TrendDetector(window: 48)
        var fit: TrendFit?
        for i in 0..<100 { fit = t.update(100 + Double(i) * 2) }
        let f = try #require(fit)
        #expect(abs(f.slopePerPoint - 2) < 1e-9)
        #expect(abs(f.rSquared - 1) < 1e-9)
        // Window holds 204…298: a 46 % rise.
        #expect(abs(f.start - 204) < 1e-9 && abs(f.end - 298) < 1e-9)
        #expect(f.isLeakLike)
        var flat = TrendDetector(window: 48)
        var flatFit: TrendFit?
        for x in Synthetic.noise(count: 200, seed: 4) { flatFit = flat.update(100 + x) }
        #expect(try #require(flatFit).isLeakLike == false)
    }

    @Test func cusumFindsTheOnsetOfASustainedShift() throws {
        var c = CUSUMDetector(drift: 0.5, threshold: 8)
        var change: ChangePoint?
        for i in 0..<100 {
            let z = i < 50 ? 0.0 : 1.5
            if let found = c.update(z: z, index: i).change {
                change = found
                break
            }
        }
        let found = try #require(change)
        #expect(found.onsetIndex == 50)
        #expect(found.alarmIndex == 57)
        #expect(found.direction == .up)
    }

    @Test func recordNormalizerComparesWithTheLargestEarlierSurprise() {
        var r = RecordNormalizer(warmup: 2, decay: 1)
        #expect(r.normalize(2) == 0)
        #expect(r.normalize(4) == 0)
        #expect(abs(r.normalize(2) - 0.5) < 1e-9)
        #expect(abs(r.normalize(8) - 2) < 1e-9)
        #expect(abs(r.normalize(8) - 1) < 1e-9)
        #expect(r.normalize(.nan) == 0)
    }

    @Test func seasonalBaselineLearnsTheTimeOfDay() throws {
        var s = try #require(SeasonalBaseline(periodSeconds: 86_400, stepSeconds: 300, alpha: 0.5))
        #expect(s.slotCount == 288)
        let times = Synthetic.times(count: 288 * 3)
        var last: (residual: Double, expected: Double)?
        for (i, t) in times.enumerated() { last = s.residual(Double(i % 288), at: t) }
        // After three identical days the slot at 23:55 expects 287 exactly.
        #expect(try #require(last).expected == 287)
        #expect(SeasonalBaseline(periodSeconds: 86_400, stepSeconds: 86_400, alpha: 0.1) == nil)
    }

    @Test func readableNumbers() {
        #expect(ReadableNumber.format(0.971) == "0.97")
        #expect(ReadableNumber.format(4.3) == "4.3")
        #expect(ReadableNumber.format(132.4) == "132")
        #expect(ReadableNumber.format(14.04) == "14")
        #expect(ReadableNumber.format(-2.5) == "-2.5")
        #expect(ReadableNumber.format(0.05) == "0.05")
        #expect(ReadableNumber.format(.nan) == "nan")
    }
}
