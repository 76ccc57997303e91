/// Report-time merge of sibling clusters: clusters of one length whose templates differ in exactly one position.
///
/// The online pass never turns a literal word into `<*>` (most differing words mark different events: `VM Paused`
/// and `VM Resumed`). Looking at all clusters at once shows which differences are variables after all:
/// - the slot holds `<*>` in one sibling (a number or path there), so the literals other siblings have there are
///   values of that variable too (`rhost=<*>` and `rhost=zummit.com`);
/// - the slot takes many distinct values (`SiblingPolicy.minimumDistinctValues`), each rare relative to the group
///   (Brain's frequency idea: constants repeat, variables scatter).
extension TemplateMiner {
    func mergedGroups() -> [[Int]] {
        var parent = Array(clusters.indices)
        var tokensOfRoot: [Int: [UInt64]] = [:]
        var countOfRoot: [Int: Int] = [:]
        for (index, cluster) in clusters.enumerated() {
            tokensOfRoot[index] = cluster.tokens
            countOfRoot[index] = cluster.count
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
                for position in 0..<length {
                    let roots = Array(Set(members.map(find))).sorted()
                    var siblings: [UInt64: [Int]] = [:]
                    for root in roots {
                        guard let tokens = tokensOfRoot[root] else { continue }
                        var key = TokenHash.seed
                        for (k, token) in tokens.enumerated() where k != position { key = TokenHash.combine(key, token) }
                        siblings[key, default: []].append(root)
                    }
                    for (_, group) in siblings where group.count > 1 {
                        let values = group.compactMap { tokensOfRoot[$0]?[position] }
                        let counts = group.map { countOfRoot[$0] ?? 0 }
                        guard SiblingPolicy.isVariableSlot(values: values, counts: counts) else { continue }
                        let target = group[0]
                        for other in group.dropFirst() {
                            parent[other] = target
                            countOfRoot[target, default: 0] += countOfRoot[other] ?? 0
                            tokensOfRoot[other] = nil
                        }
                        tokensOfRoot[target]?[position] = TokenHash.variableToken
                        merged = true
                    }
                }
                if !merged { break }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in clusters.indices { groups[find(index), default: []].append(index) }
        return groups.values.map { $0.sorted() }
    }
}

/// When one position of sibling templates is a variable.
enum SiblingPolicy {
    /// Distinct literal values that make a slot a variable without a `<*>` sibling.
    static let minimumDistinctValues = 1000

    static func isVariableSlot(values: [UInt64], counts: [Int]) -> Bool {
        if values.contains(TokenHash.variableToken) { return true }
        let distinct = Set(values).count
        guard distinct >= minimumDistinctValues else { return false }
        return true
    }
}
