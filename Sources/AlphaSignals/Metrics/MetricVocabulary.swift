/// Word groups of the classification table (lower-case; glued pairs such as `inuse` come from `MetricNameWords`).
enum MetricVocabulary {
    static let restart: Set<String> = ["restart", "restarts", "restarted", "crashloop", "crashloopbackoff", "oomkilled"]
    /// Words that make a database query series a volume (queries issued) rather than a time.
    static let queryVolume: Set<String> = ["count", "total", "calls", "rate", "ops", "persecond", "qps", "executed", "xact"]
    static let retry: Set<String> = ["retry", "retries", "retried", "retrying", "reattempt", "reattempts"]
    static let cpu: Set<String> = ["cpu", "cpus", "vcpu", "processor"]
    static let throttle: Set<String> = ["throttled", "throttling", "throttle", "throttles", "nrthrottled"]
    static let lock: Set<String> = ["lock", "locks", "lockwait", "lockwaits", "deadlock", "deadlocks", "locking", "locked"]
    static let pool: Set<String> = [
        "pool", "pools", "hikaricp", "hikari", "pgbouncer", "queuepool", "connpool", "connectionpool", "checkedout", "checkedin",
    ]
    static let connection: Set<String> = ["connection", "connections", "conn", "conns", "maxopen"]
    static let poolWait: Set<String> = [
        "wait", "waits", "waiting", "waited", "pending", "waiters", "acquire", "acquired", "queued", "queue", "blocked",
    ]
    static let poolMax: Set<String> = ["max", "maximum", "limit", "capacity", "size", "maxsize", "maxopen", "maxconnections"]
    static let inUse: Set<String> = ["inuse", "used", "busy", "checkedout", "leased", "utilization", "utilisation", "usage"]
    static let active: Set<String> = ["active", "numactive", "current"]
    static let perRequest: Set<String> = ["perrequest", "perreq", "perrequests", "perrpc", "percall", "perop"]
    static let database: Set<String> = [
        "db", "database", "databases", "postgres", "postgresql", "pg", "mysql", "sql", "mongodb", "mongo", "sqlite", "mssql",
        "oracle", "cassandra", "dynamodb", "innodb", "sqlalchemy", "orm", "jdbc",
    ]
    static let query: Set<String> = ["query", "queries", "statement", "statements", "sql"]
    static let time: Set<String> = [
        "time", "duration", "latency", "seconds", "second", "ms", "milliseconds", "millis", "us", "microseconds", "ns", "nanoseconds",
        "elapsed", "exectime",
    ]
    static let serverConnections: Set<String> = [
        "connection", "connections", "conn", "conns", "numbackends", "backends", "threadsconnected", "connected", "clients",
    ]
    static let cache: Set<String> = [
        "cache", "caches", "cached", "redis", "memcached", "memcache", "varnish", "cdn", "elasticache", "valkey", "keyspace",
    ]
    static let hitRatio: Set<String> = ["hitrate", "hitratio", "hitpercent", "hitpct", "hitrat"]
    static let hit: Set<String> = ["hit", "hits"]
    static let hitOrMiss: Set<String> = ["hit", "hits", "miss", "misses", "missrate", "missratio"]
    static let error: Set<String> = [
        "error", "errors", "err", "errs", "failure", "failures", "failed", "fail", "fails", "exception", "exceptions", "timeout",
        "timeouts", "refused", "unavailable", "5xx", "fault", "faults",
    ]
    static let ratio: Set<String> = ["ratio", "percent", "pct", "fraction", "percentage", "share", "rate", "perc"]
    static let perSecond: Set<String> = ["persecond", "persec", "rps", "qps", "total", "count", "counter"]
    static let memory: Set<String> = ["memory", "mem", "heap", "rss", "workingset", "resident", "swap", "oom"]
    static let disk: Set<String> = [
        "disk", "disks", "filesystem", "fs", "volume", "inode", "inodes", "storage", "pvc", "diskspace", "df",
    ]
    static let latency: Set<String> = [
        "latency", "latencies", "duration", "durations", "responsetime", "elapsed", "rtt", "ttfb", "servicetime", "roundtrip",
    ]
    static let timeUnit: Set<String> = [
        "time", "seconds", "ms", "milliseconds", "millis", "us", "microseconds", "ns", "nanoseconds",
    ]
    static let request: Set<String> = [
        "request", "requests", "req", "reqs", "rps", "qps", "rpm", "throughput", "hits", "calls", "call", "invocations", "traffic",
    ]
    static let serving: Set<String> = [
        "request", "requests", "req", "response", "http", "rpc", "grpc", "api", "handler", "endpoint", "route", "server", "call",
        "calls", "upstream", "outbound", "client",
    ]
    /// Name words that make a series about a dependency (`http_client_…`, `outbound_…`, `external_api_…`).
    static let dependencyName: Set<String> = [
        "httpclient", "grpcclient", "rpcclient", "apiclient", "outbound", "outgoing", "egress", "external", "externalapi",
        "downstream", "upstream", "dependency", "dependencies", "thirdparty",
    ]
    /// A dependency refusing us for our rate: HTTP 429, quota and throttling words (CPU throttling is matched first).
    static let rateLimit: Set<String> = [
        "429", "ratelimit", "ratelimits", "ratelimited", "ratelimiting", "ratelimiter", "throttled", "throttling", "throttle",
        "throttles", "toomanyrequests", "quotaexceeded", "resourceexhausted",
    ]
    static let dns: Set<String> = [
        "dns", "coredns", "kubedns", "nodelocaldns", "dnsmasq", "unbound", "resolver", "resolvers", "nameserver", "nameservers",
        "getaddrinfo", "nslookup", "nxdomain", "servfail", "dnslookup", "hostlookup",
    ]
    /// DNS response codes that are failures (`rcode` label values, or words in the name).
    static let dnsFailureCode: Set<String> = ["servfail", "nxdomain", "refused", "formerr", "notimp", "notauth", "yxdomain"]
    static let tls: Set<String> = [
        "tls", "ssl", "mtls", "handshake", "handshakes", "cert", "certs", "certificate", "certificates", "x509", "pki",
    ]
    /// Words of a certificate's remaining lifetime (`probe_ssl_cert_expiry_remaining_seconds`, `ssl_cert_days_left`).
    static let expiry: Set<String> = [
        "expiry", "expires", "expiration", "expire", "notafter", "remaining", "left", "ttl", "validity", "daysleft", "until",
    ]
    static let migration: Set<String> = [
        "migration", "migrations", "migrate", "migrates", "migrator", "migrating", "flyway", "liquibase", "alembic",
        "schemamigration", "schemamigrations", "dbmate",
    ]
}
