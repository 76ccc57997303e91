/// Report time: merge sibling clusters whose differences look like variables, then render the final templates.
extension TemplateMiner {
    /// The templates mined so far. Cheap relative to mining (work proportional to the number of clusters);
    /// the miner can keep mining afterwards.
    public func report() -> MiningReport {
        let groups = mergedGroups()
        var templateOfCluster = Array(repeating: 0, count: clusters.count)
        var templates: [MinedTemplate] = []
        templates.reserveCapacity(groups.count)
        for (members, tokens) in groups.sorted(by: { clusters[$0.members[0]].firstOrdinal < clusters[$1.members[0]].firstOrdinal }) {
            var count = 0
            var first = Int.max
            var last = 0
            var exampleCluster = members[0]
            for member in members {
                let cluster = clusters[member]
                count += cluster.count
                if cluster.firstOrdinal < first {
                    first = cluster.firstOrdinal
                    exampleCluster = member
                }
                last = max(last, cluster.lastOrdinal)
                templateOfCluster[member] = templates.count
            }
            let text = templateText(of: tokens)
            templates.append(
                MinedTemplate(
                    id: TemplateID(templateText: text), template: text, count: count, firstOrdinal: first, lastOrdinal: last,
                    example: String(decoding: clusters[exampleCluster].example, as: UTF8.self)))
        }
        return MiningReport(templates: templates, templateOfCluster: templateOfCluster)
    }
}
