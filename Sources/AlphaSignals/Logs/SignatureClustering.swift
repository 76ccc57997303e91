/// Groups the scan's signatures with the template miner: the parallel scan masks variables token by token (fast, on
/// both cores); the miner then sees one example per distinct signature, category by category, and merges those that
/// are one event written with different words (user names, table names, enum values), giving each merged group the
/// miner's template and its id (FNV-1a of the template text, like every signature id).
///
/// Work is proportional to distinct signatures, not lines, so it adds nothing measurable to the log stage.
enum SignatureClustering {
    static func merge(_ signatures: [LogSignature], traces: inout [StackTrace]) -> [LogSignature] {
        // One miner per category: a timeout and a refused connection are different events however alike their words.
        var byCategory: [ErrorCategory: [Int]] = [:]
        for (i, s) in signatures.enumerated() { byCategory[s.category ?? .other, default: []].append(i) }

        var merged: [LogSignature] = []
        var renamed: [String: String] = [:]
        for category in ErrorCategory.allCases {
            guard let members = byCategory[category] else { continue }
            var miner = TemplateMiner()
            let clusters = members.map { i -> Int in
                var message = Self.message(of: signatures[i])
                return message.withUTF8 { miner.addMessage($0) }
            }
            let report = miner.report()
            var groups: [Int: [Int]] = [:]  // template index → member signature indices, in input order
            var order: [Int] = []
            for (i, cluster) in zip(members, clusters) {
                let key = report.templateIndex(ofCluster: cluster) ?? -1 - i
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(i)
            }
            for key in order {
                guard let group = groups[key], let first = group.first else { continue }
                // A signature the miner merges with nothing keeps the scan's template (status codes, exception types).
                guard group.count > 1, report.templates.indices.contains(key) else {
                    merged.append(signatures[first])
                    continue
                }
                let mined = report.templates[key]
                var combined = group.dropFirst().reduce(signatures[first]) { combine($0, signatures[$1]) }
                combined.id = mined.id.description
                combined.template = mined.template
                for i in group { renamed[signatures[i].id] = combined.id }
                merged.append(combined)
            }
        }
        for i in traces.indices {
            if let old = traces[i].signatureId, let new = renamed[old] { traces[i].signatureId = new }
        }
        return merged
    }

    /// The message the miner sees: the example without a trace's appended lines.
    static func message(of signature: LogSignature) -> String {
        let firstLine = signature.example.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(firstLine)
    }

    /// Two signatures of one event: counts add, times widen, the more frequent one's example and category stay.
    static func combine(_ a: LogSignature, _ b: LogSignature) -> LogSignature {
        var c = a
        let bLeads = b.count > a.count
        c.countBefore = a.countBefore + b.countBefore
        c.countAfter = a.countAfter + b.countAfter
        c.firstSeen = [a.firstSeen, b.firstSeen].compactMap { $0 }.min()
        c.lastSeen = [a.lastSeen, b.lastSeen].compactMap { $0 }.max()
        c.firstIndex = min(a.firstIndex, b.firstIndex)
        c.level = max(a.level, b.level)
        if bLeads {
            c.example = b.example
            c.category = b.category ?? a.category
        }
        c.isNew = a.isNew && b.isNew
        c.hosts = unique(bLeads ? b.hosts + a.hosts : a.hosts + b.hosts)
        c.services = unique(bLeads ? b.services + a.services : a.services + b.services)
        return c
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
