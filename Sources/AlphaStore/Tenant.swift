/// An organisation using the server; every other row belongs to exactly one tenant.
public struct Tenant: Hashable, Sendable, Codable {
    /// Store-generated identifier (32 hex characters).
    public var id: String
    /// Unique human name (`alpha-sre admin tenant create NAME`).
    public var name: String
    /// When the tenant was created.
    public var createdAt: StoreTime

    /// A tenant record.
    public init(id: String, name: String, createdAt: StoreTime) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
