import AlphaCore
import AlphaSLO
import Testing

@Suite("Sliding-window sweep")
struct SweepTests {
    /// The bulk sweep must make the same decisions as the per-minute evaluator, minute for minute.
    @Test(arguments: [
        ("0+1000x600 600000x9 601000+1000x59", "0x600 1000+1000x9 10000x60"),
        ("0+995x1440", "0+5x1440"),
        ("0+9856x120", "0+144x120"),
        ("0+99x30 2970x60", "0+1x30 30x60"),
        ("0+1000x1440 1440000 1441000+1000x120", "0x1440 1000x121"),
    ])
    func sweepAgreesWithEvaluator(good: String, bad: String) throws {
        let evaluator = try Vectors.evaluator(good: good, bad: bad)
        let series = evaluator.series
        let summary = SlidingWindowSweep.run(series: series, spec: evaluator.spec)
        var tierMinutes = [Int](repeating: 0, count: 4)
        var freeze = 0
        var noData = [Int](repeating: 0, count: StandardWindow.allCases.count)
        var maxBurn = [Double](repeating: 0, count: StandardWindow.allCases.count)
        for i in 0..<series.count {
            let s = evaluator.snapshot(at: i)
            for (k, t) in s.tiers.enumerated() where t.conditionMet { tierMinutes[k] += 1 }
            if let c = s.compositeBurn, c >= 2 { freeze += 1 }
            for (k, w) in s.windows.enumerated() {
                if let b = w.burnRate { maxBurn[k] = max(maxBurn[k], b) } else { noData[k] += 1 }
            }
        }
        #expect(summary.tierMinutes == tierMinutes)
        #expect(summary.freezeMinutes == freeze)
        #expect(summary.noDataMinutes == noData)
        for k in maxBurn.indices {
            #expect(Vectors.close(summary.maxBurn[k], maxBurn[k], tolerance: 1e-12) || (maxBurn[k] == 0 && summary.maxBurn[k] == 0))
        }
        #expect(summary.finalRemaining == evaluator.snapshot(at: series.count - 1).budgetStatus.remaining)
    }

    @Test func perStepCountsAndCumulativeCountersAgree() throws {
        let cumulative = try EventSeries(startTime: 0, good: PromSeriesNotation.expand("0+90x10"), bad: PromSeriesNotation.expand("0+10x10"))
        let perStep = EventSeries(startTime: 60, badPerStep: Array(repeating: 10, count: 10), totalPerStep: Array(repeating: 100, count: 10))
        #expect(cumulative.bad == perStep.bad && cumulative.total == perStep.total && perStep.startTime == 0)
        var reused = perStep
        reused.refill(badPerStep: [1, 2], totalPerStep: [10, 20])
        #expect(reused.total == [0, 10, 30])
    }

    @Test func countersWithResetsAndGapsAreCorrected() throws {
        // A restart at minute 3 (counter drops to 5) and a missing sample at minute 5.
        let s = try EventSeries(startTime: 0, bad: [0, 1, 2, 0, 1, nil, 3], total: [0, 100, 200, 50, 150, nil, 350])
        #expect(s.total == [0, 100, 200, 250, 350, 350, 550])
        #expect(s.bad == [0, 1, 2, 2, 3, 3, 5])
        #expect(s.events(at: 6, windowMinutes: 5)?.total == 450)
        #expect(s.sampleCount(through: 6) == 6)
    }

    @Test func promtoolNotation() throws {
        #expect(try PromSeriesNotation.expand("1+2x2 _ 5x1 _x2 3-1x2") == [1, 3, 5, nil, 5, 5, nil, nil, 3, 2, 1])
        #expect(throws: SLOError.self) { try PromSeriesNotation.expand("1+x") }
        #expect(throws: SLOError.self) { try PromSeriesNotation.expand("abc") }
    }

    @Test func calendarMonthsHaveTheirRealLength() {
        let feb2024 = 1_706_745_600.0 + 86_400 * 10  // 2024-02-11
        #expect(SLOWindow.calendar(.month).periodMinutes(at: feb2024) == 29 * 1440)
        let jan2026 = 1_767_225_600.0 + 3600
        #expect(SLOWindow.calendar(.month).periodMinutes(at: jan2026) == 31 * 1440)
        #expect(SLOWindow.calendar(.month).period(containing: jan2026).start == 1_767_225_600)
        // Thursday 2026-01-01 belongs to the week starting Monday 2025-12-29.
        #expect(SLOWindow.calendar(.week).period(containing: jan2026).start == 1_767_225_600 - 3 * 86_400)
        // The page factor for a 31-day month: 0.02 × 744 h = 14.88.
        #expect(BurnRateTier.workbookDefaults[0].factor(periodMinutes: 31 * 1440)?.doubleValue == 14.88)
    }

    @Test func extremeTimesDoNotTrap() throws {
        let s = try EventSeries(startTime: 0, good: PromSeriesNotation.expand("0+1x10"), bad: PromSeriesNotation.expand("0x10"))
        #expect(s.index(at: 1e300) == 10)
        #expect(s.index(at: .infinity) == 10)
        #expect(s.index(at: -1) == nil)
        #expect(s.index(at: .nan) == nil || s.index(at: .nan) == 0)
        _ = SLOWindow.calendar(.month).period(containing: 1e300)
        _ = SLOWindow.calendar(.week).period(containing: -.infinity)
        #expect(throws: SLOError.self) {
            try CounterAlignment.eventSeries(
                good: [MetricSeries(name: "g", timestamps: [0, 1e300], values: [0, 1])], bad: [MetricSeries(name: "b", timestamps: [0], values: [0])],
                total: nil)
        }
    }
}
