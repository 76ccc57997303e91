#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The model of the stack. `step` advances one interval: it derives every signal from the parameters and the
/// traffic with queueing relations, so that a change propagates as in the real system (a missing index slows the
/// hot query, connections are held longer, the pool's Erlang-C wait grows, requests wait on the pool, latency and
/// pool timeouts rise).
public struct ServiceModel: Sendable {
    /// Current parameters (faults and fixes edit these).
    public var parameters: SystemParameters
    public var traffic: TrafficProfile
    /// Interval length, seconds.
    public var intervalSeconds: Double
    /// Monte Carlo requests per interval used for latency percentiles.
    public var latencySamples: Int = 160

    /// Resident memory of the service now, bytes.
    public private(set) var memoryBytes: Double
    /// Bytes used on the data volume now.
    public private(set) var diskUsedBytes: Double
    public private(set) var restarts = 0
    /// The dependency's per-attempt failure probability last interval (retry storms are metastable).
    var lastDependencyFailure = 0.0
    var rng: SplitMix64

    /// A model at its healthy state; `diskUsedRatio` is the data volume's starting fill.
    public init(
        parameters: SystemParameters = .baseline, traffic: TrafficProfile, intervalSeconds: Double = 15, diskUsedRatio: Double = 0.62, seed: UInt64
    ) {
        self.parameters = parameters
        self.traffic = traffic
        self.intervalSeconds = max(1, intervalSeconds)
        self.memoryBytes = parameters[.memoryBaselineBytes]
        self.diskUsedBytes = parameters[.diskCapacityBytes] * min(max(diskUsedRatio, 0), 1)
        self.rng = SplitMix64(seed: seed)
    }

    /// Frees disk space (what an operator does for a full volume); `ratio` is the fill left afterwards.
    public mutating func cleanDisk(to ratio: Double) {
        diskUsedBytes = min(diskUsedBytes, parameters[.diskCapacityBytes] * ratio)
    }

    /// Restarts the process (memory back to baseline), as the fix for a leak does after the revert is deployed.
    public mutating func restart() {
        memoryBytes = parameters[.memoryBaselineBytes]
    }

