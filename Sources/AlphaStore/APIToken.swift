/// A stored API token. The secret itself is never stored: only its SHA-256 hash (`APITokenSecret`).
public struct APIToken: Hashable, Sendable, Codable {
    /// Store-generated identifier, safe to show and log.
    public var id: String
    /// The tenant the token acts for.
    public var tenantID: String
    /// A label for people ("ci", "alice").
    public var name: String
    /// What the token may do.
    public var role: TokenRole
    /// Lowercase hex SHA-256 of the secret.
    public var secretHash: String
    /// When the token was created.
    public var createdAt: StoreTime
    /// When it was revoked; a revoked token never authenticates.
    public var revokedAt: StoreTime?

    /// A token record.
    public init(
        id: String, tenantID: String, name: String, role: TokenRole, secretHash: String, createdAt: StoreTime,
        revokedAt: StoreTime?
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.role = role
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// Whether the token can still authenticate.
    public var isActive: Bool { revokedAt == nil }
}
