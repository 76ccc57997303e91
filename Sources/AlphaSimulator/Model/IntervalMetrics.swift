/// What the model computes for one interval: the service's golden signals and its resources.
public struct IntervalMetrics: Sendable, Equatable {
    /// Interval start, epoch seconds.
    public var time: Double
    /// Client requests per second.
    public var requestRate: Double
    /// Latency percentiles, milliseconds.
    public var latencyP50Ms: Double
    public var latencyP95Ms: Double
    public var latencyP99Ms: Double
    /// Mean latency, milliseconds (service + waits).
    public var latencyMeanMs: Double
    /// Failed requests / all requests.
    public var errorRatio: Double
    /// Share of requests failing for each reason (sums to about `errorRatio`; `cacheRefused` counts degraded ones).
    public var failureShares: [FailureKind: Double]
    /// Database time per request, milliseconds (queries plus lock waits).
    public var dbTimeMsPerRequest: Double
    /// 95th percentile of one query's duration, milliseconds.
    public var dbQueryP95Ms: Double
    public var dbQueriesPerRequest: Double
    /// Slow queries (≥ 1 s, PostgreSQL's log_min_duration_statement) per second.
    public var slowQueriesPerSecond: Double
    /// Mean hot-query duration, ms (the one a missing index hurts).
    public var hotQueryMs: Double
    /// Connections checked out on average (Little's law) and the pool's capacity (size + overflow).
    public var poolInUse: Double
    public var poolCapacity: Double
    /// Mean wait for a connection, milliseconds.
    public var poolWaitMs: Double
    public var lockWaitMs: Double
    public var cacheHitRatio: Double
    public var cpuPercent: Double
    public var memoryBytes: Double
    public var diskUsedRatio: Double
    /// Outbound calls per second to the dependency, retries included.
    public var dependencyRps: Double
    public var dependencyLatencyP95Ms: Double
    /// Probability that one dependency attempt fails.
    public var dependencyAttemptFailure: Double
    /// Busy worker slots on average and the slots available.
    public var workersBusy: Double
    public var workerSlots: Double
    /// Container restarts so far (OOM kills).
    public var restarts: Int
    /// True when the process was OOM-killed during this interval.
    public var oomKilled: Bool
}
