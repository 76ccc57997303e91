import AlphaSLO
import Testing

@Suite("Release gate")
struct GateTests {
    static func budget(remaining: Double?) -> BudgetStatus {
        guard let remaining else { return BudgetStatus.compute(events: nil, budget: 0.001, budgeting: .occurrences, periodMinutes: 43_200) }
        let bad = (1 - remaining) * 0.001 * 1_000_000
        return BudgetStatus.compute(events: WindowEvents(bad: bad, total: 1_000_000), budget: 0.001, budgeting: .occurrences, periodMinutes: 43_200)
    }

    static func forecast(hours: Double, confidence: BudgetForecast.Confidence) -> BudgetForecast {
        BudgetForecast(
            slopePerHour: -0.01, fittedRemaining: hours * 0.01, hoursToExhaustion: hours, rSquared: 0.95, trend: .stable, confidence: confidence,
            points: 24)
    }

    @Test func examplePolicyParses() throws {
        let (policy, warnings) = try GatePolicy.parse(yaml: ExampleFiles.text("gate-policy.yaml"))
        #expect(warnings.isEmpty)
        #expect(policy.blockAtRisk == .freeze)
        #expect(policy.minRemainingBudget == 0.1)
        #expect(policy.blockIfExhaustionWithinHours == 72)
        #expect(policy.overrides.first?.by == "alice@example.com")
        #expect(policy.overrides.first?.until == 1_767_481_200)  // 2026-01-03T23:00:00Z
    }

    @Test func blocksWithReasons() {
        let policy = GatePolicy()
        let inputs = [
            GateInput(
                slo: "availability", risk: .freeze, budget: Self.budget(remaining: 0.05), forecast: Self.forecast(hours: 10, confidence: .high)),
            GateInput(slo: "latency", risk: .safe, budget: Self.budget(remaining: 0.9), forecast: nil),
        ]
        let d = ReleaseGate.decide(service: "checkout", inputs: inputs, policy: policy, at: 0)
        #expect(d.outcome == .blocked)
        #expect(!d.allowsRelease)
        #expect(d.reasons.map(\.rule) == ["risk", "remaining-budget", "forecast"])
        #expect(d.reasons.allSatisfy { $0.slo == "availability" })
    }

    @Test func goWhenHealthyAndNoDataIsANoteNotAPass() {
        let inputs = [
            GateInput(slo: "a", risk: .observe, budget: Self.budget(remaining: 0.8), forecast: Self.forecast(hours: 500, confidence: .high)),
            GateInput(slo: "b", risk: nil, budget: Self.budget(remaining: nil), forecast: nil),
        ]
        let d = ReleaseGate.decide(service: "s", inputs: inputs, policy: GatePolicy(), at: 0)
        #expect(d.outcome == .go)
        #expect(d.notes.contains { $0.contains("no data") })
        var strict = GatePolicy()
        strict.blockOnNoData = true
        #expect(ReleaseGate.decide(service: "s", inputs: inputs, policy: strict, at: 0).outcome == .blocked)
    }

    @Test func lowConfidenceForecastsDoNotBlock() {
        let inputs = [GateInput(slo: "a", risk: .safe, budget: Self.budget(remaining: 0.5), forecast: Self.forecast(hours: 5, confidence: .low))]
        let d = ReleaseGate.decide(service: "s", inputs: inputs, policy: GatePolicy(), at: 0)
        #expect(d.outcome == .go)
        #expect(d.notes.contains { $0.contains("low confidence") })
    }

    @Test func overridesApplyUntilTheyExpire() {
        let override = GateOverride(service: "checkout", by: "alice", reason: "hotfix", until: 1000)
        let policy = GatePolicy(overrides: [override])
        let inputs = [GateInput(slo: "availability", risk: .freeze, budget: Self.budget(remaining: 0.5), forecast: nil)]
        let during = ReleaseGate.decide(service: "checkout", inputs: inputs, policy: policy, at: 999)
        #expect(during.outcome == .overridden)
        #expect(during.allowsRelease)
        #expect(during.overrides == [override])
        #expect(during.reasons.count == 1)
        let after = ReleaseGate.decide(service: "checkout", inputs: inputs, policy: policy, at: 1000)
        #expect(after.outcome == .blocked)
        #expect(after.notes.contains { $0.contains("expired") })
        // An override for one SLO does not cover another.
        let narrow = GatePolicy(overrides: [GateOverride(service: "checkout", slo: "latency", by: "bob", reason: "x", until: 5000)])
        #expect(ReleaseGate.decide(service: "checkout", inputs: inputs, policy: narrow, at: 0).outcome == .blocked)
    }

    @Test func assessmentFeedsTheGateFromData() throws {
        // Vector B at minute 610: FREEZE, budget overspent → blocked.
        let e = try Vectors.evaluator(good: "0+1000x600 600000x9 601000+1000x59", bad: "0x600 1000+1000x9 10000x60")
        let a = SLOAssessment.evaluate(spec: e.spec, series: e.series, at: 610)
        #expect(a.risk == .freeze)
        #expect(a.firingTiers.contains("page-1h"))
        #expect((a.snapshot.budgetStatus.remaining ?? 1) < 0)
        let d = ReleaseGate.decide(service: "checkout", inputs: [a.gateInput], policy: GatePolicy(), at: 0)
        #expect(d.outcome == .blocked)
        #expect(d.reasons.contains { $0.rule == "remaining-budget" && $0.detail.contains("-") })
    }

    @Test func badPoliciesAreErrors() {
        for yaml in [
            "kind: ReleaseGatePolicy", "apiVersion: alpha-sre/v1\nkind: ReleaseGatePolicy\nrules: {blockAtRisk: PANIC}",
            "apiVersion: alpha-sre/v1\nkind: ReleaseGatePolicy\noverrides: [{service: s, by: a, reason: r, until: tomorrow}]",
        ] {
            #expect(throws: SLOError.self) { try GatePolicy.parse(yaml: yaml) }
        }
    }
}
