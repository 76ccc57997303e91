public import AlphaCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The report as JSON per `docs/schemas/analysis.schema.json`, keys sorted so the same report always prints the same.
public enum JSONReportRenderer {
    public static func render(_ report: AnalysisReport) -> String {
        encode(report)
    }

    /// Several reports as one JSON array.
    public static func render(_ reports: [AnalysisReport]) -> String {
        encode(reports)
    }

    /// The report as compact JSON bytes (same keys, no indentation, sorted): what the server stores and serves. Built
    /// through `JSONValueEncoder`, which takes the signal summaries (already JSON) as they are; a `JSONEncoder` pass
    /// was a fifth of an analysis's CPU.
    public static func compactBytes(_ report: AnalysisReport) -> [UInt8] {
        guard let json = try? JSONValueEncoder.encode(report) else { return Array("{}".utf8) }
        return json.compactBytes()
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
