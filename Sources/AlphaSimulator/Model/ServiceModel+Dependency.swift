#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ServiceModel {
    /// Solves the dependency's fixed point: failures cause retries, retries add load, load stretches latency,
    /// latency causes timeouts. Starting from last interval's failure rate makes retry storms metastable, as they are.
    mutating func dependencyState(lambda: Double, p: SystemParameters) -> DependencyState {
        let calls = lambda * max(0, p[.dependencyCallsPerRequest])
        let retries = min(p.count(.dependencyRetries), 20)
        let timeoutMs = max(1, p[.dependencyTimeoutSeconds] * 1000)
        let capacity = max(1, p[.dependencyCapacityRps])
        let refused = p.flag(.dependencyReachable) ? 0.0 : 1.0
        let dns = p.flag(.dependencyResolvable) ? 0.0 : 1.0
        let tls = p.flag(.dependencyTLSValid) ? 0.0 : 1.0
        let hard = 1 - (1 - refused) * (1 - dns) * (1 - tls)
        let reject = min(1, max(0, p[.dependencyRejectRatio]))
        let intrinsic = min(1, max(0, p[.dependencyFailureRatio]))
        var f = lastDependencyFailure
        var latency = p[.dependencyLatencyMs]
        var pTimeout = 0.0
        var shed = 0.0
        var limited = 0.0
        var rps = calls
        for _ in 0..<16 {
            var attempts = 1.0
            var term = 1.0
            for _ in 0..<retries {
                term *= f
                attempts += term
            }
            rps = calls * attempts
            // Fast failures never reach the dependency's workers; a per-client rate limit rejects before its capacity.
            let reaching = rps * (1 - hard)
            let limit = p[.dependencyRateLimitRps]
            limited = limit > 0 && reaching > limit ? 1 - limit / reaching : 0
            let served = reaching * (1 - limited)
            let rho = served / capacity
            latency = max(1, p[.dependencyLatencyMs]) / (1 - min(rho, 0.95))
            shed = rho > 1 ? 1 - 1 / rho : 0
            pTimeout = hard >= 1 ? 0 : exp(-timeoutMs / latency)
            let next = 1 - (1 - hard) * (1 - reject) * (1 - pTimeout) * (1 - shed) * (1 - limited) * (1 - intrinsic)
            f = 0.5 * f + 0.5 * next
        }
        lastDependencyFailure = f
        let callFailure = pow(f, Double(retries + 1))
        let perRequest = 1 - pow(1 - min(1, callFailure), max(0, p[.dependencyCallsPerRequest]))
        var reasons: [(FailureKind, Double)] = [
            (.dependencyTimeout, pTimeout), (.dependencyServerError, reject + shed + intrinsic), (.dependencyRateLimited, limited),
        ]
        if refused > 0 { reasons.append((.dependencyRefused, 1)) }
        if dns > 0 { reasons.append((.dependencyDNS, 1)) }
        if tls > 0 { reasons.append((.dependencyTLS, 1)) }
        let total = reasons.reduce(0) { $0 + $1.1 }
        var shares: [FailureKind: Double] = [:]
        if total > 0 { for (kind, weight) in reasons where weight > 0 { shares[kind, default: 0] += perRequest * weight / total } }

        let backoff = max(0, p[.dependencyBackoffMs])
        let fastMs: Double? = hard > 0 ? (dns > 0 ? 25 : tls > 0 ? 40 : 1.5) : nil
        let attemptMs = fastMs ?? latency * (1 - exp(-timeoutMs / latency))
        var perCall = 0.0
        var reach = 1.0
        for k in 0...retries {
            perCall += reach * (attemptMs + (k > 0 ? backoff * pow(2, Double(k - 1)) : 0))
            reach *= f
        }
        let timeoutShare = f > 0 ? min(1, pTimeout / f) : 0
        return DependencyState(
            callsPerRequest: max(0, p[.dependencyCallsPerRequest]), rps: rps, latencyMs: latency, attemptFailure: f, timeoutShare: timeoutShare,
            retries: retries, backoffMs: backoff, timeoutMs: timeoutMs, fastFailMs: fastMs,
            msPerRequest: max(0, p[.dependencyCallsPerRequest]) * perCall,
            failureShares: shares)
    }
}
