/// A page request for `Store.listIncidents`: newest first (created time, then id, both descending).
public struct IncidentQuery: Hashable, Sendable {
    /// Only incidents in this status.
    public var status: IncidentStatus?
    /// Only incidents of this service.
    public var service: String?
    /// Continue after this cursor (from the previous page's `nextCursor`).
    public var cursor: IncidentCursor?
    /// Page size, clamped to 1...500.
    public var limit: Int

    /// A query; all filters optional.
    public init(status: IncidentStatus? = nil, service: String? = nil, cursor: IncidentCursor? = nil, limit: Int = 50) {
        self.status = status
        self.service = service
        self.cursor = cursor
        self.limit = limit
    }

    /// `limit` clamped to what engines accept.
    public var clampedLimit: Int { min(max(limit, 1), 500) }
}
