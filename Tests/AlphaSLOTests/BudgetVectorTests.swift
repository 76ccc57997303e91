import AlphaSLO
import Testing

@Suite("Issue 6 test vectors")
struct BudgetVectorTests {
    // B (outage): good 0+1000x600 600000x9 601000+1000x59, bad 0x600 1000+1000x9 10000x60.
    static let outageGood = "0+1000x600 600000x9 601000+1000x59"
    static let outageBad = "0x600 1000+1000x9 10000x60"

    @Test func outageErrorRatiosAtMinute610MatchPromQL() throws {
        let s = try Vectors.evaluator(good: Self.outageGood, bad: Self.outageBad).snapshot(at: 610)
        #expect(Vectors.close(s.window(.m5)?.errorRatio, 1))
        #expect(Vectors.close(s.window(.m30)?.errorRatio, 0.33333333333333337))
        #expect(Vectors.close(s.window(.h1)?.errorRatio, 0.16666666666666666))
        #expect(Vectors.close(s.window(.h6)?.errorRatio, 0.027777777777777783))
        #expect(Vectors.close(s.window(.d1)?.errorRatio, 0.01639344262295082))
        let composite = try #require(s.compositeBurn)
        #expect(abs(composite - 462.43) < 0.005)
        #expect(s.compositeLevel == .freeze)
    }

    @Test func outagePagesAtMinute601AndDecays() throws {
        let e = try Vectors.evaluator(good: Self.outageGood, bad: Self.outageBad)
        func firing(_ minute: Int) -> Set<String> { Set(e.snapshot(at: minute).tiers.filter(\.conditionMet).map(\.tier)) }
        #expect(firing(600).isEmpty)
        let at601 = firing(601)
        #expect(at601.contains("page-1h"))
        #expect(at601.contains("ticket-3d"))
        let at615 = firing(615)
        #expect(at615.contains("page-6h"))
        #expect(!at615.contains("page-1h"))
        let at645 = firing(645)
        #expect(!at645.contains("page-1h") && !at645.contains("page-6h"))
        #expect(at645.contains("ticket-1d"))
    }

    @Test func outageAlertStateNotifiesOnceWithTierLabelAndCooldown() throws {
        let e = try Vectors.evaluator(good: Self.outageGood, bad: Self.outageBad)
        var machine = AlertStateMachine(policy: e.spec.alerting)
        var notes: [AlertNotification] = []
        for minute in 590...670 { notes += machine.update(minute: minute, evaluations: e.snapshot(at: minute).tiers) }
        let pageFired = notes.filter { $0.tier == "page-1h" && $0.kind == .firing }
        #expect(pageFired.map(\.minute) == [601])
        #expect(pageFired.first?.severity == "page")
        // page-1h flaps off at 611 (the 5m window is clean) — any re-fire inside 60 minutes must be suppressed, not sent.
        #expect(notes.filter { $0.tier == "page-1h" && $0.kind == .firing && $0.minute > 601 }.isEmpty)
    }

    // C (slow burn): good 0+995x1440, bad 0+5x1440.
    @Test func slowBurnTicketsWithoutPaging() throws {
        let s = try Vectors.evaluator(good: "0+995x1440", bad: "0+5x1440").snapshot(at: 1440)
        #expect(Vectors.close(s.window(.d1)?.burnRate, 5.0))
        #expect(Vectors.close(s.window(.h1)?.burnRate, 5.0))
        let firing = Set(s.tiers.filter(\.conditionMet).map(\.tier))
        #expect(firing == ["ticket-1d", "ticket-3d"])
        #expect(s.tiers.filter { $0.severity == "page" }.allSatisfy { !$0.conditionMet })
    }

    // E (boundary): good 0+9856x120, bad 0+144x120: 1h ratio 0.0144 exactly at the 14.4 × 0.001 threshold.
    @Test func boundaryIsStrictlyGreaterWithExactBudgetConstant() throws {
        let s = try Vectors.evaluator(good: "0+9856x120", bad: "0+144x120").snapshot(at: 120)
        let page = try #require(s.tiers.first { $0.tier == "page-1h" })
        #expect(page.longRatio == 0.0144)
        #expect(page.threshold == 0.0144)
        #expect(page.factor == 14.4)
        #expect(!page.conditionMet)
        // One more bad event per minute (and one fewer good) is above the line and fires.
        let above = try Vectors.evaluator(good: "0+9855x120", bad: "0+145x120").snapshot(at: 120)
        #expect(above.tiers.first { $0.tier == "page-1h" }?.conditionMet == true)
        // One fewer bad event per minute is below and stays quiet.
        let below = try Vectors.evaluator(good: "0+9857x120", bad: "0+143x120").snapshot(at: 120)
        #expect(below.tiers.first { $0.tier == "page-1h" }?.conditionMet == false)
        // The naive float constant would differ: 14.4 * (1 - 0.999) is not 0.0144.
        #expect(14.4 * (1 - 0.999) != 0.0144)
    }

