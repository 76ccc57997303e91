import Testing

@testable import AlphaSimulator

@Suite struct QueueingTests {
    @Test func erlangCMatchesKnownValue() {
        // Textbook case: c = 2, a = 1 Erlang → C = 1/3.
        let q = MMCQueue(servers: 2, arrivalRate: 1, serviceSeconds: 1)
        #expect(abs(q.waitProbability - 1.0 / 3.0) < 1e-9)
        #expect(abs(q.meanWait - (1.0 / 3.0) / 1.0) < 1e-9)
    }

    @Test func littlesLawHoldsForTheQueue() {
        for (c, lambda, s) in [(1, 5.0, 0.15), (5, 30.0, 0.12), (30, 100.0, 0.25), (8, 7.5, 0.9)] {
            let q = MMCQueue(servers: c, arrivalRate: lambda, serviceSeconds: s)
            #expect(q.isStable)
            #expect(abs(q.meanQueueLength - lambda * q.meanWait) < 1e-9 * max(1, q.meanQueueLength))
            #expect(abs(q.meanBusy - lambda * s) < 1e-9)
        }
    }

    /// A small discrete-event simulation of M/M/c agrees with the Erlang-C mean wait.
    @Test func erlangCAgreesWithDiscreteEventSimulation() {
        var rng = SplitMix64(seed: 42)
        let c = 4
        let lambda = 30.0
        let s = 0.11
        var free = [Double](repeating: 0, count: c)
        var t = 0.0
        var totalWait = 0.0
        let n = 200_000
        for _ in 0..<n {
            t += rng.exponential(mean: 1 / lambda)
            var best = 0
            for i in 1..<c where free[i] < free[best] { best = i }
            let begin = max(t, free[best])
            totalWait += begin - t
            free[best] = begin + rng.exponential(mean: s)
        }
        let simulated = totalWait / Double(n)
        let q = MMCQueue(servers: c, arrivalRate: lambda, serviceSeconds: s)
        #expect(abs(simulated - q.meanWait) / q.meanWait < 0.08)
    }

    @Test func unstableQueueWaitsForever() {
        let q = MMCQueue(servers: 3, arrivalRate: 40, serviceSeconds: 0.1)
        #expect(!q.isStable)
        #expect(q.waitProbability == 1)
        #expect(q.probabilityWaitExceeds(30) == 1)
    }

    @Test func badInputDoesNotTrap() {
        let q = MMCQueue(servers: -3, arrivalRate: .nan, serviceSeconds: -1)
        #expect(q.servers == 1)
        #expect(q.arrivalRate == 0)
        #expect(q.waitProbability == 0)
    }

    @Test func splitMixIsDeterministic() {
        var a = SplitMix64(seed: 9)
        var b = SplitMix64(seed: 9)
        var c = SplitMix64(seed: 10)
        let xs = (0..<5).map { _ in a.next() }
        #expect(xs == (0..<5).map { _ in b.next() })
        #expect(xs != (0..<5).map { _ in c.next() })
        // The reference value of SplitMix64 for seed 0.
        var z = SplitMix64(seed: 0)
        #expect(z.next() == 0xE220_A839_7B1D_CDAF)
    }
}
