import AlphaCore
import Testing

@testable import AlphaSimulator

@Suite struct FaultTests {
    /// Runs 20 healthy intervals, injects, runs 40, returns the last healthy and the last faulty interval.
    static func beforeAndDuring(_ label: CauseLabel, seed: UInt64 = 7) -> (IntervalMetrics, IntervalMetrics, Simulation, Fault) {
        var rng = SplitMix64(seed: seed)
        let fault = FaultCatalog.fault(label, dependency: "payments.internal", rng: &rng)
        var sim = Simulation(seed: 3)
        let before = sim.run(intervals: 20)
        sim.inject(fault)
        let during = sim.run(intervals: 40)
        return (before[before.count - 1], during[during.count - 1], sim, fault)
    }

    @Test(arguments: FaultCatalog.labels)
    func injectorChangesWhatItShould(_ label: CauseLabel) {
        let (b, d, _, fault) = Self.beforeAndDuring(label)
        #expect(fault.label == label)
        #expect(!fault.edits.isEmpty)
        switch label {
        case .dbMissingIndex:
            #expect(d.dbQueryP95Ms > b.dbQueryP95Ms * 20)
            #expect(d.slowQueriesPerSecond > 1)
        case .nPlusOneQuery:
            #expect(d.dbQueriesPerRequest > b.dbQueriesPerRequest * 4)
            #expect(d.dbTimeMsPerRequest > b.dbTimeMsPerRequest * 4)
        case .cacheRemoved:
            #expect(d.cacheHitRatio < 0.3 * b.cacheHitRatio)
            #expect(d.dbQueriesPerRequest > b.dbQueriesPerRequest * 1.5)
        case .cacheUnavailable:
            #expect(d.cacheHitRatio == 0)
            #expect((d.failureShares[.cacheRefused] ?? 0) == 1)
        case .connectionPoolExhausted:
            #expect(d.poolCapacity < b.poolCapacity)
            #expect(d.poolWaitMs > 100)
            #expect((d.failureShares[.poolTimeout] ?? 0) > 0.01)
        case .lockContention:
            #expect(d.lockWaitMs > b.lockWaitMs * 10)
        case .migrationFailure:
            #expect((d.failureShares[.schemaError] ?? 0) > 0.1)
        case .memoryLeak:
            #expect(d.memoryBytes > b.memoryBytes * 1.3 || d.restarts > 0)
        case .cpuSaturation:
            #expect(d.cpuPercent > 80)
            #expect(d.latencyP50Ms > b.latencyP50Ms * 2)
        case .diskFull:
            #expect(d.diskUsedRatio > b.diskUsedRatio)
        case .codeRegression:
            #expect((d.failureShares[.codeException] ?? 0) > 0.03)
        case .badConfig:
            #expect((d.failureShares[.configError] ?? 0) > 0.1)
        case .dependencyFailure:
            #expect(d.dependencyAttemptFailure > 0.3 || d.dependencyLatencyP95Ms > b.dependencyLatencyP95Ms * 5)
        case .retryStorm:
            #expect(d.dependencyRps > b.dependencyRps * 3)
        case .rateLimited:
            #expect((d.failureShares[.dependencyRateLimited] ?? 0) > 0.01)
        case .certificateExpired:
            #expect((d.failureShares[.dependencyTLS] ?? 0) > 0.1)
        case .dnsFailure:
            #expect((d.failureShares[.dependencyDNS] ?? 0) > 0.1)
        case .trafficSpike:
            #expect(d.requestRate > b.requestRate * 2)
        case .unknown:
            Issue.record("unknown has no injector")
        }
    }

    /// The demo's promise: apply the fix and latency and error rate are back at baseline within a few intervals.
    @Test(arguments: FaultCatalog.labels)
    func fixReturnsToBaseline(_ label: CauseLabel) {
        var (_, _, sim, fault) = Self.beforeAndDuring(label)
        var clean = Simulation(seed: 3)
        let baseline = clean.run(intervals: 60).suffix(20)
        sim.apply(fault.fix(from: sim.baseline))
        #expect(sim.model.parameters == sim.baseline)
        let after = sim.run(intervals: 8).suffix(4)
        let baseP50 = baseline.map(\.latencyP50Ms).reduce(0, +) / Double(baseline.count)
        let baseErr = baseline.map(\.errorRatio).reduce(0, +) / Double(baseline.count)
        let p50 = after.map(\.latencyP50Ms).reduce(0, +) / Double(after.count)
        let err = after.map(\.errorRatio).reduce(0, +) / Double(after.count)
        #expect(p50 < baseP50 * 1.3 + 2)
        #expect(err < baseErr + 0.005)
    }

    @Test func incidentBHasThreeCauses() {
        var rng = SplitMix64(seed: 1)
        let faults = Scenario.incidentB.faults(dependency: "payments.internal", rng: &rng)
        #expect(faults.map(\.label) == [.dbMissingIndex, .cacheRemoved, .connectionPoolExhausted])
        var sim = Simulation(seed: 1)
        let before = sim.run(intervals: 10)
        for f in faults { sim.inject(f) }
        let during = sim.run(intervals: 20)
        #expect((during.last?.errorRatio ?? 0) > 0.05)
        for label in [CauseLabel.dbMissingIndex, .cacheRemoved, .connectionPoolExhausted] {
            let fixed = sim.applyFix(for: label)
            #expect(fixed)
        }
        let after = sim.run(intervals: 6)
        #expect((after.last?.errorRatio ?? 1) < 0.01)
        #expect((after.last?.latencyP50Ms ?? 1e9) < (before.last?.latencyP50Ms ?? 0) * 1.5 + 5)
    }

    @Test func scenarioNamesResolve() {
        for name in Scenario.names { #expect(Scenario(name: name) != nil) }
        #expect(Scenario(name: "db-missing-index") == .label(.dbMissingIndex))
        #expect(Scenario(name: "unknown") == nil)
        #expect(Scenario(name: "nope") == nil)
    }

    @Test func randomCombinationsAreCompatible() {
        for seed in 0..<300 as Range<UInt64> {
            var rng = SplitMix64(seed: seed)
            let faults = Scenario.random.faults(dependency: "payments.internal", rng: &rng)
            #expect(!faults.isEmpty)
            #expect(Set(faults.map(\.label)).count == faults.count)
            let knobs = faults.flatMap { $0.edits.map(\.knob) }
            #expect(Set(knobs).count == knobs.count)
        }
    }
}

@Test func fixReplayRecoversOnlyWhenEveryCauseIsFixed() {
    let generated = IncidentGenerator(intervals: 60).generate(scenario: .incidentB, seed: 1, style: .plain)
    let all = FixReplay.run(faults: generated.faults, fixing: [.connectionPoolExhausted, .dbMissingIndex, .cacheRemoved, .nPlusOneQuery], seed: 1)
    #expect(all.broken.errorRatio > 0.05)
    #expect(all.unfixedLabels.isEmpty)
    #expect(all.fixedLabels == [.connectionPoolExhausted, .dbMissingIndex, .cacheRemoved])
    #expect(all.recovered)
    // Fixing the pool alone leaves the scan in place: latency stays far above baseline.
    let partial = FixReplay.run(faults: generated.faults, fixing: [.connectionPoolExhausted], seed: 1)
    #expect(partial.unfixedLabels == [.dbMissingIndex, .cacheRemoved])
    #expect(!partial.recovered)
}
