import AlphaCore
import AlphaSignals
import Testing

@Suite struct SignatureClusteringTests {
    static let names = [
        "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj", "olivia", "peggy",
        "rupert", "sybil", "trent", "victor", "walter", "yolanda",
    ]

    @Test func oneEventWithManyWordValuesBecomesOneSignature() async throws {
        let lines = Self.names.enumerated().map { i, name in
            "2024-05-01T10:00:\(i < 10 ? "0\(i)" : "\(i)")Z ERROR failed to sync mailbox for \(name): upstream closed"
        }
        let signals = await LogTestSupport.analyze(lines)
        let sync = signals.signatures.filter { $0.template.hasPrefix("failed to sync mailbox for") }
        #expect(sync.count == 1, "\(sync.map(\.template))")
        let merged = try #require(sync.first)
        #expect(merged.count == Self.names.count)
        #expect(merged.template.contains("<*>"))
        // The id is the FNV-1a hash of the reported template, whichever stage wrote it.
        #expect(TemplateID(templateText: merged.template).description == merged.id)
    }

    @Test func differentCategoriesNeverMerge() async {
        // Alike in words, different in kind: a timeout and a refused connection stay two signatures.
        let lines = Self.names.enumerated().flatMap { i, name in
            [
                "2024-05-01T10:00:\(i < 10 ? "0\(i)" : "\(i)")Z ERROR payment gateway timed out for merchant \(name)",
                "2024-05-01T10:00:\(i < 10 ? "0\(i)" : "\(i)")Z ERROR payment gateway connection refused for merchant \(name)",
            ]
        }
        let signals = await LogTestSupport.analyze(lines)
        #expect(Set(signals.signatures.compactMap(\.category)) == [.timeout, .connectionRefused])
        #expect(signals.signatures.count == 2, "\(signals.signatures.map(\.template))")
    }
}
