import AlphaSignals
import Foundation

extension DetectTableRenderer {
    /// One block per narrative: the story, its hypothesis, and the signals it stands on.
    static func render(_ narratives: [IncidentNarrative]) -> String {
        guard !narratives.isEmpty else { return "No metric anomalies and error bursts happened within five minutes of each other.\n" }
        var out = ""
        for n in narratives {
            out += "\(n.narrative)\n  \(n.hypothesis)\n"
            for s in n.signals { out += "    \(time(s.time))  [\(s.source.rawValue)] \(s.name): \(s.text)\n" }
            out += "\n"
        }
        return out
    }
}

extension DetectJSONRenderer {
    static func render(_ narratives: [IncidentNarrative]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(narratives), as: UTF8.self)
    }
}
