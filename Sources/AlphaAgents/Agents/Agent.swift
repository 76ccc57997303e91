public import AlphaCore
public import AlphaSignals

/// An agent reads the deterministic signals of one source and states what they support: findings, each one piece of
/// evidence for one cause label. Agents never rank or decide; the synthesis does.
public protocol Agent: Sendable {
    /// The name in the execution timeline, e.g. `LogAgent`.
    var name: String { get }
    /// The agent's findings for this incident.
    func findings(in context: AgentContext) async throws -> [Finding]
}

/// What every agent sees: the incident as given and the signals extracted from it.
public struct AgentContext: Sendable {
    public var incident: Incident
    public var signals: IncidentSignals

    public init(incident: Incident, signals: IncidentSignals) {
        self.incident = incident
        self.signals = signals
    }
}

/// One piece of evidence for one cause, raised by one agent.
public struct Finding: Sendable, Equatable {
    public var label: CauseLabel
    /// The evidence; its `weight` is the log-odds it adds to `label`.
    public var evidence: Evidence
    /// What the evidence blames, if it can name it.
    public var culprit: Culprit?
    /// The agent that raised it (filled in by the runtime).
    public var agent: String

    public init(label: CauseLabel, evidence: Evidence, culprit: Culprit? = nil, agent: String = "") {
        self.label = label
        self.evidence = evidence
        self.culprit = culprit
        self.agent = agent
    }
}