    // F (uneven traffic): the event-weighted period ratio, not an average of ratios.
    @Test func unevenTrafficIsEventWeighted() throws {
        let e = try Vectors.evaluator(good: "0+9x60 1540+1000x59", bad: "0+1x60 60x60")
        let s = e.snapshot(at: 120)
        let status = s.budgetStatus
        #expect(Vectors.close(status.errorRatio, 60.0 / 60_600.0))
        #expect(Vectors.close(status.consumed, 60.0 / 60_600.0 / 0.001))
        #expect(abs((status.consumed ?? 0) - 0.990099) < 1e-6)
        #expect(status.state == .healthy)
        // The averaged-ratio method (Sloth's avg_over_time of 5m ratios) would say about 0.05.
        var sum = 0.0
        var n = 0.0
        for m in 5...120 {
            if let r = e.snapshot(at: m).window(.m5)?.errorRatio {
                sum += r
                n += 1
            }
        }
        #expect(sum / n > 0.04)
    }

    // G (no traffic after minute 30): the 5m ratio is no data — not NaN, not 0.
    @Test func noTrafficIsNoData() throws {
        let s = try Vectors.evaluator(good: "0+99x30 2970x60", bad: "0+1x30 30x60").snapshot(at: 60)
        let w = try #require(s.window(.m5))
        #expect(w.errorRatio == nil)
        #expect(w.burnRate == nil)
        #expect(w.events?.total == 0)
        #expect(s.window(.h1)?.errorRatio != nil)
        // A series with no traffic at all: the budget is no-data, never "met".
        let empty = try Vectors.evaluator(good: "0x60", bad: "0x60").snapshot(at: 60)
        #expect(empty.budgetStatus.state == .noData)
        #expect(empty.budgetStatus.remaining == nil)
        #expect(empty.compositeBurn == nil)
    }

    // H (one-minute blip): one clean day, one minute at 100% errors, then clean again.
    static let blipGood = "0+1000x1440 1440000 1441000+1000x120"
    static let blipBad = "0x1440 1000x121"

    @Test func oneMinuteBlipPagesBrieflyAndDoesNotFreezeForAnHour() throws {
        let e = try Vectors.evaluator(good: Self.blipGood, bad: Self.blipBad)
        var machine = AlertStateMachine(policy: e.spec.alerting)
        var tracker = RiskTracker()
        var pageFiring: [Int: Bool] = [:]
        var levels: [Int: RiskLevel] = [:]
        for minute in 1380...1560 {
            let s = e.snapshot(at: minute)
            _ = machine.update(minute: minute, evaluations: s.tiers)
            pageFiring[minute] = machine.state(of: "page-1h") == .firing || machine.state(of: "page-6h") == .firing
            levels[minute] = tracker.update(minute: minute, composite: s.compositeBurn, burn5m: s.window(.m5)?.burnRate)
        }
        #expect(pageFiring[1440] == false)
        #expect(pageFiring[1441] == true)
        #expect(pageFiring[1446] == false)
        #expect(levels[1441] == .freeze)
        // The raw composite stays above 2 for the hour (the 1h term remembers the blip) …
        #expect((e.snapshot(at: 1480).compositeBurn ?? 0) >= 2.0)
        // … but the confirmed, hysteretic level is back to SAFE within minutes, not an hour.
        #expect(levels[1455] == .safe)
        #expect((1455...1500).allSatisfy { levels[$0] == .safe })
    }

    @Test func hysteresisHoldsAtABoundary() {
        var tracker = RiskTracker(holdMinutes: 5, margin: 0.1)
        #expect(tracker.update(minute: 0, composite: 2.1, burn5m: 2.1) == .freeze)
        // Just under 2.0 but within the 10% margin: stays FREEZE.
        #expect(tracker.update(minute: 1, composite: 1.95, burn5m: 1.95) == .freeze)
        for m in 2...5 { tracker.update(minute: m, composite: 1.7, burn5m: 1.7) }
        #expect(tracker.level == .freeze)
        #expect(tracker.update(minute: 6, composite: 1.7, burn5m: 1.7) == .danger)
    }

    // Forecast: remaining budget hourly 0.80 0.79 0.75 0.74 0.71 0.70.
    @Test func forecastMatchesPredictLinear() throws {
        let values = [0.80, 0.79, 0.75, 0.74, 0.71, 0.70]
        let f = try #require(BudgetForecast.fit(values.enumerated().map { (Double($0.offset), $0.element) }))
        #expect(abs(f.slopePerHour - -0.0214286) < 1e-7)
        let hours = try #require(f.hoursToExhaustion)
        #expect(abs(hours - 32.42) < 0.005)
        #expect(f.confidence == .high)
        #expect(f.rSquared > 0.95)
        #expect(f.points == 6)
        #expect(BudgetForecast.fit([(0, 0.5), (1, 0.6), (2, 0.7)])?.hoursToExhaustion == nil)
        #expect(BudgetForecast.fit([(0, 0.5)]) == nil)
    }

    @Test func forecastTrend() throws {
        let accelerating = [0.9, 0.89, 0.88, 0.87, 0.8, 0.7, 0.6, 0.5].enumerated().map { (Double($0.offset), $0.element) }
        #expect(BudgetForecast.fit(accelerating)?.trend == .increasing)
        let steady = (0..<8).map { (Double($0), 0.9 - 0.01 * Double($0)) }
        #expect(BudgetForecast.fit(steady)?.trend == .stable)
    }

    @Test func overspentBudgetIsNegative() throws {
        let s = try Vectors.evaluator(good: "0+990x100", bad: "0+10x100").snapshot(at: 100)
        #expect(s.budgetStatus.state == .exhausted)
        #expect(Vectors.close(s.budgetStatus.remaining, 1 - 0.01 / 0.001, tolerance: 1e-9))
        #expect((s.budgetStatus.remaining ?? 0) < -8.9)
    }
}
