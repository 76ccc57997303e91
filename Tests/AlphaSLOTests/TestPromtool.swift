import Foundation
import Testing

/// promtool for rule tests: found on PATH; when `CI=true` a missing promtool is a failure, otherwise a printed skip.
enum TestPromtool {
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let path: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(dir)/promtool"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    struct Missing: Error, CustomStringConvertible {
        var description: String { "promtool is not installed (CI=true requires it: apt-get install prometheus)" }
    }

    /// Runs promtool with `arguments`; returns (exit status, combined output).
    static func run(_ arguments: [String], in directory: URL) throws -> (Int32, String) {
        guard let path else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
