/// One tunable parameter of the model. Faults are lists of knob settings, so a fix is simply the baseline value of
/// the same knobs, and every change is inspectable and reversible.
public enum Knob: String, Sendable, CaseIterable, Hashable {
    // Web tier.
    case workers, threadsPerWorker, workerTimeoutSeconds, cpuCores, cpuMsPerRequest, trafficMultiplier
    // Database and connection pool.
    case poolSize, maxOverflow, poolTimeoutSeconds, queriesPerRequest, indexedQueryMs, hotQueryFraction
    case hotQueryIndexed, tableRows, seqScanMsPerMillionRows, dbCores, statementTimeoutMs
    case lockedRequestFraction, lockHoldMs, hotRows, lockTimeoutMs, brokenSchemaFraction
    // Cache.
    case cacheEnabled, cacheReachable, cacheTTLSeconds, cacheableFraction, cacheKeys
    // Outbound dependency.
    case dependencyCallsPerRequest, dependencyLatencyMs, dependencyTimeoutSeconds, dependencyRetries
    case dependencyCapacityRps, dependencyFailureRatio, dependencyReachable, dependencyTLSValid, dependencyResolvable
    case dependencyRateLimitRps, dependencyRejectRatio, dependencyBackoffMs, poolHeldDuringDependency
    // Code and resources.
    case codeErrorRatio, configErrorRatio, memoryLeakBytesPerRequest, memoryLimitBytes, memoryBaselineBytes
    case diskCapacityBytes, diskWriteBytesPerRequest, diskExtraBytesPerSecond
}
