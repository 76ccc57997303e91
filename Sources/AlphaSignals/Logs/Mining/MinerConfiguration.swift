/// The miner's knobs. One configuration serves every log format; the defaults are what the Loghub table in
/// `docs/log-mining.md` was measured with.
public struct MinerConfiguration: Sendable, Hashable {
    /// Share of positions (0...1) that must agree for a new message to join an existing cluster of the same length.
    public var similarityThreshold: Double
    /// Tokens read per message; a longer message's tail reads as one `<*>` (bounds work and memory on 1 MB lines).
    public var maxTokens: Int
    /// Clusters kept at most; once reached, a new message joins its closest same-length cluster (or a catch-all).
    public var maxClusters: Int
    /// Distinct masked-token signatures remembered on the fast path; the memo is cleared when it fills.
    public var signatureCacheCapacity: Int
    /// Bytes kept of each cluster's example message.
    public var exampleBytes: Int
    /// Whether `addLine` strips a header (timestamp, level, pid, component) with `HeaderSplitter` first.
    public var splitsHeaders: Bool

    /// The defaults.
    public init(
        similarityThreshold: Double = 1.0,
        maxTokens: Int = 128,
        maxClusters: Int = 50_000,
        signatureCacheCapacity: Int = 1 << 17,
        exampleBytes: Int = 512,
        splitsHeaders: Bool = true
    ) {
        self.similarityThreshold = similarityThreshold
        self.maxTokens = max(2, maxTokens)
        self.maxClusters = max(1, maxClusters)
        self.signatureCacheCapacity = max(16, signatureCacheCapacity)
        self.exampleBytes = max(0, exampleBytes)
        self.splitsHeaders = splitsHeaders
    }
}
