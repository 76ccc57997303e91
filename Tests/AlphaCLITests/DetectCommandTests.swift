import Foundation
import Testing

/// `alpha-sre detect` as a user runs it: a NAB-style CSV, an incident's metrics, and the correlation narratives.
@Suite struct DetectCommandTests {
    /// 1,500 five-minute points of a daily wave with noise, and one spike at point 1,200.
    static func csv() -> String {
        var rows = ["timestamp,value"]
        var state: UInt64 = 42
        for i in 0..<1500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let noise = Double(state >> 33) / Double(1 << 31) - 0.5
            let wave = 50 + 10 * sin(Double(i) * 2 * .pi / 288)
            let value = i == 1200 ? 400 : wave + noise * 2
            let t = Date(timeIntervalSince1970: 1_396_310_400 + Double(i) * 300)
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            formatter.timeZone = TimeZone(identifier: "UTC")
            rows.append("\(formatter.string(from: t)),\(value)")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test func findsAndExplainsASpikeInACSV() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-detect-\(UUID().uuidString).csv")
        try Self.csv().write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try CLIProcess.run(["detect", "--format", "json", url.path])
        #expect(r.status == 0, "\(r.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let events = try #require(reports.first?["events"] as? [[String: Any]])
        // The spike is at 2014-04-05 04:00 (point 1,200): some event must peak there and say why.
        let spike = events.first { ($0["peak"] as? String)?.hasPrefix("2014-04-05 04:00") == true }
        #expect(spike != nil, "\(events)")
        #expect((spike?["explanation"] as? String)?.isEmpty == false)
        #expect(events.count == 1, "the quiet wave around the spike raises nothing: \(events)")
    }

    @Test func scoresEverySeriesOfAnIncident() throws {
        let r = try CLIProcess.run(["detect", "--format", "json", "Examples/incidents/incident-b.json"])
        #expect(r.status == 0, "\(r.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let db = reports.first { ($0["file"] as? String)?.hasPrefix("db_query_duration_seconds_p95") == true }
        #expect((db?["risk"] as? Double ?? 0) > 0.5, "\(String(describing: db))")
    }

    @Test func correlatesAnomaliesWithErrorBursts() throws {
        let r = try CLIProcess.run(["detect", "--correlate", "Examples/incidents/incident-b.json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Hypothesis: errors follow a database slowdown."), "\(r.stdout)")
        #expect(r.stdout.contains("orders-api"))
    }

    @Test func nabOutputNeedsCSVInput() throws {
        let r = try CLIProcess.run(["detect", "--nab-out", "/tmp/x", "Examples/incidents/incident-b.json"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--nab-out"))
    }
}
