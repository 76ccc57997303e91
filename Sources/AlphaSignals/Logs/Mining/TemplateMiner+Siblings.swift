/// Report-time merge of sibling clusters: clusters of one length whose templates differ in exactly one position.
///
/// The online pass never turns a literal word into `<*>` (most differing words mark different events: `VM Paused`
/// and `VM Resumed`). Looking at all clusters at once shows which differences are variables after all:
/// - the slot holds `<*>` in one sibling (a number or path there), so the literals other siblings have there are
///   values of that variable too (`rhost=<*>` and `rhost=zummit.com`);
/// - or a sibling holds a variable after the same key there (`rhost=<*>`), so `rhost=localhost` is a value too.
/// Siblings that differ only in plain words stay apart (`VM Paused` / `VM Resumed`, `user=root` / `user=guest`).
extension TemplateMiner {
    /// Groups of cluster indices reported as one template, each with its merged template tokens.
    func mergedGroups() -> [(members: [Int], tokens: [UInt64])] {
        var parent = Array(clusters.indices)
        var tokensOfRoot: [Int: [UInt64]] = [:]
        for (index, cluster) in clusters.enumerated() {
            tokensOfRoot[index] = cluster.tokens
        }
        func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root {
                let next = parent[node]
                parent[node] = root
                node = next
            }
            return root
        }
        var byLength: [Int: [Int]] = [:]
        for (index, cluster) in clusters.enumerated() where Int32(index) != overflowCluster {
            byLength[cluster.tokens.count, default: []].append(index)
        }
        for (length, members) in byLength where members.count > 1 && length > 1 {
            for _ in 0..<3 {
                var merged = false
                var roots = Array(Set(members.map(find))).sorted()
                // Prefix and suffix hashes per root make "the template without position p" an O(1) key.
                var hashes: [Int: PartialHashes] = [:]
                for root in roots { if let tokens = tokensOfRoot[root] { hashes[root] = PartialHashes(tokens) } }
                for position in 0..<length {
                    var siblings: [UInt64: [Int]] = [:]
                    for root in roots {
                        guard let partial = hashes[root] else { continue }
                        siblings[partial.key(without: position), default: []].append(root)
                    }
                    var mergedHere = false
                    for (_, group) in siblings where group.count > 1 {
                        let values = group.compactMap { tokensOfRoot[$0]?[position] }
                        guard let slotToken = SiblingPolicy.variableSlotToken(values: values, texts: tokenText) else { continue }
                        let target = group[0]
                        for other in group.dropFirst() {
                            parent[other] = target
                            tokensOfRoot[other] = nil
                            hashes[other] = nil
                        }
                        tokensOfRoot[target]?[position] = slotToken
                        if let tokens = tokensOfRoot[target] { hashes[target] = PartialHashes(tokens) }
                        mergedHere = true
                    }
                    if mergedHere {
                        merged = true
                        roots = roots.filter { tokensOfRoot[$0] != nil }
                    }
                }
                if !merged { break }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in clusters.indices { groups[find(index), default: []].append(index) }
        return groups.map { root, members in (members.sorted(), tokensOfRoot[root] ?? clusters[root].tokens) }
    }
}

/// Hashes of every prefix and suffix of a template, so the key of "the template without position p" is O(1).
struct PartialHashes {
    /// `prefix[k]`: hash of tokens `0..<k`; `suffix[k]`: hash of tokens `k...` (both arrays have count + 1 entries).
    private var prefix: [UInt64]
    private var suffix: [UInt64]

    init(_ tokens: [UInt64]) {
        prefix = [TokenHash.seed]
        prefix.reserveCapacity(tokens.count + 1)
        for token in tokens { prefix.append(TokenHash.combine(prefix[prefix.count - 1], token)) }
        suffix = Array(repeating: TokenHash.seed, count: tokens.count + 1)
        for k in stride(from: tokens.count - 1, through: 0, by: -1) { suffix[k] = TokenHash.combine(suffix[k + 1], tokens[k]) }
    }

    /// Key of the template with `position` left out (the position is part of the key).
    func key(without position: Int) -> UInt64 {
        guard position + 1 < prefix.count else { return 0 }
        return TokenHash.combine(TokenHash.combine(prefix[position], UInt64(position) &+ 0x51ed), suffix[position + 1])
    }
}

/// When one position of sibling templates is a variable.
enum SiblingPolicy {
    /// The token the merged slot gets, or nil to keep the siblings apart.
    ///
    /// - A pure `<*>` among the values: the slot is `<*>`.
    /// - A value with a variable part (`rhost=<*>`) and every value sharing its key (the bytes up to the first `=` or
    ///   `:`): the slot is that value (`rhost=localhost` joins `rhost=<*>`).
    static func variableSlotToken(values: [UInt64], texts: [UInt64: [UInt8]]) -> UInt64? {
        if values.contains(TokenHash.variableToken) { return TokenHash.variableToken }
        let variable = Array("<*>".utf8)
        guard let bearing = values.first(where: { value in texts[value].map { contains($0, variable) } ?? false }),
            let bearingText = texts[bearing], let key = key(of: bearingText)
        else { return nil }
        for value in values {
            guard let text = texts[value], text.count > key.count, Array(text[0..<key.count]) == key else { return nil }
        }
        return bearing
    }

    /// `rhost=` of `rhost=<*>`: the bytes up to and including the first `=` or `:` (nil if none, or nothing before).
    static func key(of text: [UInt8]) -> [UInt8]? {
        guard let end = text.firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }), end > 0 else { return nil }
        let key = Array(text[0...end])
        return key.contains(UInt8(ascii: "<")) ? nil : key
    }

    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        guard text.count >= needle.count else { return false }
        for start in 0...(text.count - needle.count) where Array(text[start..<(start + needle.count)]) == needle { return true }
        return false
    }
}
