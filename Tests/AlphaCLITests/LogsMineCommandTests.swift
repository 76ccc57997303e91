import Foundation
import Testing

/// `alpha-sre logs mine` as a user runs it: per-line CSV, JSON, the baseline comparison, stdin, a missing file.
@Suite struct LogsMineCommandTests {
    static let log = """
        2024-05-01T10:00:00Z INFO request served in 12ms
        2024-05-01T10:00:01Z ERROR payment 4411 failed: card declined
        2024-05-01T10:00:02Z INFO request served in 15ms
        2024-05-01T10:00:03Z ERROR payment 4412 failed: card declined
        2024-05-01T10:00:04Z WARN cache miss for key user:42

        """

    func temporary(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-mine-\(UUID().uuidString).log")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func perLineCSVHasOneRowPerLineInOrderAndSharedIdsForOneEvent() throws {
        let file = try temporary(Self.log)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try CLIProcess.run(["logs", "mine", "--per-line", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "line,template_id,template")
        let body = rows.dropFirst().map { $0.split(separator: ",", maxSplits: 2).map(String.init) }
        #expect(body.map { $0[0] } == ["1", "2", "3", "4", "5"])
        #expect(body[0][1] == body[2][1], "requests share a template")
        #expect(body[1][1] == body[3][1], "payments share a template")
        #expect(body[0][1] != body[1][1])
        #expect(body[1][2] == "payment <*> failed: card declined")
    }

    @Test func jsonFromStdinCountsTemplates() throws {
        let r = try CLIProcess.run(["logs", "mine", "--format", "json", "-"], stdin: Data(Self.log.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.map { $0["count"] as? Int ?? 0 }.reduce(0, +) == 5)
    }

    @Test func baselineMarksNewTemplates() throws {
        let baseline = try temporary("2024-05-01T09:00:00Z INFO request served in 11ms\n")
        let current = try temporary(Self.log)
        defer {
            try? FileManager.default.removeItem(at: baseline)
            try? FileManager.default.removeItem(at: current)
        }
        let r = try CLIProcess.run(["logs", "mine", "--format", "json", "--baseline", baseline.path, current.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let payment = rows.first { ($0["template"] as? String)?.hasPrefix("payment") == true }
        #expect(payment?["status"] as? String == "new", "\(rows)")
    }

    @Test func missingFileIsNamed() throws {
        let r = try CLIProcess.run(["logs", "mine", "/nonexistent/app.log"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("/nonexistent/app.log"))
    }
}
