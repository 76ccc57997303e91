/// The miner's knobs. One configuration serves every log format; the defaults are what the Loghub table in
/// `docs/log-mining.md` was measured with.
public struct MinerConfiguration: Sendable, Hashable {
    /// Share (0...1) of a cluster's literal positions a new message of the same length must match to join it. The
    /// default 1 means a literal word never becomes `<*>` online by similarity alone; word variables are found by
    /// `siblingVariableThreshold` and by the report-time sibling merge instead.
    public var similarityThreshold: Double
    /// Tokens read per message; a longer message's tail reads as one `<*>` (bounds work and memory on 1 MB lines).
    public var maxTokens: Int
    /// Clusters kept at most; once reached, a new message joins its closest same-length cluster (or a catch-all).
    public var maxClusters: Int
    /// Distinct masked-token signatures remembered on the fast path; the memo is cleared when it fills.
    public var signatureCacheCapacity: Int
    /// Clusters that may differ from each other in one word position before that position becomes `<*>` online.
    public var siblingVariableThreshold: Int
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
        siblingVariableThreshold: Int = 16,
        exampleBytes: Int = 512,
        splitsHeaders: Bool = true
    ) {
        self.similarityThreshold = similarityThreshold
        self.maxTokens = max(2, maxTokens)
        self.maxClusters = max(1, maxClusters)
        self.signatureCacheCapacity = max(16, signatureCacheCapacity)
        self.siblingVariableThreshold = max(2, siblingVariableThreshold)
        self.exampleBytes = max(0, exampleBytes)
        self.splitsHeaders = splitsHeaders
    }
}
