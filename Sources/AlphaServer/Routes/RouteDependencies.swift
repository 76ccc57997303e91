import AlphaStore

/// What the route handlers share: the store and the server's live parts.
struct RouteDependencies: Sendable {
    let store: any Store
    let events: EventBus
    let metrics: ServerMetrics
    let waker: JobWaker
    let authenticator: TokenAuthenticator
    let bodies: BodyReader

    /// The incident of the caller's tenant, or 404 (another tenant's id answers the same).
    @discardableResult
    func requireIncident(_ principal: Principal, _ id: String) async throws -> IncidentRecord {
        guard let record = try await store.incident(tenantID: principal.tenantID, id: id) else {
            throw Problem.notFound("incident '\(id)' not found")
        }
        return record
    }
}
