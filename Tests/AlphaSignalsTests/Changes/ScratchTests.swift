import AlphaCore
import AlphaSignals
import Foundation
import Testing

@Test func scratchRealDiff() throws {
    let path = ProcessInfo.processInfo.environment["SCRATCH_DIFF"] ?? "/tmp/py.diff"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let p0 = Date()
    let parsed = UnifiedDiffParser.parse(text)
    print("SCRATCH parse \(Date().timeIntervalSince(p0)) files \(parsed.count)")
    let start = Date()
    let signals = CommitAnalyzer().analyze([Commit(sha: "x", diff: text)])
    let elapsed = Date().timeIntervalSince(start)
    print("SCRATCH files=\(signals.commits.first?.files.count ?? 0) +\(signals.commits.first?.additions ?? 0) -\(signals.commits.first?.deletions ?? 0) findings=\(signals.findings.count) elapsed=\(elapsed)")
    for f in signals.findings { print("SCRATCH \(f.kind.rawValue) \(f.file):\(f.line ?? -1) \(f.detail.prefix(140)) \(f.names)") }
}
