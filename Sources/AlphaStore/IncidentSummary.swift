/// An incident without the JSON it was created from: what lists and the report read need. Reading it leaves the
/// payload (tens of kilobytes for a real incident) in the database, which is most of the cost of those reads.
public struct IncidentSummary: Hashable, Sendable, Codable {
    /// The owning tenant.
    public var tenantID: String
    /// Store-generated identifier, unique within the tenant.
    public var id: String
    /// The affected service (for filtering).
    public var service: String
    /// Lifecycle status.
    public var status: IncidentStatus
    /// When it was stored.
    public var createdAt: StoreTime
    /// When its status last changed.
    public var updatedAt: StoreTime

    /// A summary.
    public init(tenantID: String, id: String, service: String, status: IncidentStatus, createdAt: StoreTime, updatedAt: StoreTime) {
        self.tenantID = tenantID
        self.id = id
        self.service = service
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension IncidentRecord {
    /// The record without its payload.
    public var summary: IncidentSummary {
        IncidentSummary(tenantID: tenantID, id: id, service: service, status: status, createdAt: createdAt, updatedAt: updatedAt)
    }
}
