/// Everything the server needs to know that is not the store: where to listen and the limits it enforces.
/// The CLI fills it from flags, the environment and a config file (`alpha-sre serve --help`).
public struct ServerConfiguration: Sendable, Equatable {
    /// Interface to bind (loopback by default: expose it deliberately).
    public var host: String
    /// TCP port; 0 picks a free one (tests).
    public var port: Int
    /// Largest request body accepted; larger bodies get 413.
    public var maxBodyBytes: Int
    /// How long a client may take to send its request body before it gets 408.
    public var bodyTimeout: Duration
    /// How long an idle keep-alive connection stays open.
    public var idleTimeout: Duration
    /// How many analyses run at once.
    public var workers: Int
    /// A running job whose worker has not finished it within this time is handed to another worker.
    public var jobLease: Duration
    /// When true, jobs left running by an earlier process are queued again at start. Right for the embedded SQLite
    /// store, which one process owns; with PostgreSQL shared by replicas only the lease applies.
    public var requeueRunningJobsAtStart: Bool
    /// How long a token lookup is cached (a revocation through this server takes effect at once; one made elsewhere,
    /// e.g. by `alpha-sre admin token revoke`, within this time).
    public var tokenCacheTTL: Duration
    /// How long each analysis agent may run.
    public var agentDeadline: Duration
    /// The scheduling niceness of the analysis threads (0 = same as requests, 19 = lowest); requests come first.
    public var analysisNice: Int32
    /// How many bytes of recent reports the server keeps in memory for `GET /incidents/{id}` (0: none).
    public var reportCacheBytes: Int

    /// A configuration; the defaults are the documented ones.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 10 * 1024 * 1024, bodyTimeout: Duration = .seconds(30),
        idleTimeout: Duration = .seconds(75), workers: Int = 4, jobLease: Duration = .seconds(120), requeueRunningJobsAtStart: Bool = true,
        tokenCacheTTL: Duration = .seconds(5), agentDeadline: Duration = .seconds(10), analysisNice: Int32 = 10,
        reportCacheBytes: Int = 64 * 1024 * 1024
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.workers = workers
        self.jobLease = jobLease
        self.requeueRunningJobsAtStart = requeueRunningJobsAtStart
        self.tokenCacheTTL = tokenCacheTTL
        self.agentDeadline = agentDeadline
        self.analysisNice = analysisNice
        self.reportCacheBytes = reportCacheBytes
    }
}
