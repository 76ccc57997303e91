/// A stored incident: its lifecycle state and the raw contract JSON it was created from.
public struct IncidentRecord: Hashable, Sendable, Codable {
    /// The owning tenant.
    public var tenantID: String
    /// Store-generated identifier, unique within the tenant.
    public var id: String
    /// The affected service (for filtering).
    public var service: String
    /// Lifecycle status.
    public var status: IncidentStatus
    /// The incident exactly as received (contract format, `incident.schema.json`).
    public var incidentJSON: [UInt8]
    /// When it was stored.
    public var createdAt: StoreTime
    /// When its status last changed.
    public var updatedAt: StoreTime

    /// An incident record.
    public init(
        tenantID: String, id: String, service: String, status: IncidentStatus, incidentJSON: [UInt8], createdAt: StoreTime,
        updatedAt: StoreTime
    ) {
        self.tenantID = tenantID
        self.id = id
        self.service = service
        self.status = status
        self.incidentJSON = incidentJSON
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension IncidentRecord {
    /// A new incident in status `triggered` with a fresh id, as every engine creates it.
    public static func triggered(tenantID: String, service: String, incidentJSON: [UInt8], at now: StoreTime) -> IncidentRecord {
        IncidentRecord(
            tenantID: tenantID, id: StoreID.make(), service: service, status: .triggered, incidentJSON: incidentJSON, createdAt: now,
            updatedAt: now)
    }
}
