/// One cluster of the online pass: the current template (token ids, `TokenHash.variableToken` for `<*>`) and counts.
struct MinerCluster: Sendable {
    /// Template token ids, one per message token.
    var tokens: [UInt64]
    /// Messages assigned.
    var count: Int
    /// Ordinal (1-based `add` call) of the first and last message.
    var firstOrdinal: Int
    var lastOrdinal: Int
    /// The first message, truncated to the configured example size.
    var example: [UInt8]
    /// Id of the current template text (updated whenever the template generalises).
    var id: TemplateID
}

/// The first cluster of a family of siblings that differ in one position, and how many there are.
struct SiblingSlot: Sendable {
    var first: Int32
    var count: Int32
}
