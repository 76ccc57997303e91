/// How an agent's run ended.
public enum AgentStatus: String, Sendable, Codable {
    case ok, failed, skipped
    case timedOut = "timed_out"
}

/// One entry of the execution timeline.
public struct AgentRun: Sendable, Codable, Equatable {
    public var name: String
    public var status: AgentStatus
    /// RFC 3339 wall-clock start.
    public var startedAt: String
    /// Milliseconds from the start of the analysis to this agent's start.
    public var offsetMs: Double
    public var durationMs: Double
    /// Labels of the hypotheses this agent raised.
    public var hypotheses: [CauseLabel]
    public var error: String?

    public init(
        name: String, status: AgentStatus, startedAt: String, offsetMs: Double, durationMs: Double, hypotheses: [CauseLabel] = [],
        error: String? = nil
    ) {
        self.name = name
        self.status = status
        self.startedAt = startedAt
        self.offsetMs = offsetMs
        self.durationMs = durationMs
        self.hypotheses = hypotheses
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case name, status
        case startedAt = "started_at"
        case offsetMs = "offset_ms"
        case durationMs = "duration_ms"
        case hypotheses, error
    }
}

/// One step of the reasoning trail: what was concluded, from which evidence.
public struct ReasoningStep: Sendable, Codable, Equatable {
    public var step: Int
    public var agent: String
    public var conclusion: String
    /// Evidence ids used.
    public var evidence: [String]

    public init(step: Int, agent: String, conclusion: String, evidence: [String]) {
        self.step = step
        self.agent = agent
        self.conclusion = conclusion
        self.evidence = evidence
    }
}
