/// What `alpha-sre analyze` produces (contract: `docs/schemas/analysis.schema.json`).
public struct AnalysisReport: Sendable, Encodable {
    public var incidentId: String?
    public var deploymentId: String
    public var title: String?
    public var service: String?
    /// Ranked root causes, most likely first.
    public var hypotheses: [Hypothesis]
    /// The deterministic layer's output, before any agent reasons over it.
    public var signals: ReportSignals
    /// The execution timeline: one entry per agent run.
    public var agents: [AgentRun]
    public var reasoning: [ReasoningStep]
    /// Wall time of the whole analysis (decode excluded), milliseconds.
    public var durationMs: Double

    public init(
        incidentId: String?, deploymentId: String, title: String?, service: String?, hypotheses: [Hypothesis], signals: ReportSignals,
        agents: [AgentRun], reasoning: [ReasoningStep], durationMs: Double
    ) {
        self.incidentId = incidentId
        self.deploymentId = deploymentId
        self.title = title
        self.service = service
        self.hypotheses = hypotheses
        self.signals = signals
        self.agents = agents
        self.reasoning = reasoning
        self.durationMs = durationMs
    }

    enum CodingKeys: String, CodingKey {
        case incidentId = "incident_id"
        case deploymentId = "deployment_id"
        case title, service, hypotheses, signals, agents, reasoning
        case durationMs = "duration_ms"
    }
}

/// The signal layer's summary per source, as JSON (the typed results live in AlphaSignals).
public struct ReportSignals: Sendable, Encodable {
    public var logs: JSONValue
    public var metrics: JSONValue
    public var commits: JSONValue
    public var config: JSONValue
    public var alerts: JSONValue
    /// Anomalies and error bursts that happened together (±5 minutes), as narratives.
    public var correlations: JSONValue

    public init(
        logs: JSONValue = .null, metrics: JSONValue = .null, commits: JSONValue = .null, config: JSONValue = .null, alerts: JSONValue = .null,
        correlations: JSONValue = .null
    ) {
        self.logs = logs
        self.metrics = metrics
        self.commits = commits
        self.config = config
        self.alerts = alerts
        self.correlations = correlations
    }
}
