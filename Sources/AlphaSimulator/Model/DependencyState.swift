/// The outbound dependency as the service sees it in one interval.
struct DependencyState: Sendable {
    /// Calls per client request (before retries).
    var callsPerRequest: Double
    /// Attempts per second, retries included.
    var rps: Double
    /// Mean latency of one attempt at the dependency, ms (grows with its load).
    var latencyMs: Double
    /// Probability that one attempt fails.
    var attemptFailure: Double
    /// Share of failed attempts that are timeouts (the rest fail fast).
    var timeoutShare: Double
    var retries: Int
    /// Exponential backoff base between retries, ms.
    var backoffMs: Double
    var timeoutMs: Double
    /// Time of a fast failure (refused, DNS, TLS), if that is how attempts fail.
    var fastFailMs: Double?
    /// Mean time a request spends on the dependency, ms.
    var msPerRequest: Double
    /// Share of client requests failing for each dependency reason.
    var failureShares: [FailureKind: Double]
}
