/// One row of a tenant's append-only, hash-chained audit log.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// The owning tenant.
    public var tenantID: String
    /// Position in the tenant's chain: 1, 2, 3, ... without gaps.
    public var sequence: Int64
    /// When it was recorded.
    public var at: StoreTime
    /// Who did it (token id, "cli", "system").
    public var actor: String
    /// What was done ("incident.transition", "token.create", "remediation.approve", ...).
    public var action: String
    /// The state before (JSON text or a short description), nil for creations.
    public var before: String?
    /// The state after, nil for deletions.
    public var after: String?
    /// `hash` of the previous entry (64 zeros for the first).
    public var previousHash: String
    /// SHA-256 of the previous hash and this entry's canonical content (`AuditChain.hash`).
    public var hash: String

    /// An audit entry.
    public init(
        tenantID: String, sequence: Int64, at: StoreTime, actor: String, action: String, before: String?, after: String?,
        previousHash: String, hash: String
    ) {
        self.tenantID = tenantID
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.action = action
        self.before = before
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }
}
