import Foundation
import Testing

/// The `alpha-sre analyze` binary as a user runs it: output forms, exit codes and one-line errors on bad input.
@Suite struct AnalyzeCommandTests {
    func run(_ arguments: [String], stdin: Data? = nil) throws -> CLIProcess.Run {
        try CLIProcess.run(arguments, stdin: stdin)
    }

    @Test func tablePrintsTheThreeCausesOfIncidentB() throws {
        let r = try run(["analyze", "Examples/incidents/incident-b.json"])
        #expect(r.status == 0, "\(r.stderr)")
        for label in ["db_missing_index", "cache_removed", "connection_pool_exhausted"] { #expect(r.stdout.contains(label)) }
        #expect(r.stdout.contains("needs human approval"))
        #expect(!r.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func markdownAndJSONFormsAndTop() throws {
        let md = try run(["analyze", "--format", "markdown", "--top", "2", "Examples/incidents/incident-b.json"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Incident analysis"))
        #expect(md.stdout.contains("```diff"))
        let json = try run(
            ["analyze", "--format", "json", "--top", "1", "-"],
            stdin: try Data(contentsOf: Repository.examples.appendingPathComponent("incident-b.json")))
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["hypotheses"] as? [Any])?.count == 1)
    }

    @Test(arguments: [
        (
            #"{"deployment_id": "d", "metrics": {"http_latency": {"points": [[1700000000, 1], [1700000015, "abc"]]}}}"#,
            "metrics.http_latency.points[1][1]"
        ),
        (#"{"logs": []}"#, "deployment_id"),
        (#"{"deployment_id": "d", "logs": [true]}"#, "logs[0]"),
        (#"{"deployment_id": "d", "recent_commits": [{"author": "x"}]}"#, "recent_commits[0]"),
        (#"{"deployment_id": "d", "logs": ["#, "end of input"),
        ("[1, 2]", "object"),
    ])
    func badInputExits65WithOneLineNamingThePath(input: String, mentions: String) throws {
        let r = try run(["analyze", "-"], stdin: Data(input.utf8))
        #expect(r.status == 65, "status \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(mentions), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func deeplyNestedInputIsRefusedNotCrashed() throws {
        let deep =
            #"{"deployment_id": "d", "config_snapshot": {"a": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            + "}}"
        let r = try run(["analyze", "-"], stdin: Data(deep.utf8))
        #expect(r.status == 65)
        #expect(r.stderr.contains("nesting"))
    }

    @Test func missingFileExits66() throws {
        let r = try run(["analyze", "/nonexistent/incident.json"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no such file"))
    }
}

/// Two processes (each with its own hash seed) print the same report, timings aside: reports can be diffed and stored.
@Suite struct AnalyzeDeterminismTests {
    @Test func separateRunsPrintTheSameReport() throws {
        func stripped(_ run: CLIProcess.Run) -> [String] {
            run.stdout.split(separator: "\n").map(String.init).filter {
                !$0.contains("\"duration_ms\"") && !$0.contains("\"started_at\"") && !$0.contains("\"offset_ms\"")
            }
        }
        let first = try CLIProcess.run(["analyze", "--format", "json", "Examples/incidents/incident-b.json"])
        let second = try CLIProcess.run(["analyze", "--format", "json", "Examples/incidents/incident-b.json"])
        #expect(first.status == 0 && second.status == 0)
        #expect(stripped(first) == stripped(second))
    }
}
