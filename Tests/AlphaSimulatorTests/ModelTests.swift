import Testing

@testable import AlphaSimulator

@Suite struct ModelTests {
    static let steady = TrafficProfile(baseRps: 140, diurnalAmplitude: 0)

    static func average(_ parameters: SystemParameters, intervals: Int = 30, seed: UInt64 = 5) -> IntervalMetrics {
        var model = ServiceModel(parameters: parameters, traffic: steady, seed: seed)
        let runs = (0..<intervals).map { model.step(at: 1_714_557_600 + Double($0) * 15) }
        var m = runs.last ?? model.step(at: 0)
        func mean(_ f: (IntervalMetrics) -> Double) -> Double { runs.map(f).reduce(0, +) / Double(runs.count) }
        m.poolWaitMs = mean(\.poolWaitMs)
        m.latencyP99Ms = mean(\.latencyP99Ms)
        m.latencyP50Ms = mean(\.latencyP50Ms)
        m.errorRatio = mean(\.errorRatio)
        m.poolInUse = mean(\.poolInUse)
        m.requestRate = mean(\.requestRate)
        return m
    }

    @Test func poolInUseFollowsLittlesLaw() {
        var model = ServiceModel(traffic: Self.steady, seed: 1)
        let m = model.step(at: 1_714_557_600)
        // L = λ·W: connections in use / request rate = hold time, which is at least the database time per request.
        let holdMs = m.poolInUse / m.requestRate * 1000
        #expect(holdMs >= m.dbTimeMsPerRequest)
        #expect(holdMs < m.latencyMeanMs + 1)
    }

    @Test func poolWaitGrowsAsThePoolShrinks() {
        var waits: [Double] = []
        for size in [20, 8, 6, 5, 4] {
            var p = SystemParameters.baseline
            p[.poolSize] = Double(size)
            p[.maxOverflow] = 0
            waits.append(Self.average(p).poolWaitMs)
        }
        for (a, b) in zip(waits, waits.dropFirst()) { #expect(b >= a) }
        #expect(waits[0] < 1)
        #expect(waits[4] > waits[1] + 10)
    }

    @Test func hitRatioZeroSendsAllReadsToTheDatabase() {
        var p = SystemParameters.baseline
        p[.cacheReachable] = 0
        var model = ServiceModel(parameters: p, traffic: Self.steady, seed: 2)
        let m = model.step(at: 1_714_557_600)
        #expect(m.cacheHitRatio == 0)
        #expect(abs(m.dbQueriesPerRequest - p[.queriesPerRequest]) < 1e-9)
        var healthy = ServiceModel(traffic: Self.steady, seed: 2)
        let h = healthy.step(at: 1_714_557_600)
        #expect(h.cacheHitRatio > 0.6)
        #expect(h.dbQueriesPerRequest < m.dbQueriesPerRequest / 1.5)
    }

    @Test func ttlDrivesTheHitRatio() {
        var short = SystemParameters.baseline
        short[.cacheTTLSeconds] = 1
        let h1 = Self.average(short, intervals: 3).cacheHitRatio
        let h300 = Self.average(.baseline, intervals: 3).cacheHitRatio
        #expect(h1 < 0.05)
        #expect(h300 > 0.6)
    }

    @Test func missingIndexPropagatesToPoolAndLatency() {
        var p = SystemParameters.baseline
        p[.hotQueryIndexed] = 0
        p[.tableRows] = 4_000_000
        let healthy = Self.average(.baseline)
        let broken = Self.average(p)
        #expect(broken.dbQueryP95Ms > healthy.dbQueryP95Ms * 20)
        #expect(broken.poolInUse > healthy.poolInUse * 3)
        #expect(broken.latencyP99Ms > healthy.latencyP99Ms * 3)
        #expect(broken.errorRatio > healthy.errorRatio + 0.01)
    }

    @Test func baselineIsHealthy() {
        let m = Self.average(.baseline)
        #expect(m.errorRatio < 0.005)
        #expect(m.latencyP50Ms < 60)
        #expect(m.latencyP99Ms < 1500)
        #expect(m.cpuPercent < 60)
    }
}
