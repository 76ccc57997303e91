import AlphaCore

/// What a series measures, read from its name, labels and unit.
public enum MetricKind: String, Sendable, Codable, CaseIterable, Hashable {
    case latency
    case errorRatio = "error_ratio"
    case errorRate = "error_rate"
    case requestRate = "request_rate"
    case dbQueryTime = "db_query_time"
    case dbQueriesPerRequest = "db_queries_per_request"
    /// Queries issued per second (compared with the request rate it gives queries per request).
    case dbQueryRate = "db_query_rate"
    case dbConnections = "db_connections"
    case poolInUse = "pool_in_use"
    case poolMax = "pool_max"
    case poolWait = "pool_wait"
    case cacheHitRatio = "cache_hit_ratio"
    case cacheErrors = "cache_errors"
    case cpu
    case cpuThrottling = "cpu_throttling"
    case memory
    case disk
    case restarts
    case dependencyLatency = "dependency_latency"
    case dependencyRate = "dependency_rate"
    case dependencyErrors = "dependency_errors"
    case lockWaits = "lock_waits"
    /// Retries issued (Resilience4j, Polly, client retry counters).
    case retries
    /// Requests a dependency refused with 429 / throttling (`status="429"`, `…_429_…`, `rate_limited`, `throttled_requests`).
    case rateLimited = "rate_limited"
    /// Failed name resolutions: DNS errors, SERVFAIL/NXDOMAIN responses (`rcode` label), resolver lookup failures.
    case dnsErrors = "dns_errors"
    /// TLS handshake / certificate (x509) failures.
    case tlsErrors = "tls_errors"
    /// A certificate's remaining lifetime (`…cert_expiry_remaining_seconds`, `ssl_days_left`): zero or less is expired.
    case certExpiry = "cert_expiry"
    /// Failed schema migrations or migration jobs (`schema_migrations_failed`, `kube_job_status_failed{job_name="…-migrate-…"}`).
    case migrationFailures = "migration_failures"
    case unknown
}

/// Robust summary statistics of one side of the split.
public struct SeriesStats: Sendable, Codable, Equatable {
    public var count: Int
    public var median: Double
    public var p95: Double
    /// Median absolute deviation (unscaled).
    public var mad: Double
    public var mean: Double
    public var min: Double
    public var max: Double

    public init(count: Int, median: Double, p95: Double, mad: Double, mean: Double, min: Double, max: Double) {
        self.count = count
        self.median = median
        self.p95 = p95
        self.mad = mad
        self.mean = mean
        self.min = min
        self.max = max
    }

    public static let empty = SeriesStats(count: 0, median: .nan, p95: .nan, mad: .nan, mean: .nan, min: .nan, max: .nan)
}

/// Direction of a change.
public enum ChangeDirection: String, Sendable, Codable {
    case up, down, flat
}

/// A least-squares trend over the window after the split (leaks, filling disks).
public struct Trend: Sendable, Codable, Equatable {
    /// Units per second.
    public var slope: Double
    public var rSquared: Double

    public init(slope: Double, rSquared: Double) {
        self.slope = slope
        self.rSquared = rSquared
    }

    enum CodingKeys: String, CodingKey {
        case slope
        case rSquared = "r_squared"
    }
}

/// One classified series and what changed in it.
public struct MetricSignal: Sendable, Codable, Equatable {
    /// `MetricSeries.key`: name plus labels.
    public var key: String
    public var name: String
    public var kind: MetricKind
    /// 50, 95, 99 ... for latency-like series, if known.
    public var percentile: Double?
    /// Normalised unit: `s`, `ratio`, `bytes`, `count`, `per_s`, or `unknown`. Values in stats are in this unit.
    public var unit: String
    /// A dependency the series is about (from labels like `upstream`, `peer`, `host`, `target`), if any.
    public var dependency: String?
    public var before: SeriesStats
    public var after: SeriesStats
    /// after.median ÷ before.median (nil where before is 0 or missing).
    public var changeRatio: Double?
    public var direction: ChangeDirection
    /// (after.median − before.median) ÷ (1.4826·MAD before), floored so flat baselines stay finite.
    public var zScore: Double
    /// Epoch seconds where the shift starts, if one was found.
    public var onset: Double?
    /// True when the series changed well beyond its noise.
    public var anomalous: Bool
    /// True when it sits at its ceiling (pool in-use at max, CPU ~100%, disk ~100%, ratio at 1).
    public var saturated: Bool
    public var trend: Trend?

    public init(
        key: String, name: String, kind: MetricKind, percentile: Double?, unit: String, dependency: String?, before: SeriesStats,
        after: SeriesStats, changeRatio: Double?, direction: ChangeDirection, zScore: Double, onset: Double?, anomalous: Bool,
        saturated: Bool, trend: Trend?
    ) {
        self.key = key
        self.name = name
        self.kind = kind
        self.percentile = percentile
        self.unit = unit
        self.dependency = dependency
        self.before = before
        self.after = after
        self.changeRatio = changeRatio
        self.direction = direction
        self.zScore = zScore
        self.onset = onset
        self.anomalous = anomalous
        self.saturated = saturated
        self.trend = trend
    }

    enum CodingKeys: String, CodingKey {
        case key, name, kind, percentile, unit, dependency, before, after
        case changeRatio = "change_ratio"
        case direction
        case zScore = "z_score"
        case onset, anomalous, saturated, trend
    }
}

/// The metrics analyzer's output.
public struct MetricSignals: Sendable, Codable, Equatable {
    public var split: SplitPoint
    /// Every series, anomalous ones first (largest |z| first).
    public var series: [MetricSignal]

    public init(split: SplitPoint = SplitPoint(time: nil, source: .none), series: [MetricSignal] = []) {
        self.split = split
        self.series = series
    }

    /// The anomalous series of one kind.
    public func anomalies(of kind: MetricKind) -> [MetricSignal] {
        series.filter { $0.kind == kind && $0.anomalous }
    }
}
