import AlphaStore

extension Store {
    /// The tenant named `name`, or `AdminFailure.unknownTenant`.
    func requireTenant(named name: String) async throws -> Tenant {
        guard let tenant = try await tenant(named: name) else { throw AdminFailure.unknownTenant(name) }
        return tenant
    }
}
