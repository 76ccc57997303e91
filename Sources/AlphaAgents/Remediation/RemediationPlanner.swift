import AlphaCore
import AlphaSignals

/// Writes a concrete, reviewable fix for a hypothesis: a revert of the culprit hunk, the previous config value, an
/// index migration. Every remediation requires a human's approval; nothing here runs it.
struct RemediationPlanner: Sendable {
    var incident: Incident
    var signals: IncidentSignals

    func remediation(for hypothesis: Hypothesis) -> Remediation {
        let label = hypothesis.label
        let culprit = hypothesis.culprit
        var patches: [String] = []
        var steps: [String] = []

        if label == .dbMissingIndex, let migration = indexMigration(culprit: culprit) {
            patches.append(migration.patch)
            steps.append("Add index \(migration.name) (built concurrently, no table lock)")
        }
        if let key = culprit?.configKey, let change = signals.config.changes.first(where: { $0.key == key }) {
            patches.append(ConfigPatch.restore(change))
            steps.append("Restore \(key) to \(change.before?.scalarText ?? "its previous state")")
        } else if let sha = culprit?.commit, let file = culprit?.file, let revert = revertPatch(sha: sha, file: file, label: label) {
            patches.append(revert)
            steps.append("Revert the change to \(file) from \(sha.prefix(7))")
        }
        if label == .trafficSpike, let scale = scaleOut() {
            patches.append(scale.patch)
            steps.append("Scale \(scale.key) from \(scale.from) to \(scale.to)")
        }
        if label == .memoryLeak { steps.append("Restart the affected instances to recover memory") }
        if let dependency = culprit?.dependency, LabelCatalog.dependencyLabels.contains(label) {
            steps.append("Check \(dependency) (status, connectivity, quota)")
        }
        steps.append(LabelCatalog.action(label))
        return Remediation(
            summary: steps.joined(separator: ". ").replacing("..", with: "."), patch: patches.isEmpty ? nil : patches.joined(separator: "\n"))
    }

    /// The hunk of `file` in commit `sha` that a finding for this label points at, reversed.
    func revertPatch(sha: String, file: String, label: CauseLabel) -> String? {
        guard let commit = incident.commits.first(where: { $0.sha == sha }) else { return nil }
        let files = DiffSource.files(of: commit)
        guard let diffFile = files.first(where: { $0.path == file }) else { return nil }
        let headers = Set(signals.commits.findings.filter { $0.sha == sha && $0.file == file }.map(\.hunk))
        let hunks = diffFile.hunks.filter { headers.contains($0.header) }
        let chosen = hunks.isEmpty ? diffFile.hunks : hunks
        guard !chosen.isEmpty else { return nil }
        return RevertPatch.render(file: file, hunks: chosen)
    }

    /// An index migration for the columns the culprit query filters on.
    func indexMigration(culprit: Culprit?) -> (name: String, patch: String)? {
        let findings = signals.commits.findings.filter {
            ($0.kind == .queryChanged || $0.kind == .indexDropped || $0.kind == .rawSQLAdded) && (culprit?.commit == nil || $0.sha == culprit?.commit)
        }
        guard let finding = findings.first(where: { !$0.names.isEmpty }) else { return nil }
        return IndexMigration.make(names: finding.names, fileHint: finding.file)
    }

    /// Doubles a replica / worker count found in the current config.
    func scaleOut() -> (key: String, from: String, to: String, patch: String)? {
        let keys = ["replicas", "replicacount", "workers", "web_concurrency", "min_replicas", "instances"]
        for (key, value) in signals.config.current.sorted(by: { $0.key < $1.key }) {
            let last = key.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard keys.contains(last), let n = value.numberValue ?? value.stringValue.flatMap(Double.init), n >= 1, n < 10_000 else { continue }
            let from = String(Int(n))
            let to = String(Int(n) * 2)
            return (key, from, to, "--- config (current)\n+++ config (proposed)\n@@ \(key) @@\n-\(key): \(from)\n+\(key): \(to)\n")
        }
        return nil
    }
}
