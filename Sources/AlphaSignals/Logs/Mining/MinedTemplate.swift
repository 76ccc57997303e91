/// One template of a mining report.
public struct MinedTemplate: Sendable, Hashable, Codable {
    /// Stable id: hash of `template`.
    public var id: TemplateID
    /// The template text, variables written `<*>`.
    public var template: String
    /// Messages it covers.
    public var count: Int
    /// Ordinal (1-based, in `add` order) of its first and last message.
    public var firstOrdinal: Int
    public var lastOrdinal: Int
    /// One example message (the first, truncated to `MinerConfiguration.exampleBytes`; invalid UTF-8 replaced).
    public var example: String

    /// Builds a template record.
    public init(id: TemplateID, template: String, count: Int, firstOrdinal: Int, lastOrdinal: Int, example: String) {
        self.id = id
        self.template = template
        self.count = count
        self.firstOrdinal = firstOrdinal
        self.lastOrdinal = lastOrdinal
        self.example = example
    }
}
