extension MetricClassifier {
    private typealias Words = MetricVocabulary

    /// The table, most specific first. `unknown` rows stop a name from falling through to a misleading kind
    /// (`redis_keyspace_hits_total` is a cache counter, not request traffic).
    static let rules: [MetricKindRule] = [
        MetricKindRule(.restarts, [Words.restart]),
        MetricKindRule(.cpuThrottling, [Words.cpu, Words.throttle]),
        MetricKindRule(.cpuThrottling, [Words.throttle, ["periods", "cfs"]]),
        MetricKindRule(.lockWaits, [Words.lock]),
        MetricKindRule(.poolWait, [Words.pool.union(Words.connection).union(["sql", "db"]), Words.poolWait]),
        MetricKindRule(.poolMax, [Words.pool.union(Words.connection), Words.poolMax], noneOf: Words.inUse),
        MetricKindRule(.poolInUse, [Words.pool, Words.inUse.union(Words.active)]),
        MetricKindRule(.poolInUse, [Words.connection, Words.inUse]),
        MetricKindRule(.dbQueriesPerRequest, [Words.database.union(Words.query), Words.perRequest]),
        MetricKindRule(.dbQueryTime, [Words.database.union(Words.query), Words.time]),
        MetricKindRule(.dbQueryRate, [Words.database, Words.query, Words.queryVolume]),
        MetricKindRule(.dbConnections, [Words.database, Words.serverConnections]),
        MetricKindRule(.cacheHitRatio, [Words.cache, Words.hitRatio]),
        MetricKindRule(.cacheHitRatio, [Words.cache, Words.hit, Words.ratio], noneOf: ["total", "count"]),
        MetricKindRule(.cacheErrors, [Words.cache, Words.error]),
        MetricKindRule(.unknown, [Words.cache, Words.hitOrMiss]),
        MetricKindRule(.migrationFailures, [Words.migration, Words.error]),
        MetricKindRule(.certExpiry, [Words.tls, Words.expiry], noneOf: Words.error),
        MetricKindRule(.tlsErrors, [Words.tls, Words.error]),
        MetricKindRule(.dnsErrors, [Words.dns, Words.error.union(Words.dnsFailureCode)]),
        // DNS traffic and lookup latency are the resolver's, not the service's own requests or latency.
        MetricKindRule(.unknown, [Words.dns]),
        MetricKindRule(.rateLimited, [Words.rateLimit]),
        MetricKindRule(.retries, [Words.retry]),
        MetricKindRule(.cpu, [Words.cpu]),
        MetricKindRule(.memory, [Words.memory]),
        MetricKindRule(.disk, [Words.disk]),
        MetricKindRule(.errorRate, [Words.error, Words.perSecond]),
        MetricKindRule(.errorRatio, [Words.error, Words.ratio]),
        MetricKindRule(.errorRate, [Words.error]),
        MetricKindRule(.latency, [Words.latency]),
        MetricKindRule(.latency, [Words.timeUnit, Words.serving]),
        MetricKindRule(.requestRate, [Words.request]),
        MetricKindRule(.requestRate, [["http", "grpc", "rpc", "api"], ["total", "count"]]),
    ]

    /// The kind for a word set, dependency-aware: a serving kind about a dependency becomes its dependency twin.
    static func kind(for words: Set<String>, aboutDependency: Bool) -> MetricKind {
        let base = rules.first { $0.matches(words) }?.kind ?? .unknown
        guard aboutDependency else { return base }
        switch base {
        case .latency: return .dependencyLatency
        case .requestRate: return .dependencyRate
        case .errorRate, .errorRatio: return .dependencyErrors
        default: return base
        }
    }
}
