import AlphaStore

/// What the route handlers share: the store and the server's live parts.
struct RouteDependencies: Sendable {
    let store: any Store
    let events: EventBus
    let metrics: ServerMetrics
    let waker: JobWaker
    let authenticator: TokenAuthenticator
    let bodies: BodyReader
    let reports: ReportCache

    /// The incident of the caller's tenant and when it was analysed, or 404 (another tenant's id answers the same).
    @discardableResult
    func requireIncident(_ principal: Principal, _ id: String) async throws -> (incident: IncidentSummary, analyzedAt: StoreTime?) {
        guard let found = try await store.incidentSummary(tenantID: principal.tenantID, id: id) else {
            throw Problem.notFound("incident '\(id)' not found")
        }
        return found
    }

    /// The report saved at `analyzedAt`: from the cache when it holds that one, else from the store (and then cached).
    func report(_ principal: Principal, _ id: String, analyzedAt: StoreTime) async throws -> [UInt8]? {
        if let cached = reports.report(tenantID: principal.tenantID, incidentID: id, analyzedAt: analyzedAt) { return cached }
        guard let analysis = try await store.analysis(tenantID: principal.tenantID, incidentID: id) else { return nil }
        reports.store(analysis)
        return analysis.reportJSON
    }
}
