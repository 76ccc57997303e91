import AlphaSignals

/// `--show SYSTEM`: the groups that cost accuracy, to study the miner's mistakes.
enum AccuracyDiagnostics {
    static func printErrors(predicted: [Int], report: MiningReport, truth: LoghubTruth) {
        var truthOfGroup: [Int: Set<String>] = [:]
        var groupsOfTruth: [String: Set<Int>] = [:]
        for (p, t) in zip(predicted, truth.eventIDs) {
            truthOfGroup[p, default: []].insert(t)
            groupsOfTruth[t, default: []].insert(p)
        }
        var templateOfEvent: [String: String] = [:]
        var countOfEvent: [String: Int] = [:]
        for (t, text) in zip(truth.eventIDs, truth.templates) {
            templateOfEvent[t] = text
            countOfEvent[t, default: 0] += 1
        }
        print("\n-- over-merged (one mined template, several true ones):")
        for (group, events) in truthOfGroup.sorted(by: { $0.key < $1.key }) where events.count > 1 {
            print("  mined: \(report.templates[group].template)   [\(report.templates[group].count)]")
            for event in events.sorted() { print("     true \(event) [\(countOfEvent[event] ?? 0)]: \(templateOfEvent[event] ?? "")") }
        }
        print("\n-- split (one true template, several mined ones):")
        for (event, groups) in groupsOfTruth.sorted(by: { $0.key < $1.key }) where groups.count > 1 {
            print("  true \(event) [\(countOfEvent[event] ?? 0)]: \(templateOfEvent[event] ?? "")")
            for group in groups.sorted() { print("     mined [\(report.templates[group].count)]: \(report.templates[group].template)") }
        }
    }
}
