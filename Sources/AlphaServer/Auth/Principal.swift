public import AlphaStore

/// Who is calling: the tenant and role of the API token that authenticated the request.
public struct Principal: Sendable, Hashable {
    /// The tenant every read and write of this request is scoped to.
    public var tenantID: String
    /// The token's id, recorded as the actor of audit and timeline entries.
    public var tokenID: String
    /// What the token may do.
    public var role: TokenRole

    /// A principal.
    public init(tenantID: String, tokenID: String, role: TokenRole) {
        self.tenantID = tenantID
        self.tokenID = tokenID
        self.role = role
    }

    /// The actor string written to the audit log: `token:<id>`.
    public var actor: String { "token:\(tokenID)" }
}
