import AlphaSLO
import Testing

@Suite("Alert tiers, guard, cooldown, timeslices")
struct AlertingTests {
    static func evaluation(_ tier: String, _ met: Bool) -> TierEvaluation {
        TierEvaluation(
            tier: tier, severity: "page", factor: 14.4, threshold: 0.0144, longRatio: met ? 1 : 0, shortRatio: met ? 1 : 0, longEvents: 100,
            enoughTraffic: true, conditionMet: met)
    }

    @Test func minimumTrafficGuardStopsLowTrafficPages() throws {
        // One request a minute, one of them failing: 1h ratio 1/60 > 0.0144, but only 60 events in the hour.
        let good = "0x60 1+1x59"
        let bad = "0x60 1x59"
        let unguarded = try Vectors.evaluator(good: good, bad: bad).snapshot(at: 119)
        #expect(unguarded.tiers.first { $0.tier == "page-1h" }?.conditionMet == false)  // 5m window: no errors in it
        let burst = try Vectors.evaluator(good: "0x60 1+1x59", bad: "0x115 1x4").snapshot(at: 119)
        #expect(burst.tiers.first { $0.tier == "page-1h" }?.conditionMet == true)
        let guarded = try Vectors.evaluator(good: "0x60 1+1x59", bad: "0x115 1x4", spec: Vectors.spec(minEvents: 100)).snapshot(at: 119)
        let page = try #require(guarded.tiers.first { $0.tier == "page-1h" })
        #expect(!page.enoughTraffic)
        #expect(!page.conditionMet)
    }

    @Test func perTierEnableAndFor() throws {
        var tiers = BurnRateTier.workbookDefaults
        tiers[0].forMinutes = 3
        tiers[3].enabled = false
        let e = try Vectors.evaluator(
            good: "0+1000x600 600000x9 601000+1000x59", bad: "0x600 1000+1000x9 10000x60", spec: Vectors.spec(tiers: tiers))
        #expect(e.snapshot(at: 601).tiers.map(\.tier) == ["page-1h", "page-6h", "ticket-1d"])
        var machine = AlertStateMachine(policy: e.spec.alerting)
        var firedAt: Int?
        for minute in 595...610 {
            for n in machine.update(minute: minute, evaluations: e.snapshot(at: minute).tiers) where n.tier == "page-1h" && n.kind == .firing {
                firedAt = minute
            }
            if minute == 602 { #expect(machine.state(of: "page-1h") == .pending) }
        }
        #expect(firedAt == 604)
    }

    @Test func cooldownSuppressesRenotification() {
        let policy = AlertingPolicy(tiers: [BurnRateTier.workbookDefaults[0]], cooldownMinutes: 30)
        var machine = AlertStateMachine(policy: policy)
        var kinds: [(Int, AlertNotification.Kind)] = []
        let pattern: [(Int, Bool)] = [(0, true), (1, false), (10, true), (11, false), (40, true)]
        for (minute, met) in pattern {
            kinds += machine.update(minute: minute, evaluations: [Self.evaluation("page-1h", met)]).map { ($0.minute, $0.kind) }
        }
        #expect(kinds.map(\.0) == [0, 1, 10, 11, 40])
        #expect(kinds.map(\.1) == [.firing, .resolved, .suppressed, .resolved, .firing])
    }

    @Test func timeslicesCountBadMinutesAgainstAFixedBudget() throws {
        // 60 minutes, 3 of them with a 10% error ratio (bad slices at a 0.999 slice target).
        var spec = Vectors.spec()
        spec.budgeting = .timeslices
        let e = try Vectors.evaluator(good: "0+1000x56 56900+900x2 59700", bad: "0x56 100+100x2 300", spec: spec)
        let s = e.snapshot(at: 60)
        #expect(s.budgetStatus.events?.bad == 3)
        #expect(s.budgetStatus.events?.total == 60)
        // 3 bad minutes of a 43.2-minute budget (0.1% of 30 days).
        #expect(Vectors.close(s.budgetStatus.consumed, 3 / 43.2, tolerance: 1e-12))
        spec.budgeting = .ratioTimeslices
        let r = try Vectors.evaluator(good: "0+1000x56 56900+900x2 59700", bad: "0x56 100+100x2 300", spec: spec).snapshot(at: 60)
        #expect(Vectors.close(r.budgetStatus.events?.bad, 0.3, tolerance: 1e-12))
    }

    @Test func thresholdSlicesForGaugeSLIs() {
        let values: [Double?] = [0.2, 0.6, nil, 0.4, 0.7]
        let s = EventSeries.thresholdSlices(startTime: 60, values: values, op: .lte, threshold: 0.5)
        #expect(s.bad.last == 2)
        #expect(s.total.last == 4)
    }
}
