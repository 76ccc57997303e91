/// A ranked root cause (the seed's hypothesis schema, extended with culprit and remediation).
public struct Hypothesis: Sendable, Codable, Equatable {
    public var label: CauseLabel
    public var description: String
    public var supportingSignals: [Evidence]
    /// Calibrated probability that this cause is among the incident's true causes.
    public var confidence: Double
    /// The raw fused log-odds score before calibration.
    public var score: Double
    public var severity: Severity
    /// Which agents raised or backed it.
    public var agents: [String]
    public var culprit: Culprit?
    public var remediation: Remediation?

    public init(
        label: CauseLabel, description: String, supportingSignals: [Evidence], confidence: Double, score: Double,
        severity: Severity, agents: [String], culprit: Culprit? = nil, remediation: Remediation? = nil
    ) {
        self.label = label
        self.description = description
        self.supportingSignals = supportingSignals
        self.confidence = confidence
        self.score = score
        self.severity = severity
        self.agents = agents
        self.culprit = culprit
        self.remediation = remediation
    }

    enum CodingKeys: String, CodingKey {
        case label, description
        case supportingSignals = "supporting_signals"
        case confidence, score, severity, agents, culprit, remediation
    }
}
