import AlphaCore
import Testing

@testable import AlphaSimulator

@Test func explore() {
    for label in FaultCatalog.labels {
        var rng = SplitMix64(seed: 7)
        let fault = FaultCatalog.fault(label, dependency: "payments.internal", rng: &rng)
        var sim = Simulation(seed: 3)
        let before = sim.run(intervals: 20).last!
        sim.inject(fault)
        let during = sim.run(intervals: 40)
        let d = during.last!
        sim.apply(fault.fix(from: sim.baseline))
        let after = sim.run(intervals: 8).last!
        func f(_ m: IntervalMetrics) -> String {
            "rps=\(Int(m.requestRate)) p50=\(Int(m.latencyP50Ms)) p99=\(Int(m.latencyP99Ms)) err=\((m.errorRatio*1000).rounded()/1000) db=\(Int(m.dbTimeMsPerRequest)) q=\((m.dbQueriesPerRequest*10).rounded()/10) pool=\((m.poolInUse*10).rounded()/10)/\(Int(m.poolCapacity)) wait=\(Int(m.poolWaitMs)) hit=\((m.cacheHitRatio*100).rounded()/100) cpu=\(Int(m.cpuPercent)) mem=\(Int(m.memoryBytes/1e6)) disk=\((m.diskUsedRatio*100).rounded()/100) dep=\(Int(m.dependencyRps))/\(Int(m.dependencyLatencyP95Ms)) f=\((m.dependencyAttemptFailure*100).rounded()/100) lock=\(Int(m.lockWaitMs)) restarts=\(m.restarts)"
        }
        print("== \(label.rawValue) [\(fault.variant)]\n  before \(f(before))\n  during \(f(d))\n  after  \(f(after))")
    }
}
