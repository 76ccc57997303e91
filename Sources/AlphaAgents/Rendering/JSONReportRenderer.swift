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

    /// The report as compact JSON bytes (same keys, no indentation): what the server stores and serves.
    public static func compactBytes(_ report: AnalysisReport) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(report) else { return Array("{}".utf8) }
        return Array(data)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
