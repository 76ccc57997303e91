/// Everything an incident hands the analyzer (contract: `docs/schemas/incident.schema.json`).
/// Only `deploymentId` is required; every section may be empty.
public struct Incident: Sendable {
    public var incidentId: String?
    public var deploymentId: String
    public var title: String?
    public var service: String?
    /// Epoch seconds.
    public var detectedAt: Double?
    /// Epoch seconds: when the deployment under suspicion went live.
    public var deployedAt: Double?
    public var logs: [LogItem]
    public var metrics: [MetricSeries]
    public var commits: [Commit]
    public var config: ConfigSnapshot?
    public var alerts: [Alert]

    public init(
        incidentId: String? = nil, deploymentId: String, title: String? = nil, service: String? = nil,
        detectedAt: Double? = nil, deployedAt: Double? = nil, logs: [LogItem] = [], metrics: [MetricSeries] = [],
        commits: [Commit] = [], config: ConfigSnapshot? = nil, alerts: [Alert] = []
    ) {
        self.incidentId = incidentId
        self.deploymentId = deploymentId
        self.title = title
        self.service = service
        self.detectedAt = detectedAt
        self.deployedAt = deployedAt
        self.logs = logs
        self.metrics = metrics
        self.commits = commits
        self.config = config
        self.alerts = alerts
    }
}
