import AlphaCore
import AlphaSignals
import Testing

/// Bad input must never trap: mutated real diffs go through the parser and every detector.
@Suite struct CommitAnalyzerRobustnessTests {
    @Test func mutatedDiffsNeverTrap() {
        var generator = SplitMix64(seed: 42)
        let base =
            Array(UnifiedDiffParserTests.multiFile.utf8)
            + Array(gitDiff("app/db.py", "-pool_size=20\n+pool_size=5\n+    for x in y:\n+        q.filter(A.b == 1)").utf8)
        let alphabet = Array("+- @\\,\n\t\"'#/:=(){}[]0123456789abcxyzé".utf8)
        var analyzed = 0
        for _ in 0..<300 {
            var bytes = base
            for _ in 0..<Int(generator.next() % 40) {
                guard !bytes.isEmpty else { break }
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + Int(generator.next() % 200)))
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let signals = CommitAnalyzer().analyze([Commit(sha: "f", diff: text), Commit(sha: "g", files: [CommitFile(path: "x.py", patch: text)])])
            analyzed += signals.commits.count
        }
        #expect(analyzed == 600)
    }
}

/// A small deterministic generator (SplitMix64) so the mutations are reproducible.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
