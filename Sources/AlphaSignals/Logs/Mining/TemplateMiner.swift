/// An online, single-pass log template miner with bounded memory.
///
/// Feed it lines (or messages already split from their header) one at a time; each is assigned to a cluster whose
/// template is the message with its variable parts written `<*>`. See `docs/log-mining.md` for the algorithm:
/// token-class masking, a fast path that remembers masked signatures, a length-keyed parse tree with a
/// similarity threshold for new signatures, and a report-time pass that merges sibling clusters when one
/// position behaves like a variable (many distinct values).
///
/// Ids: a cluster's template can still generalise after its first message, so the id returned by `add` is the id of
/// the template at that moment. The final ids are those of `report()`; callers that need one id per line (like
/// `alpha-sre logs mine --per-line`) keep the cluster index `addLine`/`addMessage` return and map it through
/// `MiningReport.templateIndex(ofCluster:)` at the end.
///
/// Thread safety: a value type with no shared state; it is `Sendable`, and each copy must be mutated from one
/// task at a time (use one miner per task and mine sequentially, or guard it with an actor).
public struct TemplateMiner: Sendable {
    /// The configuration this miner was built with.
    public let configuration: MinerConfiguration
    var clusters: [MinerCluster] = []
    /// Fast path: masked signature hash → cluster index.
    var signatureCache: SignatureMemo
    /// Parse tree level 1: token count → clusters of that length.
    var clustersByLength: [Int: [Int32]] = [:]
    /// Text of every token id used by a template.
    var tokenText: [UInt64: [UInt8]] = [TokenHash.variableToken: Array("<*>".utf8)]
    /// Clusters created per "template minus one position" (see `crowdedSibling`).
    var siblingSlots: [UInt64: SiblingSlot] = [:]
    /// Catch-all cluster used once `maxClusters` is reached and nothing of the same length exists.
    var overflowCluster: Int32?
    /// Messages added so far.
    public private(set) var messageCount = 0

    /// A miner with the given configuration (the defaults serve every format).
    public init(configuration: MinerConfiguration = MinerConfiguration()) {
        self.configuration = configuration
        signatureCache = SignatureMemo(capacity: configuration.signatureCacheCapacity)
    }

    /// Number of clusters of the online pass (before the report-time merge).
    public var clusterCount: Int { clusters.count }

    /// Adds a raw log line (its header is split off first when `splitsHeaders` is on) and returns the current id of
    /// its template. Invalid UTF-8 is fine: the miner works on bytes and renders with replacement characters.
    @discardableResult
    public mutating func add(_ line: some StringProtocol) -> TemplateID {
        var text = String(line)
        let index = text.withUTF8 { addLine($0) }
        return clusters[index].id
    }

    /// Adds a raw log line given as bytes (no line terminator; a trailing CR is ignored) and returns its cluster
    /// index (stable for the life of this miner).
    public mutating func addLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let start = configuration.splitsHeaders ? HeaderSplitter.messageStart(in: bytes) : 0
        return addMessage(bytes, from: start)
    }

    /// Adds a message already split from its header (e.g. the `message` field of a structured log) and returns its
    /// cluster index.
    public mutating func addMessage(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        addMessage(bytes, from: 0)
    }

    /// Adds a message already split from its header and returns the current id of its template.
    @discardableResult
    public mutating func addMessage(_ message: some StringProtocol) -> TemplateID {
        var text = String(message)
        let index = text.withUTF8 { addMessage($0, from: 0) }
        return clusters[index].id
    }

    /// The current template id of a cluster index returned by `addLine`/`addMessage` (nil if out of range).
    public func currentTemplateID(ofCluster index: Int) -> TemplateID? {
        clusters.indices.contains(index) ? clusters[index].id : nil
    }

    /// Adds a raw line whose message starts at byte `start` (e.g. as found by `HeaderSplitter.messageStart(in:)`,
    /// when the caller needs the split too) and returns its cluster index.
    public mutating func addMessage(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let start = min(max(0, start), bytes.count)
        messageCount += 1
        var end = bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let message = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let signature = MessageTokenizer.signature(message, from: 0, maxTokens: configuration.maxTokens)
        if let hit = signatureCache.find(signature.hash) {
            let index = Int(hit)
            clusters[index].count += 1
            clusters[index].lastOrdinal = messageCount
            return index
        }
        let index = assignNewSignature(message)
        signatureCache.insert(signature.hash, Int32(truncatingIfNeeded: index))
        return index
    }
}
