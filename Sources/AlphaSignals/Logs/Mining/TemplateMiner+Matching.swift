/// The cold path: a message whose masked signature was never seen joins the most similar cluster of the same length
/// (generalising the positions that differ to `<*>`) or starts a new one.
extension TemplateMiner {
    mutating func assignNewSignature(_ message: UnsafeBufferPointer<UInt8>) -> Int {
        let texts = MessageTokenizer.tokens(message, from: 0, maxTokens: configuration.maxTokens)
        var tokens: [UInt64] = []
        var keptTexts: [[UInt8]] = []
        tokens.reserveCapacity(texts.count)
        keptTexts.reserveCapacity(texts.count)
        for text in texts {
            let id = TokenHash.hash(text)
            // A run of variables is one variable: lists of ids or numbers vary in length between lines.
            if id == TokenHash.variableToken, tokens.last == TokenHash.variableToken { continue }
            tokens.append(id)
            keptTexts.append(text)
        }
        let candidates = clustersByLength[tokens.count] ?? []
        if let (best, similarity) = mostSimilar(tokens, among: candidates),
            similarity >= configuration.similarityThreshold || clusters.count >= configuration.maxClusters
        {
            join(cluster: best, tokens: tokens)
            return best
        }
        if clusters.count >= configuration.maxClusters {
            return joinOverflow(message)
        }
        if let (sibling, position) = crowdedSibling(of: tokens) {
            clusters[sibling].tokens[position] = TokenHash.variableToken
            join(cluster: sibling, tokens: tokens)
            clusters[sibling].id = templateID(of: clusters[sibling].tokens)
            return sibling
        }
        // Only tokens of a new template need their text: joins never add a literal, so the text table grows with
        // clusters, not with the values of word variables.
        for (id, text) in zip(tokens, keptTexts) where tokenText[id] == nil { tokenText[id] = text }
        let index = clusters.count
        let example = Array(message.prefix(configuration.exampleBytes))
        clusters.append(
            MinerCluster(
                tokens: tokens, count: 1, firstOrdinal: messageCount, lastOrdinal: messageCount, example: example,
                id: templateID(of: tokens)))
        clustersByLength[tokens.count, default: []].append(Int32(truncatingIfNeeded: index))
        return index
    }

    /// A word slot with many values is a variable after all (user names, host names without dots): when the
    /// `siblingVariableThreshold`-th cluster differing from others in one position only would be created, the
    /// first of those siblings takes `<*>` there instead. Keeps high-cardinality word variables from creating a
    /// cluster per value (the report-time merge then folds the earlier siblings in).
    mutating func crowdedSibling(of tokens: [UInt64]) -> (Int, Int)? {
        guard tokens.count > 1 else { return nil }
        let newIndex = Int32(truncatingIfNeeded: clusters.count)
        if siblingSlots.count >= Self.siblingSlotCapacity { siblingSlots.removeAll(keepingCapacity: true) }
        for position in 0..<min(tokens.count, Self.siblingPositions) where tokens[position] != TokenHash.variableToken {
            var key = TokenHash.combine(TokenHash.seed, UInt64(position))
            for (k, token) in tokens.enumerated() where k != position { key = TokenHash.combine(key, token) }
            if let slot = siblingSlots[key] {
                if Int(slot.count) + 1 >= configuration.siblingVariableThreshold, clusters.indices.contains(Int(slot.first)) {
                    return (Int(slot.first), position)
                }
                siblingSlots[key] = SiblingSlot(first: slot.first, count: slot.count + 1)
            } else {
                siblingSlots[key] = SiblingSlot(first: newIndex, count: 1)
            }
        }
        return nil
    }

    /// Positions watched for crowded siblings, and how many slots are remembered before the memo is cleared.
    static let siblingPositions = 32
    static let siblingSlotCapacity = 1 << 18

    /// The candidate with the highest share of agreeing literal positions. Positions where the cluster already has
    /// `<*>` are established variables and do not count; a literal facing a different literal or a variable disagrees.
    func mostSimilar(_ tokens: [UInt64], among candidates: [Int32]) -> (Int, Double)? {
        var best: Int?
        var bestScore = -1.0
        for candidate in candidates {
            let cluster = clusters[Int(candidate)]
            var agree = 0
            var compared = 0
            for (a, b) in zip(cluster.tokens, tokens) where a != TokenHash.variableToken {
                compared += 1
                if a == b { agree += 1 }
            }
            // An all-variable cluster only takes all-variable messages: it has no literal to agree with.
            let score = compared == 0 ? (tokens.allSatisfy { $0 == TokenHash.variableToken } ? 1.0 : 0.0) : Double(agree) / Double(compared)
            if score > bestScore {
                best = Int(candidate)
                bestScore = score
            }
        }
        return best.map { ($0, bestScore) }
    }

    mutating func join(cluster index: Int, tokens: [UInt64]) {
        var cluster = clusters[index]
        var changed = false
        for k in cluster.tokens.indices where k < tokens.count && cluster.tokens[k] != tokens[k] {
            if cluster.tokens[k] != TokenHash.variableToken {
                cluster.tokens[k] = TokenHash.variableToken
                changed = true
            }
        }
        cluster.count += 1
        cluster.lastOrdinal = messageCount
        if changed { cluster.id = templateID(of: cluster.tokens) }
        clusters[index] = cluster
    }

    mutating func joinOverflow(_ message: UnsafeBufferPointer<UInt8>) -> Int {
        if let overflow = overflowCluster {
            let index = Int(overflow)
            clusters[index].count += 1
            clusters[index].lastOrdinal = messageCount
            return index
        }
        let index = clusters.count
        let tokens = [TokenHash.variableToken]
        clusters.append(
            MinerCluster(
                tokens: tokens, count: 1, firstOrdinal: messageCount, lastOrdinal: messageCount,
                example: Array(message.prefix(configuration.exampleBytes)), id: templateID(of: tokens)))
        overflowCluster = Int32(truncatingIfNeeded: index)
        return index
    }

    /// The template text of a token sequence: tokens joined by one space.
    func templateText(of tokens: [UInt64]) -> String {
        var bytes: [UInt8] = []
        for (k, token) in tokens.enumerated() {
            if k > 0 { bytes.append(0x20) }
            bytes.append(contentsOf: tokenText[token] ?? Array("<*>".utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func templateID(of tokens: [UInt64]) -> TemplateID {
        TemplateID(templateText: templateText(of: tokens))
    }
}
