import AlphaSignals
import Testing

/// One expected classification; `unit`/`scale`/`counter`/`percentile`/`dependency` are checked too.
struct ClassificationCase: Sendable, CustomTestStringConvertible {
    var name: String
    var labels: [String: String] = [:]
    var unit: String?
    var kind: MetricKind
    var percentile: Double?
    var normalisedUnit: String
    var scale: Double = 1
    var counter = false
    var dependency: String?

    var testDescription: String { name + (labels.isEmpty ? "" : "\(labels.sorted { $0.key < $1.key })") }
}

private let prometheusCases: [ClassificationCase] = [
    .init(name: "http_request_duration_seconds", labels: ["quantile": "0.99"], kind: .latency, percentile: 99, normalisedUnit: "s"),
    .init(name: "http_request_duration_seconds_p99", kind: .latency, percentile: 99, normalisedUnit: "s"),
    .init(name: "http_request_duration_seconds_bucket", labels: ["le": "0.5"], kind: .unknown, normalisedUnit: "per_s", counter: true),
    .init(name: "http_request_duration_seconds_count", kind: .requestRate, normalisedUnit: "per_s", counter: true),
    .init(name: "http_request_duration_seconds_sum", kind: .unknown, normalisedUnit: "per_s", counter: true),
    .init(name: "http_requests_total", labels: ["code": "200"], kind: .requestRate, normalisedUnit: "per_s", counter: true),
    .init(name: "http_requests_total", labels: ["code": "503"], kind: .errorRate, normalisedUnit: "per_s", counter: true),
    .init(name: "http_server_errors_total", kind: .errorRate, normalisedUnit: "per_s", counter: true),
    .init(name: "http_error_ratio", kind: .errorRatio, normalisedUnit: "ratio"),
    .init(name: "container_cpu_usage_seconds_total", kind: .cpu, normalisedUnit: "cores", counter: true),
    .init(name: "container_cpu_cfs_throttled_seconds_total", kind: .cpuThrottling, normalisedUnit: "per_s", counter: true),
    .init(name: "container_memory_working_set_bytes", kind: .memory, normalisedUnit: "bytes"),
    .init(name: "process_resident_memory_bytes", kind: .memory, normalisedUnit: "bytes"),
    .init(name: "node_filesystem_avail_bytes", kind: .disk, normalisedUnit: "bytes"),
    .init(name: "kube_pod_container_status_restarts_total", kind: .restarts, normalisedUnit: "per_s", counter: true),
    .init(name: "hikaricp_connections_active", labels: ["pool": "main"], kind: .poolInUse, normalisedUnit: "count"),
    .init(name: "hikaricp_connections_max", labels: ["pool": "main"], kind: .poolMax, normalisedUnit: "count"),
    .init(name: "hikaricp_connections_pending", kind: .poolWait, normalisedUnit: "unknown"),
    .init(name: "hikaricp_connections_acquire_seconds", labels: ["quantile": "0.95"], kind: .poolWait, percentile: 95, normalisedUnit: "s"),
    .init(name: "go_sql_stats_connections_in_use", kind: .poolInUse, normalisedUnit: "count"),
    .init(name: "pg_stat_database_numbackends", kind: .dbConnections, normalisedUnit: "count"),
    .init(name: "mysql_global_status_innodb_row_lock_waits", kind: .lockWaits, normalisedUnit: "unknown"),
    .init(name: "pg_locks_count", labels: ["mode": "exclusivelock"], kind: .lockWaits, normalisedUnit: "unknown"),
    .init(name: "redis_keyspace_hits_total", kind: .unknown, normalisedUnit: "per_s", counter: true),
    .init(
        name: "http_client_request_duration_seconds", labels: ["quantile": "0.95", "host": "payments"], kind: .dependencyLatency,
        percentile: 95, normalisedUnit: "s", dependency: "payments"),
    .init(
        name: "outbound_request_duration_ms", labels: ["upstream": "billing"], kind: .dependencyLatency, normalisedUnit: "s",
        scale: 1e-3, dependency: "billing"),
    .init(name: "external_api_errors_total", kind: .dependencyErrors, normalisedUnit: "per_s", counter: true),
    .init(name: "db_query_duration_seconds", labels: ["quantile": "0.99"], kind: .dbQueryTime, percentile: 99, normalisedUnit: "s"),
    .init(name: "db_queries_per_request", kind: .dbQueriesPerRequest, normalisedUnit: "count"),
    .init(name: "cache_hit_ratio", kind: .cacheHitRatio, normalisedUnit: "ratio"),
    .init(name: "cpu_usage_percent", kind: .cpu, normalisedUnit: "ratio", scale: 0.01),
    .init(name: "disk_usage_percent", kind: .disk, normalisedUnit: "ratio", scale: 0.01),
    .init(name: "jvm_memory_used_bytes", labels: ["area": "heap"], kind: .memory, normalisedUnit: "bytes"),
    .init(name: "grpc_server_handling_seconds", labels: ["quantile": "0.5"], kind: .latency, percentile: 50, normalisedUnit: "s"),
]

