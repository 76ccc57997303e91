import AlphaSLO
import Testing

@Suite("SLO definition import")
struct ImportTests {
    @Test(arguments: ["checkout.yaml", "openslo.yaml", "sloth.yaml", "pyrra.yaml"])
    func importRoundTripsThroughOurFormat(file: String) throws {
        let first = try SLODefinitions.parse(yaml: ExampleFiles.text(file))
        #expect(!first.slos.isEmpty)
        let written = SLOYAMLWriter.write(first.slos)
        let second = try SLODefinitions.parse(yaml: written)
        #expect(second.format == "alpha-sre/v1")
        #expect(second.warnings.isEmpty, "our own output must read back without warnings: \(second.warnings)")
        #expect(second.slos == first.slos)
    }

    @Test func ourFormat() throws {
        let r = try SLODefinitions.parse(yaml: ExampleFiles.text("checkout.yaml"))
        #expect(r.warnings.isEmpty)
        let a = try #require(r.slos.first)
        #expect(a.service == "checkout" && a.name == "availability")
        #expect(a.objective == ExactRatio(999, 1000))
        #expect(a.budget.doubleValue == 0.001)
        #expect(a.window == .rolling(minutes: 43_200))
        #expect(a.alerting.minEvents == 100)
        #expect(a.labels["team"] == "payments")
        #expect(
            a.indicator
                == .ratio(good: nil, bad: "http_requests_total{job=\"checkout\",code=\"500\"}", total: "http_requests_total{job=\"checkout\"}"))
        let latency = try #require(r.slos.last)
        #expect(latency.window == .calendar(.month))
        #expect(
            latency.indicator == .latencyHistogram(metric: "http_request_duration_seconds", matchers: "{job=\"checkout\"}", thresholdSeconds: "0.3"))
    }

    @Test func openSLOResolvesReferencesAndReportsUnsupportedFields() throws {
        let r = try SLODefinitions.parse(yaml: ExampleFiles.text("openslo.yaml"))
        #expect(r.format == "openslo/v1")
        #expect(r.slos.count == 2)
        let availability = try #require(r.slos.first { $0.name == "checkout-availability" })
        #expect(availability.window == .rolling(minutes: 40_320))
        #expect(availability.kind == .errorRate)
        let enabled = availability.alerting.tiers.filter(\.enabled)
        #expect(enabled.map(\.name) == ["fast-burn", "slow-burn"])
        // 14.4 over 1h in a 28-day period: the stored share gives back exactly 14.4 for 28 days.
        #expect(enabled.first?.factor(periodMinutes: 40_320)?.doubleValue == 14.4)
        #expect(enabled.first?.forMinutes == 2)
        #expect(enabled.first?.severity == "page")
        let p99 = try #require(r.slos.first { $0.name == "checkout-p99" })
        #expect(p99.window == .calendar(.month))
        #expect(p99.budgeting == .timeslices)
        #expect(p99.timesliceTarget == 0.95)
        #expect(p99.objective == ExactRatio(995, 1000))
        guard case .threshold(_, let op, let value) = p99.indicator else {
            Issue.record("expected a threshold indicator")
            return
        }
        #expect(op == .lte && value == 0.5)
        // notificationTargets is deliberately ignored; nothing else is silently dropped.
        #expect(r.warnings.isEmpty, "\(r.warnings)")
    }

    @Test func openSLOUnknownFieldsAreNamed() throws {
        let yaml = """
            apiVersion: openslo/v1
            kind: SLO
            metadata:
              name: x
            spec:
              service: svc
              frobnicate: 3
              indicator:
                metadata: {name: i}
                spec:
                  ratioMetric:
                    counter: true
                    good: {metricSource: {type: Prometheus, spec: {query: good_total, region: eu}}}
                    total: {metricSource: {type: Prometheus, spec: {query: all_total}}}
              timeWindow: [{duration: 7d, isRolling: true}]
              objectives: [{target: 0.99, weird: yes}]
            """
        let r = try SLODefinitions.parse(yaml: yaml)
        #expect(r.warnings.contains("unsupported field spec.frobnicate ignored"))
        #expect(r.warnings.contains("unsupported field spec.objectives[0].weird ignored"))
        #expect(r.warnings.contains { $0.contains("spec.region") })
        #expect(r.slos.first?.indicator == .ratio(good: "good_total", bad: nil, total: "all_total"))
    }

    @Test func slothMapsAlertSeveritiesAndTemplates() throws {
        let r = try SLODefinitions.parse(yaml: ExampleFiles.text("sloth.yaml"))
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        let s = try #require(r.slos.first)
        #expect(s.objective == ExactRatio(999, 1000))
        #expect(s.alerting.alertName == "CheckoutHighErrorRate")
        #expect(s.alerting.tiers.filter { $0.name.hasPrefix("page") }.allSatisfy { $0.severity == "pageteam" })
        #expect(s.alerting.tiers.filter { $0.name.hasPrefix("ticket") }.allSatisfy { $0.severity == "slack" })
        #expect(s.labels == ["owner": "payments", "category": "availability"])
        let yaml = """
            version: prometheus/v1
            service: s
            slos:
              - name: a
                objective: 99
                sli: {raw: {error_ratio_query: foo}}
            """
        #expect(throws: SLOError.self) { try SLODefinitions.parse(yaml: yaml) }
    }

    @Test func pyrra() throws {
        let r = try SLODefinitions.parse(yaml: ExampleFiles.text("pyrra.yaml"))
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        let s = try #require(r.slos.first)
        #expect(s.service == "checkout")
        #expect(s.window == .rolling(minutes: 20_160))
        #expect(s.objective == ExactRatio(995, 1000))
        #expect(s.labels["prometheus"] == "k8s")
        // 2-week period: the 1h page factor is 0.02 × 336 = 6.72.
        #expect(s.alerting.tiers.first?.factor(periodMinutes: 20_160)?.doubleValue == 6.72)
    }

    @Test func badInputIsAnErrorNotACrash() {
        for yaml in [
            "", ": :", "apiVersion: nope",
            "apiVersion: alpha-sre/v1\nkind: SLO\nservice: s\nslos:\n  - name: a\n    objective: 120\n    sli: {bad: b, total: t}",
            "apiVersion: alpha-sre/v1\nkind: SLO\nservice: s\nslos:\n  - name: a\n    objective: 99\n    sli: {bad: b}",
        ] {
            #expect(throws: SLOError.self) { try SLODefinitions.parse(yaml: yaml) }
        }
    }
}
