import Foundation

/// Paths into the checkout, found from this file's location (tests run from any working directory).
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let examples = root.appendingPathComponent("Examples/incidents")
    static let analysisSchema = root.appendingPathComponent("docs/schemas/analysis.schema.json")

    /// The debug `alpha-sre` binary that `swift build` made beside the tests.
    static var binary: URL? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("alpha-sre"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("alpha-sre"),
            root.appendingPathComponent(".build/debug/alpha-sre"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The example incidents with their ground truth.
    static func expectations() throws -> [String: Expectation] {
        let data = try Data(contentsOf: examples.appendingPathComponent("expected.json"))
        return try JSONDecoder().decode([String: Expectation].self, from: data)
    }

    struct Expectation: Decodable, Sendable {
        struct Culprit: Decodable, Sendable {
            var commit: String?
            var file: String?
            var config_key: String?
            var dependency: String?
        }
        var labels: [String]
        var culprit: Culprit?
    }
}
