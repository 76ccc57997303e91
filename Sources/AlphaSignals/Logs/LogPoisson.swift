#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(Musl)
    import Musl
#endif

/// Poisson helpers for the change point and spike detectors.
enum LogPoisson {
    /// P(X ≥ k) for X ~ Poisson(λ): the summed pmf from k on (terms shrink geometrically once k > λ).
    static func upperTail(_ k: Int, _ lambda: Double) -> Double {
        guard k > 0 else { return 1 }
        guard lambda > 0 else { return 0 }
        var term = exp(Double(k) * log(lambda) - lambda - lgamma(Double(k) + 1))
        var sum = 0.0
        var i = k
        while i < k + 1000 {
            sum += term
            i += 1
            term *= lambda / Double(i)
            if term < sum * 1e-12 { break }
        }
        return min(1, sum)
    }

    /// n·log(n/t): one segment's term of the LogPoisson log-likelihood at its maximum-likelihood rate.
    static func segmentLogLikelihood(_ n: Int, _ t: Double) -> Double {
        guard n > 0, t > 0 else { return 0 }
        return Double(n) * log(Double(n) / t)
    }
}
