import AlphaAgents
import AlphaCore
import Foundation
import Testing

@Suite("The report as compact JSON")
struct ReportJSONTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/incidents")

    /// The server's bytes (JSONValueEncoder) hold the same JSON as a JSONEncoder pass over the same report.
    @Test(arguments: ["incident-b", "memory_leak", "dns_failure"])
    func compactBytesMatchJSONEncoder(example: String) async throws {
        let bytes = try Data(contentsOf: Self.examples.appendingPathComponent("\(example).json"))
        let report = await IncidentAnalyzer().analyze(try IncidentDecoder.decode(Array(bytes)))
        let ours = JSONReportRenderer.compactBytes(report)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let reference = try JSONValue.parse(Array(encoder.encode(report)))
        #expect(ours == reference.compactBytes())
        let parsed = try JSONValue.parse(ours)
        #expect(parsed.objectValue?["hypotheses"]?.arrayValue?.isEmpty == false)
        #expect(parsed.objectValue?["signals"]?.objectValue?["logs"]?.objectValue != nil)
    }
}
