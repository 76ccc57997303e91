/// How metrics are named and packed: the analyzer must recognise every combination.
public enum MetricNaming: String, Sendable, CaseIterable {
    /// `http_request_duration_seconds_p99` (base units: seconds, bytes, ratios).
    case prometheus
    /// `http.server.duration.p99` (OpenTelemetry-like, milliseconds).
    case dotted
    /// `httpLatencyP99Ms`.
    case camelCase
}

/// The container the metrics section uses.
public enum MetricContainer: String, Sendable, CaseIterable {
    /// `{"name": [[t, v], ...]}`
    case mapOfPoints
    /// `{"name": {"unit": ..., "labels": {...}, "points": [...]}}`
    case mapOfSeries
    /// The `result` array of a Prometheus range query (values as strings).
    case prometheusMatrix
    /// The whole `/api/v1/query_range` response.
    case prometheusResponse
}

/// One modelled quantity and its names in each style; `scale` converts the model's unit to the style's unit.
struct MetricQuantity: Sendable {
    var prometheus: String
    var dotted: String
    var camel: String
    /// Units: model value × scale in that style.
    var prometheusScale: Double
    var otherScale: Double
    var prometheusUnit: String
    var otherUnit: String
    var value: @Sendable (IntervalMetrics) -> Double

    func name(_ naming: MetricNaming) -> String {
        switch naming {
        case .prometheus: prometheus
        case .dotted: dotted
        case .camelCase: camel
        }
    }

    func scale(_ naming: MetricNaming) -> Double { naming == .prometheus ? prometheusScale : otherScale }
    func unit(_ naming: MetricNaming) -> String { naming == .prometheus ? prometheusUnit : otherUnit }

    /// The quantities an incident reports (model values: ms, ratios, bytes, per second).
    static let all: [MetricQuantity] = [
        .init(
            prometheus: "http_requests_per_second", dotted: "http.server.request.rate", camel: "httpRequestRate", prometheusScale: 1, otherScale: 1,
            prometheusUnit: "ops/s", otherUnit: "ops/s", value: { $0.requestRate }),
        .init(
            prometheus: "http_request_duration_seconds_p50", dotted: "http.server.duration.p50", camel: "httpLatencyP50Ms", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.latencyP50Ms }),
        .init(
            prometheus: "http_request_duration_seconds_p95", dotted: "http.server.duration.p95", camel: "httpLatencyP95Ms", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.latencyP95Ms }),
        .init(
            prometheus: "http_request_duration_seconds_p99", dotted: "http.server.duration.p99", camel: "httpLatencyP99Ms", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.latencyP99Ms }),
        .init(
            prometheus: "http_requests_error_ratio", dotted: "http.server.error_ratio", camel: "httpErrorRate", prometheusScale: 1, otherScale: 1,
            prometheusUnit: "ratio", otherUnit: "ratio", value: { $0.errorRatio }),
        .init(
            prometheus: "db_query_duration_seconds_p95", dotted: "db.client.query.duration.p95", camel: "dbQueryTimeP95Ms", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.dbQueryP95Ms }),
        .init(
            prometheus: "db_time_per_request_seconds", dotted: "db.client.time_per_request", camel: "dbTimePerRequestMs", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.dbTimeMsPerRequest }),
        .init(
            prometheus: "db_queries_per_request", dotted: "db.client.queries_per_request", camel: "dbQueriesPerRequest", prometheusScale: 1,
            otherScale: 1, prometheusUnit: "count", otherUnit: "count", value: { $0.dbQueriesPerRequest }),
        .init(
            prometheus: "db_pool_connections_in_use", dotted: "db.client.connections.usage", camel: "dbPoolInUse", prometheusScale: 1, otherScale: 1,
            prometheusUnit: "count", otherUnit: "count", value: { $0.poolInUse }),
        .init(
            prometheus: "db_pool_connections_max", dotted: "db.client.connections.max", camel: "dbPoolMax", prometheusScale: 1, otherScale: 1,
            prometheusUnit: "count", otherUnit: "count", value: { $0.poolCapacity }),
        .init(
            prometheus: "db_pool_wait_seconds", dotted: "db.client.connections.wait_time", camel: "dbPoolWaitMs", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.poolWaitMs }),
        .init(
            prometheus: "pg_lock_wait_seconds", dotted: "db.lock.wait_time", camel: "dbLockWaitMs", prometheusScale: 0.001, otherScale: 1,
            prometheusUnit: "s", otherUnit: "ms", value: { $0.lockWaitMs }),
        .init(
            prometheus: "redis_cache_hit_ratio", dotted: "cache.hit_ratio", camel: "cacheHitRate", prometheusScale: 1, otherScale: 1,
            prometheusUnit: "ratio", otherUnit: "ratio", value: { $0.cacheHitRatio }),
        .init(
            prometheus: "container_cpu_usage_percent", dotted: "system.cpu.utilization", camel: "cpuPercent", prometheusScale: 1, otherScale: 0.01,
            prometheusUnit: "percent", otherUnit: "ratio", value: { $0.cpuPercent }),
        .init(
            prometheus: "container_memory_working_set_bytes", dotted: "process.memory.usage", camel: "memoryUsedBytes", prometheusScale: 1,
            otherScale: 1, prometheusUnit: "bytes", otherUnit: "bytes", value: { $0.memoryBytes }),
        .init(
            prometheus: "disk_used_percent", dotted: "system.filesystem.utilization", camel: "diskUsedRatio", prometheusScale: 100, otherScale: 1,
            prometheusUnit: "percent", otherUnit: "ratio", value: { $0.diskUsedRatio }),
        .init(
            prometheus: "http_client_requests_per_second", dotted: "http.client.request.rate", camel: "upstreamRequestRate", prometheusScale: 1,
            otherScale: 1, prometheusUnit: "ops/s", otherUnit: "ops/s", value: { $0.dependencyRps }),
        .init(
            prometheus: "http_client_duration_seconds_p95", dotted: "http.client.duration.p95", camel: "upstreamLatencyP95Ms", prometheusScale: 0.001,
            otherScale: 1, prometheusUnit: "s", otherUnit: "ms", value: { $0.dependencyLatencyP95Ms }),
        .init(
            prometheus: "kube_pod_container_status_restarts_total", dotted: "k8s.container.restarts", camel: "containerRestarts", prometheusScale: 1,
            otherScale: 1, prometheusUnit: "count", otherUnit: "count", value: { Double($0.restarts) }),
    ]
}
