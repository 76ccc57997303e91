import Foundation

/// Reads files under Examples/slos (the documented examples are test inputs, so they cannot rot).
enum ExampleFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Examples/slos/\(name)"), encoding: .utf8)
    }
}
