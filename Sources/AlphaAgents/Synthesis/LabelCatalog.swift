public import AlphaCore

/// Plain words for each cause: what it means and what a responder usually does about it.
public enum LabelCatalog {
    /// One sentence on what went wrong.
    public static func meaning(_ label: CauseLabel) -> String {
        switch label {
        case .dbMissingIndex: "A query now scans instead of using an index"
        case .nPlusOneQuery: "A code path issues one query per item"
        case .cacheRemoved: "A cache layer was bypassed or removed, so reads go to the database"
        case .cacheUnavailable: "The cache server is down or unreachable"
        case .connectionPoolExhausted: "The connection pool is too small for the load, so requests queue for a connection"
        case .lockContention: "Transactions block each other on locks"
        case .migrationFailure: "A schema migration failed or holds a lock"
        case .memoryLeak: "Memory grows without bound until the process is killed"
        case .cpuSaturation: "CPU is the bottleneck"
        case .diskFull: "A volume ran out of space"
        case .codeRegression: "New code raises errors"
        case .badConfig: "A configuration change broke behaviour"
        case .dependencyFailure: "An upstream or third-party dependency fails or is slow"
        case .retryStorm: "Retries and timeouts amplify load on a dependency"
        case .rateLimited: "A dependency throttles our requests"
        case .certificateExpired: "A TLS certificate expired or is not trusted"
        case .dnsFailure: "Name resolution fails"
        case .trafficSpike: "Load rose beyond capacity without a change on our side"
        case .unknown: "No known cause fits the evidence"
        }
    }

    /// What a responder usually does, when no more specific patch can be written.
    public static func action(_ label: CauseLabel) -> String {
        switch label {
        case .dbMissingIndex: "Add an index on the filtered columns (CREATE INDEX CONCURRENTLY), or revert the query change."
        case .nPlusOneQuery: "Restore eager loading (or batch the queries), or revert the change."
        case .cacheRemoved: "Restore the cache (revert the change that removed it)."
        case .cacheUnavailable: "Restore the cache server or its connectivity; serve degraded reads meanwhile."
        case .connectionPoolExhausted: "Restore the pool size, and look for connections held too long (slow queries, leaks)."
        case .lockContention: "Narrow the transaction or remove the new lock; kill the blocking sessions if needed."
        case .migrationFailure: "Roll back or repair the migration; release its locks."
        case .memoryLeak: "Roll back the change and restart the affected instances to recover memory."
        case .cpuSaturation: "Revert the costly change or add capacity."
        case .diskFull: "Free space (rotate or delete logs, temp files), then stop what fills it."
        case .codeRegression: "Roll back the deploy, then fix the failing code path."
        case .badConfig: "Restore the previous configuration value."
        case .dependencyFailure: "Fail over or degrade gracefully (circuit breaker); check the dependency's status."
        case .retryStorm: "Lower retries, add backoff with jitter and a retry budget; restore the timeout."
        case .rateLimited: "Back off, spread requests, or raise the quota with the provider."
        case .certificateExpired: "Renew the certificate and reload the services that present it."
        case .dnsFailure: "Fix the DNS record or resolver; restore the previous hostname."
        case .trafficSpike: "Scale out (replicas, workers) and shed or rate-limit excess load."
        case .unknown: "Gather more data: widen the time window, add the service's logs and metrics."
        }
    }

    /// Labels whose culprit is naturally a dependency rather than a commit or key.
    public static let dependencyLabels: Set<CauseLabel> = [
        .cacheUnavailable, .dependencyFailure, .rateLimited, .certificateExpired, .dnsFailure, .retryStorm,
    ]
}
