/// The position after the last incident of a page: its created time and id (the sort key).
public struct IncidentCursor: Hashable, Sendable {
    /// Created time of the last incident returned.
    public var createdAt: StoreTime
    /// Id of the last incident returned.
    public var id: String

    /// A cursor at an incident.
    public init(createdAt: StoreTime, id: String) {
        self.createdAt = createdAt
        self.id = id
    }

    /// The cursor after `incident`.
    public init(after incident: IncidentSummary) {
        self.init(createdAt: incident.createdAt, id: incident.id)
    }

    /// The opaque text form for APIs: `<microseconds>.<id>`.
    public var encoded: String { "\(createdAt.microseconds).\(id)" }

    /// Parses `encoded`; throws `StoreError.invalidCursor` on anything else.
    public init(encoded: String) throws(StoreError) {
        guard let dot = encoded.firstIndex(of: "."),
            let micros = Int64(encoded[..<dot]),
            case let id = String(encoded[encoded.index(after: dot)...]),
            !id.isEmpty
        else {
            throw .invalidCursor(encoded)
        }
        self.init(createdAt: StoreTime(microseconds: micros), id: id)
    }

    /// Whether `incident` sorts after this cursor in newest-first order (engines without SQL use this).
    public func precedes(_ incident: IncidentSummary) -> Bool {
        incident.createdAt < createdAt || (incident.createdAt == createdAt && incident.id < id)
    }
}
