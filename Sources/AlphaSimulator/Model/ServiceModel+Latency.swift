#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ServiceModel {
    /// Percentiles of the response time from `count` requests sampled through the same resources the analytic part
    /// uses (mixtures such as "a quarter of queries scan the table" have no closed-form percentile).
    mutating func sampleLatencies(
        count: Int, cpuMs: Double, cacheMs: Double, dbQueries: Double, hotFraction: Double, hotMs: Double, otherMs: Double,
        lockFraction: Double, lockQueue: MMCQueue, lockCap: Double, pool: MMCQueue, poolCap: Double, dep: DependencyState,
        workers: MMCQueue, timeoutS: Double
    ) -> (p50: Double, p95: Double, p99: Double, mean: Double) {
        let n = max(10, count)
        var samples = [Double]()
        samples.reserveCapacity(n)
        let capMs = timeoutS * 1000
        for _ in 0..<n {
            var ms = rng.exponential(mean: cpuMs) + cacheMs
            ms += sumOfExponentials(count: rng.poisson(dbQueries * hotFraction), mean: hotMs)
            ms += sumOfExponentials(count: rng.poisson(dbQueries * (1 - hotFraction)), mean: otherMs)
            if rng.chance(lockFraction) { ms += 1000 * lockQueue.sampleWait(u: rng.unit(), v: rng.unit(), cap: lockCap) }
            ms += 1000 * pool.sampleWait(u: rng.unit(), v: rng.unit(), cap: poolCap)
            var calls = Int(dep.callsPerRequest)
            if rng.chance(dep.callsPerRequest - Double(calls)) { calls += 1 }
            for _ in 0..<calls { ms += sampleDependencyCall(dep) }
            ms += 1000 * workers.sampleWait(u: rng.unit(), v: rng.unit(), cap: timeoutS)
            samples.append(min(ms, capMs))
        }
        samples.sort()
        func at(_ q: Double) -> Double {
            let i = min(samples.count - 1, max(0, Int((q * Double(samples.count)).rounded(.down))))
            return samples[i]
        }
        let mean = samples.reduce(0, +) / Double(samples.count)
        return (at(0.5), at(0.95), at(0.99), mean)
    }

    private mutating func sampleDependencyCall(_ dep: DependencyState) -> Double {
        var ms = 0.0
        for k in 0...dep.retries {
            if k > 0 { ms += dep.backoffMs * pow(2, Double(k - 1)) }
            if rng.chance(dep.attemptFailure) {
                if let fast = dep.fastFailMs, !rng.chance(dep.timeoutShare) {
                    ms += fast
                } else {
                    ms += rng.chance(dep.timeoutShare) ? dep.timeoutMs : min(dep.timeoutMs, rng.exponential(mean: dep.latencyMs))
                }
            } else {
                ms += min(dep.timeoutMs, rng.exponential(mean: dep.latencyMs))
                break
            }
        }
        return ms
    }

    /// Sum of `count` exponentials: exact for few terms, the normal approximation (mean k·m, sd √k·m) beyond.
    private mutating func sumOfExponentials(count: Int, mean: Double) -> Double {
        guard count > 0 else { return 0 }
        if count <= 6 {
            var s = 0.0
            for _ in 0..<count { s += rng.exponential(mean: mean) }
            return s
        }
        let k = Double(count)
        return max(0, k * mean + k.squareRoot() * mean * rng.normal())
    }
}

/// The q-quantile of a two-exponential mixture (share `w` with mean `a`, the rest with mean `b`), by bisection.
func quantileOfMixture(_ w: Double, _ a: Double, _ b: Double, _ q: Double) -> Double {
    var low = 0.0
    var high = max(a, b) * 40
    for _ in 0..<60 {
        let mid = (low + high) / 2
        let tail = w * exp(-mid / max(a, 1e-9)) + (1 - w) * exp(-mid / max(b, 1e-9))
        if tail > 1 - q { low = mid } else { high = mid }
    }
    return (low + high) / 2
}