    /// Advances one interval starting at epoch second `time`.
    public mutating func step(at time: Double) -> IntervalMetrics {
        let p = parameters
        let noise = 1 + 0.04 * rng.normal()
        let lambda = max(0.1, traffic.rate(at: time) * p[.trafficMultiplier] * noise)

        // Cache: a TTL cache sees a hit unless the key expired; per-key arrivals r and TTL T give h = rT / (1 + rT).
        let cacheUp = p.flag(.cacheEnabled) && p.flag(.cacheReachable)
        let cacheableReads = p[.queriesPerRequest] * p[.cacheableFraction] * (p.flag(.cacheEnabled) ? 1 : 0)
        let perKeyRate = lambda * cacheableReads / max(1, p[.cacheKeys])
        let ttlHit = perKeyRate * p[.cacheTTLSeconds] / (1 + perKeyRate * p[.cacheTTLSeconds])
        let hitRatio = cacheUp ? ttlHit : 0
        let uncacheable = p[.queriesPerRequest] * (p.flag(.cacheEnabled) ? 1 - p[.cacheableFraction] : 1)
        let dbQueries = uncacheable + cacheableReads * (1 - hitRatio)
        let cacheMs = cacheableReads * (p.flag(.cacheReachable) ? 0.35 : 1.2)

        // Query plans: the hot query scans the table without its index.
        let hotBaseMs = p.flag(.hotQueryIndexed) ? p[.indexedQueryMs] * 1.6 : p[.tableRows] / 1e6 * p[.seqScanMsPerMillionRows]
        let hotFraction = min(1, max(0, p[.hotQueryFraction]))
        let rawQueryMs = (1 - hotFraction) * p[.indexedQueryMs] + hotFraction * hotBaseMs
        // The database's CPUs are shared (processor sharing): service times stretch by 1 / (1 − ρ).
        let dbUtilisation = lambda * dbQueries * rawQueryMs / 1000 / max(1, p[.dbCores])
        let dbStretch = 1 / (1 - min(dbUtilisation, 0.95))
        let hotMs = hotBaseMs * dbStretch
        let otherMs = p[.indexedQueryMs] * dbStretch
        let statementTimeout = max(1, p[.statementTimeoutMs])
        // Durations are exponential around their mean: the share of hot queries cancelled by statement_timeout.
        let hotCancelled = exp(-statementTimeout / hotMs)
        let hotMeanCapped = hotMs * (1 - hotCancelled)
        let queryMs = (1 - hotFraction) * otherMs + hotFraction * hotMeanCapped
        let hotPerRequest = dbQueries * hotFraction
        let statementFailure = 1 - pow(1 - hotCancelled, hotPerRequest)
        let slowShareHot = exp(-1000 / hotMs) - hotCancelled * 0
        let slowQueries = lambda * hotPerRequest * slowShareHot
        let queryP95 = hotFraction > 0.05 ? min(statementTimeout, quantileOfMixture(hotFraction, hotMs, otherMs, 0.95)) : otherMs * 3

        // Row locks: each hot row is an M/M/1 queue of transactions.
        let lockRate = lambda * p[.lockedRequestFraction] / max(1, p[.hotRows])
        let lockQueue = MMCQueue(servers: 1, arrivalRate: lockRate, serviceSeconds: max(0.0001, p[.lockHoldMs] / 1000))
        let lockTimeoutS = max(0.001, p[.lockTimeoutMs] / 1000)
        let lockWaitS = lockQueue.isStable ? min(lockQueue.meanWait, lockTimeoutS) : lockTimeoutS * 0.8
        let lockFailure = p[.lockedRequestFraction] * lockQueue.probabilityWaitExceeds(lockTimeoutS)
        let deadlocks = p[.lockedRequestFraction] * 0.02 * min(1, lockQueue.utilisation * lockQueue.utilisation)
        let dbMs = dbQueries * queryMs + p[.lockedRequestFraction] * lockWaitS * 1000 + p[.lockedRequestFraction] * p[.lockHoldMs]

        // The dependency: attempts = Σ f^k over retries; its own latency grows with the load we put on it.
        let dep = dependencyState(lambda: lambda, p: p)

        // The web tier's CPU is shared too; beyond saturation requests queue until the worker timeout.
        let cpuRho = lambda * p[.cpuMsPerRequest] / 1000 / max(0.1, p[.cpuCores])
        let cpuMs = p[.cpuMsPerRequest] / (1 - min(cpuRho, 0.96))
        let cpuFailure = cpuRho > 1 ? 1 - 1 / cpuRho : 0

        // The pool: FastAPI's `Depends(get_db)` session keeps its connection from the first query to the end of the
        // request, so the hold time is the database work plus whatever the request does after it (CPU, outbound calls).
        let poolCapacity = max(1, p.count(.poolSize) + p.count(.maxOverflow))
        let holdS = (dbMs + 0.5 * cpuMs + p[.poolHeldDuringDependency] * dep.msPerRequest + 0.8) / 1000
        let pool = MMCQueue(servers: poolCapacity, arrivalRate: lambda, serviceSeconds: holdS)
        let poolTimeoutS = max(0.001, p[.poolTimeoutSeconds])
        let poolFailure = pool.isStable ? pool.probabilityWaitExceeds(poolTimeoutS) : max(1 - Double(poolCapacity) / pool.offeredLoad, 0.02)
        let poolWaitS = pool.isStable ? min(pool.meanWait, poolTimeoutS) : poolTimeoutS * 0.7

        let serviceMs = cpuMs + cacheMs + dbMs + poolWaitS * 1000 + dep.msPerRequest
        let slots = max(1, p.count(.workers) * p.count(.threadsPerWorker))
        let workers = MMCQueue(servers: slots, arrivalRate: lambda, serviceSeconds: serviceMs / 1000)
        let workerTimeoutS = max(0.1, p[.workerTimeoutSeconds])
        let workerFailure = workers.isStable ? workers.probabilityWaitExceeds(workerTimeoutS) : 1 - Double(slots) / workers.offeredLoad

        // Memory grows with every request when something keeps references; past the limit the kernel kills it.
        var oom = false
        memoryBytes += lambda * intervalSeconds * p[.memoryLeakBytesPerRequest] + 2_000_000 * rng.normal() * 0.1
        memoryBytes = max(p[.memoryBaselineBytes] * 0.95, memoryBytes)
        if memoryBytes >= p[.memoryLimitBytes] {
            oom = true
            restarts += 1
            memoryBytes = p[.memoryBaselineBytes]
        }
        let oomFailure = oom ? min(1, 8 / intervalSeconds) : 0

        // The volume fills with what requests write (logs, exports) and anything else writing to it.
        let capacity = max(1, p[.diskCapacityBytes])
        diskUsedBytes += (lambda * p[.diskWriteBytesPerRequest] + p[.diskExtraBytesPerSecond]) * intervalSeconds
        diskUsedBytes = min(capacity, diskUsedBytes)
        let diskFull = diskUsedBytes >= capacity * 0.9995
        let diskFailure = diskFull ? 0.3 : 0

        var shares: [FailureKind: Double] = [
            .poolTimeout: poolFailure, .statementTimeout: statementFailure * (1 - poolFailure), .lockTimeout: lockFailure,
            .deadlock: deadlocks, .schemaError: p[.brokenSchemaFraction], .codeException: p[.codeErrorRatio],
            .configError: p[.configErrorRatio], .workerTimeout: max(workerFailure, cpuFailure), .outOfMemory: oomFailure,
            .diskFull: diskFailure,
        ]
        for (kind, share) in dep.failureShares { shares[kind, default: 0] += share }
        var survive = 1.0
        for (kind, share) in shares where kind != .cacheRefused { survive *= 1 - min(1, max(0, share)) }
        shares[.cacheRefused] = p.flag(.cacheEnabled) && !p.flag(.cacheReachable) ? 1 : 0
        let errorRatio = min(1, max(0, 1 - survive))

        // Latency percentiles from sampled requests through the same resources.
        let lat = sampleLatencies(
            count: latencySamples, cpuMs: cpuMs, cacheMs: cacheMs, dbQueries: dbQueries, hotFraction: hotFraction, hotMs: hotMeanCapped,
            otherMs: otherMs, lockFraction: p[.lockedRequestFraction], lockQueue: lockQueue, lockCap: lockTimeoutS, pool: pool,
            poolCap: poolTimeoutS, dep: dep, workers: workers, timeoutS: workerTimeoutS)

        let busy = workers.meanBusy
        let cpuPercent = min(100, max(0, (min(cpuRho, 1) * 100 + 1.2 * rng.normal()) + 3))
        return IntervalMetrics(
            time: time, requestRate: lambda, latencyP50Ms: lat.p50, latencyP95Ms: lat.p95, latencyP99Ms: lat.p99, latencyMeanMs: lat.mean,
            errorRatio: errorRatio, failureShares: shares, dbTimeMsPerRequest: dbMs, dbQueryP95Ms: queryP95, dbQueriesPerRequest: dbQueries,
            slowQueriesPerSecond: slowQueries, hotQueryMs: hotMeanCapped, poolInUse: pool.meanBusy, poolCapacity: Double(poolCapacity),
            poolWaitMs: poolWaitS * 1000, lockWaitMs: lockWaitS * 1000, cacheHitRatio: hitRatio, cpuPercent: cpuPercent, memoryBytes: memoryBytes,
            diskUsedRatio: diskUsedBytes / capacity, dependencyRps: dep.rps, dependencyLatencyP95Ms: dep.latencyMs * 3.0,
            dependencyAttemptFailure: dep.attemptFailure, workersBusy: busy, workerSlots: Double(slots), restarts: restarts, oomKilled: oom)
    }
}
