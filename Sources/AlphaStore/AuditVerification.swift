/// The outcome of `Store.verifyAudit`.
public struct AuditVerification: Hashable, Sendable, Codable {
    /// Whether the whole chain is intact.
    public var isValid: Bool
    /// How many entries were checked.
    public var checkedEntries: Int
    /// The first sequence number where the chain breaks, if it does.
    public var brokenAt: Int64?
    /// What is wrong, if anything ("entry 3 was modified", "entry 4 is missing", ...).
    public var problem: String?

    /// A verification result.
    public init(isValid: Bool, checkedEntries: Int, brokenAt: Int64?, problem: String?) {
        self.isValid = isValid
        self.checkedEntries = checkedEntries
        self.brokenAt = brokenAt
        self.problem = problem
    }
}
