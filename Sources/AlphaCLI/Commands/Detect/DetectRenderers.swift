import AlphaCore
import AlphaSignals
import Foundation

/// Plain-text report: one block per file, one line per event.
enum DetectTableRenderer {
    static func render(_ reports: [SeriesReport]) -> String {
        var out = ""
        for report in reports {
            let r = report.result
            out += "\(report.file)  risk \(ReadableNumber.format(r.risk))  \(report.points) points  \(r.events.count) anomalies"
            out += report.skippedRows > 0 ? "  (\(report.skippedRows) unreadable rows skipped)\n" : "\n"
            if !r.summary.isEmpty { out += "  summary: \(r.summary)\n" }
            for e in r.events {
                let score = ReadableNumber.format(e.score)
                out +=
                    "  \(time(e.peak))  score \(score)  \(e.detector.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))  \(e.explanation)\n"
            }
        }
        return out
    }

    /// `2014-04-10 07:15:00` (UTC).
    static func time(_ t: Double) -> String {
        let text = Timestamp.format(t)
        guard text.utf8.count >= 19 else { return text }
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(8))
    }
}

/// JSON report: an array of files with risk, summary and events.
enum DetectJSONRenderer {
    static func render(_ reports: [SeriesReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self)
    }
}
