/// The root-cause taxonomy of `docs/schemas/causes.md` (append only; the raw value is the stable key).
public enum CauseLabel: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case dbMissingIndex = "db_missing_index"
    case nPlusOneQuery = "n_plus_one_query"
    case cacheRemoved = "cache_removed"
    case cacheUnavailable = "cache_unavailable"
    case connectionPoolExhausted = "connection_pool_exhausted"
    case lockContention = "lock_contention"
    case migrationFailure = "migration_failure"
    case memoryLeak = "memory_leak"
    case cpuSaturation = "cpu_saturation"
    case diskFull = "disk_full"
    case codeRegression = "code_regression"
    case badConfig = "bad_config"
    case dependencyFailure = "dependency_failure"
    case retryStorm = "retry_storm"
    case rateLimited = "rate_limited"
    case certificateExpired = "certificate_expired"
    case dnsFailure = "dns_failure"
    case trafficSpike = "traffic_spike"
    case unknown = "unknown"

    public static func < (lhs: CauseLabel, rhs: CauseLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}
