import AlphaSignals

/// Folds the per-cluster facts of one phase into one row per reported template.
enum TemplateSummary {
    static func rows(session: MiningSession, report: MiningReport, phase: MiningSession.Phase) -> [MineRow] {
        var rows: [MineRow?] = Array(repeating: nil, count: report.templates.count)
        let facts = session.facts[phase.rawValue]
        for (cluster, fact) in facts.enumerated() where fact.count > 0 {
            guard let index = report.templateIndex(ofCluster: cluster) else { continue }
            let template = report.templates[index]
            if var row = rows[index] {
                row.count += fact.count
                if fact.firstLine < row.firstLine {
                    row.firstLine = fact.firstLine
                    row.example = String(decoding: fact.example, as: UTF8.self)
                }
                row.lastLine = max(row.lastLine, fact.lastLine)
                row.firstSeen = minimum(row.firstSeen, fact.firstTime)
                row.lastSeen = maximum(row.lastSeen, fact.lastTime)
                rows[index] = row
            } else {
                rows[index] = MineRow(
                    id: template.id, template: template.template, count: fact.count, firstLine: fact.firstLine,
                    lastLine: fact.lastLine, firstSeen: fact.firstTime, lastSeen: fact.lastTime,
                    example: String(decoding: fact.example, as: UTF8.self))
            }
        }
        return rows.compactMap { $0 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.firstLine < $1.firstLine }
    }

    static func minimum(_ a: Double?, _ b: Double?) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func maximum(_ a: Double?, _ b: Double?) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