private let dottedCases: [ClassificationCase] = [
    .init(name: "trace.flask.request.duration.p95", kind: .latency, percentile: 95, normalisedUnit: "unknown"),
    .init(name: "trace.http.request.duration.by.service.99p", kind: .latency, percentile: 99, normalisedUnit: "unknown"),
    .init(name: "trace.flask.request.hits", kind: .requestRate, normalisedUnit: "per_s"),
    .init(name: "trace.flask.request.errors", kind: .errorRate, normalisedUnit: "per_s"),
    .init(name: "postgresql.queries.time", kind: .dbQueryTime, normalisedUnit: "unknown"),
    .init(name: "postgresql.connections", kind: .dbConnections, normalisedUnit: "count"),
    .init(name: "redis.hit_rate", labels: ["host": "web-1"], kind: .cacheHitRatio, normalisedUnit: "ratio"),
    .init(name: "redis.errors", kind: .cacheErrors, normalisedUnit: "per_s"),
    .init(name: "system.cpu.user", labels: ["host": "web-1"], kind: .cpu, normalisedUnit: "ratio"),
    .init(name: "system.mem.used", kind: .memory, normalisedUnit: "unknown"),
    .init(name: "system.disk.in_use", kind: .disk, normalisedUnit: "unknown"),
    .init(name: "kubernetes.containers.restarts", kind: .restarts, normalisedUnit: "count"),
    .init(name: "nginx.upstream.response.time", kind: .dependencyLatency, normalisedUnit: "unknown"),
    .init(name: "app.db.pool.max", kind: .poolMax, normalisedUnit: "count"),
    .init(name: "app.cache.latency.ms", kind: .latency, normalisedUnit: "s", scale: 1e-3),
]

private let camelCases: [ClassificationCase] = [
    .init(name: "dbQueryTimeMs", kind: .dbQueryTime, normalisedUnit: "s", scale: 1e-3),
    .init(name: "cacheHitRatio", kind: .cacheHitRatio, normalisedUnit: "ratio"),
    .init(name: "poolInUse", kind: .poolInUse, normalisedUnit: "count"),
    .init(name: "poolMax", kind: .poolMax, normalisedUnit: "count"),
    .init(name: "poolWaitMs", kind: .poolWait, normalisedUnit: "s", scale: 1e-3),
    .init(name: "requestLatencyP99", kind: .latency, percentile: 99, normalisedUnit: "unknown"),
    .init(name: "errorRate", kind: .errorRatio, normalisedUnit: "ratio"),
    .init(name: "httpRequestsPerSecond", kind: .requestRate, normalisedUnit: "per_s"),
    .init(name: "heapUsedBytes", kind: .memory, normalisedUnit: "bytes"),
    .init(name: "lockWaitTimeMs", kind: .lockWaits, normalisedUnit: "s", scale: 1e-3),
    .init(
        name: "dependencyLatencyMs", labels: ["peer.service": "inventory"], kind: .dependencyLatency, normalisedUnit: "s",
        scale: 1e-3, dependency: "inventory"),
    .init(name: "cpuThrottledPeriods", kind: .cpuThrottling, normalisedUnit: "unknown"),
    .init(name: "diskUsedPct", kind: .disk, normalisedUnit: "ratio", scale: 0.01),
    .init(name: "HTTPRequestDurationMs", kind: .latency, normalisedUnit: "s", scale: 1e-3),
    .init(name: "dbConnectionsActive", kind: .dbConnections, normalisedUnit: "count"),
]

@Suite("MetricClassifier")
struct MetricClassifierTests {
    @Test("classifies real metric names", arguments: prometheusCases + dottedCases + camelCases)
    func classifies(_ expected: ClassificationCase) {
        let labels = expected.labels.map { (key: $0.key, value: $0.value) }
        let got = MetricClassifier.classify(name: expected.name, labels: labels, unit: expected.unit)
        #expect(got.kind == expected.kind)
        #expect(got.percentile == expected.percentile)
        #expect(got.unit == expected.normalisedUnit)
        #expect(abs(got.scale - expected.scale) < 1e-15)
        #expect(got.isCounter == expected.counter)
        #expect(got.dependency == expected.dependency)
    }

    @Test("the table covers at least 40 names in three naming styles")
    func tableSize() {
        #expect(prometheusCases.count + dottedCases.count + camelCases.count >= 40)
        #expect(camelCases.count >= 10 && dottedCases.count >= 10)
    }

    @Test(
        "a unit field overrides the name and normalises",
        arguments: [
            ("ms", "s", 1e-3), ("us", "s", 1e-6), ("ns", "s", 1e-9), ("seconds", "s", 1), ("%", "ratio", 0.01), ("percent", "ratio", 0.01),
            ("KiB", "bytes", 1024), ("MiB", "bytes", 1_048_576), ("GiB", "bytes", 1_073_741_824), ("bytes", "bytes", 1),
        ])
    func unitField(unit: String, normalised: String, scale: Double) {
        let got = MetricClassifier.classify(name: "api_latency", labels: [], unit: unit)
        #expect(got.unit == normalised)
        #expect(got.scale == scale)
        #expect(!got.unitIsAssumed)
    }

    @Test("a Datadog host tag alone is not a dependency")
    func hostTagIsNotDependency() {
        let got = MetricClassifier.classify(name: "trace.flask.request.duration", labels: [(key: "host", value: "web-1")], unit: nil)
        #expect(got.kind == .latency)
        #expect(got.dependency == nil)
    }

    @Test("percentile spellings", arguments: [("p50", 50.0), ("p999", 99.9), ("99p", 99.0), ("95percentile", 95.0), ("median", 50.0)])
    func percentiles(word: String, value: Double) {
        let got = MetricClassifier.classify(name: "request_latency_" + word, labels: [], unit: nil)
        #expect(got.percentile == value)
    }
}
