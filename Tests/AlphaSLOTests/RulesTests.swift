import AlphaSLO
import Foundation
import Testing

@Suite("Prometheus rule export")
struct RulesTests {
    @Test func thresholdsAreExactConstantsAndTiersAreLabelled() throws {
        let slos = try SLODefinitions.parse(yaml: ExampleFiles.text("checkout.yaml")).slos
        let (yaml, _) = PrometheusRules.render(slos)
        #expect(yaml.contains("> 0.0144)"))
        #expect(yaml.contains("> 0.006)"))
        #expect(yaml.contains("> 0.003)"))
        #expect(yaml.contains("> 0.001)"))
        #expect(!yaml.contains("0.014400000000000002"))
        #expect(yaml.contains("tier: \"page-1h\""))
        #expect(yaml.contains("slo:sli_events:total_increase1h"))
        #expect(
            yaml.contains(
                "(sum(rate(http_requests_total{job=\"checkout\",code=\"500\"}[5m]))) / (sum(rate(http_requests_total{job=\"checkout\"}[5m])))"))
        // The latency SLO uses the histogram bucket at the threshold.
        #expect(yaml.contains("http_request_duration_seconds_bucket{job=\"checkout\",le=\"0.3\"}[1h]"))
    }

    @Test func disabledTiersAreNotExported() throws {
        var slos = try SLODefinitions.parse(yaml: ExampleFiles.text("checkout.yaml")).slos
        slos[0].alerting.tiers[0].enabled = false
        let (yaml, _) = PrometheusRules.render([slos[0]])
        #expect(!yaml.contains("tier: \"page-1h\""))
        #expect(yaml.contains("tier: \"page-6h\""))
    }

    @Test func promtoolTestFileExpectsOurNumbers() throws {
        let slos = try SLODefinitions.parse(yaml: ExampleFiles.text("checkout.yaml")).slos
        let (tests, warnings) = PromtoolRuleTests.render(slos, rulesPath: "rules.yaml")
        // PromQL's 10000/30000 over rates is 0.33333333333333337; ours (exact events) is within 1e-15 of it.
        #expect(tests.contains("value: 0.33333333333333337"))
        #expect(abs(0.33333333333333337 - 10_000.0 / 30_000.0) <= 1e-15)
        #expect(tests.contains("eval_time: 601m"))
        // The histogram SLO has no concrete counters in the scenario and says so.
        #expect(warnings.count == 1)
    }

    @Test(
        .enabled(if: TestPromtool.path != nil || TestPromtool.required, "promtool not found: apt-get install prometheus to run promtool rule tests"),
        arguments: ["checkout.yaml", "openslo.yaml", "sloth.yaml", "pyrra.yaml"])
    func promtoolChecksAndTestsTheExportedRules(file: String) throws {
        let slos = try SLODefinitions.parse(yaml: ExampleFiles.text(file)).slos
        let (rules, _) = PrometheusRules.render(slos)
        let (tests, _) = PromtoolRuleTests.render(slos, rulesPath: "rules.yaml")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-slo-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer {
            if ProcessInfo.processInfo.environment["ALPHA_SLO_KEEP_RULES"] == nil {
                try? FileManager.default.removeItem(at: dir)
            } else {
                print("rules kept in \(dir.path)")
            }
        }
        try rules.write(to: dir.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        try tests.write(to: dir.appendingPathComponent("rules_test.yaml"), atomically: true, encoding: .utf8)
        let (checkStatus, checkOutput) = try TestPromtool.run(["check", "rules", "rules.yaml"], in: dir)
        #expect(checkStatus == 0, "promtool check rules: \(checkOutput)")
        let (testStatus, testOutput) = try TestPromtool.run(["test", "rules", "rules_test.yaml"], in: dir)
        #expect(testStatus == 0, "promtool test rules: \(testOutput)")
        #expect(tests.contains("alert_rule_test"))
    }
}
