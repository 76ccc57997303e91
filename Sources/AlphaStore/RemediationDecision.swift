/// An approval or rejection of one suggested remediation. Recorded only: nothing is executed.
public struct RemediationDecision: Hashable, Sendable, Codable {
    /// Approve or reject.
    public enum Verdict: String, CaseIterable, Hashable, Sendable, Codable {
        /// The remediation may be applied.
        case approved
        /// The remediation must not be applied.
        case rejected
    }

    /// The owning tenant.
    public var tenantID: String
    /// The incident.
    public var incidentID: String
    /// Store-generated identifier.
    public var id: String
    /// Which remediation of the report (its id in the analysis).
    public var remediationID: String
    /// The verdict.
    public var verdict: Verdict
    /// Who decided.
    public var actor: String
    /// Why (free text, may be empty).
    public var reason: String
    /// When.
    public var at: StoreTime

    /// A decision record.
    public init(
        tenantID: String, incidentID: String, id: String, remediationID: String, verdict: Verdict, actor: String, reason: String,
        at: StoreTime
    ) {
        self.tenantID = tenantID
        self.incidentID = incidentID
        self.id = id
        self.remediationID = remediationID
        self.verdict = verdict
        self.actor = actor
        self.reason = reason
        self.at = at
    }
}
