/// Why a modelled request failed (or, for `cacheRefused`, degraded): each kind has its own log wording.
public enum FailureKind: String, Sendable, CaseIterable, Hashable {
    case poolTimeout, statementTimeout, lockTimeout, deadlock, schemaError
    case dependencyTimeout, dependencyRefused, dependencyServerError, dependencyRateLimited, dependencyTLS, dependencyDNS
    case codeException, configError, workerTimeout, outOfMemory, diskFull
    /// Not a failed request: the cache call failed and the code fell back to the database.
    case cacheRefused
}
