/// The last link of a tenant's audit chain, kept beside the tenant so that deleting the newest rows is detected too.
public struct AuditHead: Hashable, Sendable, Codable {
    /// Sequence of the newest entry (0 when the log is empty).
    public var sequence: Int64
    /// Hash of the newest entry (`AuditChain.genesisHash` when empty).
    public var hash: String

    /// A head.
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The head of an empty log.
    public static let empty = AuditHead(sequence: 0, hash: AuditChain.genesisHash)
}
