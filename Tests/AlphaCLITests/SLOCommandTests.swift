import Foundation
import Testing

/// `alpha-sre slo` as a user runs it on the bundled examples: the CSV reader, the gate's exit codes, bad input.
@Suite struct SLOCommandTests {
    let slo = "Examples/slos/checkout.yaml"
    let data = "Examples/slos/checkout-counters.csv"

    @Test func statusAsJSONReportsEveryChosenSLO() throws {
        let r = try CLIProcess.run(["slo", "status", "--slo", slo, "--data", data, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        let text = String(describing: json)
        #expect(text.contains("availability"))
        #expect(text.contains("latency"))
    }

    @Test func gateBlocksWithExitCode3AndReasons() throws {
        let r = try CLIProcess.run(["slo", "gate", "checkout", "--policy", "Examples/slos/gate-policy.yaml", "--slo", slo, "--data", data])
        #expect(r.status == 3, "status \(r.status): \(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("BLOCKED"))
        #expect(r.stdout.contains("remaining-budget"))
    }

    @Test func gateLetsAHealthyServiceGo() throws {
        // At the start of the data nothing has burned yet.
        let r = try CLIProcess.run(
            ["slo", "gate", "checkout", "--policy", "Examples/slos/gate-policy.yaml", "--slo", slo, "--data", data, "--at", "1767232800"])
        #expect(r.status == 0, "status \(r.status): \(r.stdout) \(r.stderr)")
    }

    @Test func unreadableTimeAndBrokenCSVAreNamed() throws {
        let badTime = try CLIProcess.run(["slo", "status", "--slo", slo, "--data", data, "--at", "yesterday"])
        #expect(badTime.status != 0)
        #expect(badTime.stderr.contains("yesterday"))

        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-bad-\(UUID().uuidString).csv")
        try "timestamp,good,bad\n1767225600,0,0\n1767225660,abc,0\n".write(to: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: csv) }
        let badCSV = try CLIProcess.run(["slo", "status", "--slo", slo, "--data", csv.path])
        #expect(badCSV.status != 0)
        #expect(badCSV.stderr.contains("line 3") || badCSV.stderr.contains(":3"), "\(badCSV.stderr)")
    }
}
