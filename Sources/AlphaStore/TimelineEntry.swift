/// One event in an incident's timeline (status change, analysis progress, note).
public struct TimelineEntry: Hashable, Sendable, Codable {
    /// The owning tenant.
    public var tenantID: String
    /// The incident.
    public var incidentID: String
    /// Store-generated identifier; entries are returned in insertion order.
    public var id: String
    /// Machine-readable kind ("status", "analysis", "note", "decision").
    public var kind: String
    /// Human-readable text.
    public var message: String
    /// Who caused it (token id, "system").
    public var actor: String
    /// When it happened.
    public var at: StoreTime

    /// A timeline entry.
    public init(tenantID: String, incidentID: String, id: String, kind: String, message: String, actor: String, at: StoreTime) {
        self.tenantID = tenantID
        self.incidentID = incidentID
        self.id = id
        self.kind = kind
        self.message = message
        self.actor = actor
        self.at = at
    }
}
