import AlphaCore
import AlphaSignals

/// Helpers shared by the log analyzer tests.
enum LogTestSupport {
    static func analyze(_ lines: [String], split: Double? = nil) async -> LogSignals {
        await LogAnalyzer().analyze(lines.map { LogItem.line($0) }, split: split)
    }

    /// The only signature of one error line.
    static func signature(_ message: String) async -> LogSignature? {
        await analyze(["2024-01-15T10:23:45Z ERROR \(message)"]).signatures.first
    }

    static func template(_ message: String) async -> String? {
        await signature(message)?.template
    }

    static func category(_ message: String) async -> ErrorCategory? {
        await signature(message)?.category
    }
}
