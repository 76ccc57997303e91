import AlphaCore
import AlphaSignals
import Testing

@testable import AlphaAgents

/// What the MetricsAgent reads from series that name a cause (429s, DNS failures, TLS failures, an expired certificate,
/// a failed migration) and from errors that start at the deploy with nothing else to explain them.
@Suite struct MetricsAgentRuleTests {
    static let deploy = 1_700_000_000.0

    static func stats(_ median: Double, min: Double? = nil, mad: Double = 0.01) -> SeriesStats {
        SeriesStats(count: 30, median: median, p95: median, mad: mad, mean: median, min: min ?? median, max: median)
    }

    /// A series that rose from `before` to `after` at `onset`, anomalous.
    static func rising(_ key: String, _ kind: MetricKind, before: Double = 0.01, after: Double = 5, onset: Double = deploy + 60)
        -> MetricSignal
    {
        MetricSignal(
            key: key, name: key, kind: kind, percentile: nil, unit: kind == .errorRatio ? "ratio" : "per_s", dependency: nil,
            before: stats(before), after: stats(after), changeRatio: after / before, direction: .up, zScore: 40, onset: onset,
            anomalous: true, saturated: false, trend: nil)
    }

    static func context(_ series: [MetricSignal], commits: Bool = false, configChange: Bool = false) -> AgentContext {
        let incident = Incident(deploymentId: "d", deployedAt: deploy, commits: commits ? [Commit(sha: "abc1234")] : [])
        let change = ConfigChange(
            key: "search.index", kind: .changed, before: .string("a"), after: .string("b"), numericBefore: nil, numericAfter: nil, ratio: nil,
            direction: nil, risk: .other, risky: false, mentionedInErrors: false)
        let config = ConfigSignals(diffed: configChange, changes: configChange ? [change] : [])
        let split = SplitPoint(time: deploy, source: .deployedAt)
        return AgentContext(
            incident: incident, signals: IncidentSignals(metrics: MetricSignals(split: split, series: series), config: config, split: split))
    }

    static func weight(_ findings: [Finding], _ label: CauseLabel) -> Double {
        findings.filter { $0.label == label }.reduce(0) { $0 + $1.evidence.weight }
    }

    @Test(
        "a series that names the cause supports it, citing the series and its onset",
        arguments: [
            (MetricKind.rateLimited, CauseLabel.rateLimited), (.dnsErrors, .dnsFailure), (.tlsErrors, .certificateExpired),
            (.migrationFailures, .migrationFailure),
        ])
    func causeSeries(kind: MetricKind, label: CauseLabel) async throws {
        let series = Self.rising("cause_series", kind)
        let findings = try await MetricsAgent().findings(in: Self.context([series]))
        let finding = try #require(findings.first { $0.label == label })
        #expect(finding.evidence.weight >= 1.5)
        #expect(finding.evidence.ref == "cause_series")
        #expect(finding.evidence.time == Self.deploy + 60)
        // The strongest reading of the series is for its own cause.
        let best = findings.max { $0.evidence.weight < $1.evidence.weight }
        #expect(best?.label == label)
    }

    @Test func aCertificateLifetimeThatReachedZeroIsExpired() async throws {
        let remaining = MetricSignal(
            key: "probe_ssl_cert_expiry_remaining_seconds", name: "probe_ssl_cert_expiry_remaining_seconds", kind: .certExpiry,
            percentile: nil, unit: "s", dependency: nil, before: Self.stats(3600, min: 600), after: Self.stats(-1800, min: -3600),
            changeRatio: nil, direction: .down, zScore: -10, onset: Self.deploy, anomalous: true, saturated: false, trend: nil)
        let findings = try await MetricsAgent().findings(in: Self.context([remaining]))
        #expect(Self.weight(findings, .certificateExpired) == 1.8)
        // Still positive: a certificate close to expiry is not an expired one.
        var valid = remaining
        valid.after = Self.stats(600, min: 300)
        #expect(Self.weight(try await MetricsAgent().findings(in: Self.context([valid])), .certificateExpired) == 0)
        // Without a split the whole window is "after": it crossed zero if it was positive in it and ends at or below it.
        var unsplit = remaining
        unsplit.before = .empty
        unsplit.after = SeriesStats(count: 80, median: 0, p95: 2300, mad: 1200, mean: 0, min: -2340, max: 2399)
        #expect(Self.weight(try await MetricsAgent().findings(in: Self.context([unsplit])), .certificateExpired) == 1.8)
        // Expired for the whole window: nothing happened during the incident.
        unsplit.after.max = -60
        #expect(Self.weight(try await MetricsAgent().findings(in: Self.context([unsplit])), .certificateExpired) == 0)
    }

    @Test func errorsRightAfterADeployWithCommitsWeaklySupportTheDeploy() async throws {
        let errors = Self.rising("http_5xx_ratio", .errorRatio, before: 0.002, after: 0.3, onset: Self.deploy + 60)
        let findings = try await MetricsAgent().findings(in: Self.context([errors], commits: true))
        let regression = try #require(findings.first { $0.label == .codeRegression })
        #expect(regression.evidence.weight > 0 && regression.evidence.weight <= 0.4)
        // Errors from the deploy's first minute fit a failed migration as well as new code.
        #expect(Self.weight(findings, .migrationFailure) == regression.evidence.weight)
        #expect(regression.evidence.time == Self.deploy + 60)
        #expect(regression.evidence.ref == "http_5xx_ratio")
        #expect(Self.weight(findings, .badConfig) == 0)
    }

    @Test func errorsRightAfterAConfigChangeWeaklySupportBadConfig() async throws {
        let errors = Self.rising("es_client_errors_total_rate", .errorRate, onset: Self.deploy + 30)
        let findings = try await MetricsAgent().findings(in: Self.context([errors], configChange: true))
        #expect(Self.weight(findings, .badConfig) > 0 && Self.weight(findings, .badConfig) <= 0.4)
        #expect(Self.weight(findings, .codeRegression) == 0)
    }

    @Test func errorsExplainedByAMoreSpecificSeriesDoNotBlameTheChange() async throws {
        let errors = Self.rising("http_5xx_ratio", .errorRatio, before: 0.002, after: 0.3)
        let failedJob = Self.rising("kube_job_status_failed", .migrationFailures, before: 0, after: 1)
        let findings = try await MetricsAgent().findings(in: Self.context([errors, failedJob], commits: true, configChange: true))
        #expect(Self.weight(findings, .codeRegression) == 0)
        #expect(Self.weight(findings, .badConfig) == 0)
        #expect(Self.weight(findings, .migrationFailure) > 1.5)
    }

    @Test func errorsLongAfterTheDeployOrWithoutAChangeDoNotBlameIt() async throws {
        let late = Self.rising("http_5xx_ratio", .errorRatio, before: 0.002, after: 0.3, onset: Self.deploy + 3600)
        #expect(Self.weight(try await MetricsAgent().findings(in: Self.context([late], commits: true)), .codeRegression) == 0)
        let early = Self.rising("http_5xx_ratio", .errorRatio, before: 0.002, after: 0.3, onset: Self.deploy + 60)
        #expect(Self.weight(try await MetricsAgent().findings(in: Self.context([early])), .codeRegression) == 0)
    }
}
