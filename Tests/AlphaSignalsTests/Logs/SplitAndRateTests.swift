import AlphaCore
import AlphaSignals
import Testing

@Suite struct SplitAndRateTests {
    static let t0 = 1_705_314_000.0  // 2024-01-15T10:20:00Z, a minute boundary

    static func line(_ t: Double, _ level: String, _ message: String) -> LogItem {
        .line(#"{"ts":\#(t),"level":"\#(level)","msg":"\#(message)"}"#)
    }

    /// 30 quiet minutes (1 error every 3 minutes, 20 info/min), then 20 minutes with 12 new errors/min.
    static func stepSeries() -> [LogItem] {
        var logs: [LogItem] = []
        for minute in 0..<50 {
            let base = t0 + Double(minute) * 60
            for k in 0..<20 { logs.append(line(base + Double(k) * 3, "info", "served request \(k)")) }
            if minute < 30, minute % 3 == 0 { logs.append(line(base + 1, "error", "cache miss storm for key \(minute)")) }
            if minute >= 30 {
                for k in 0..<12 { logs.append(line(base + Double(k) * 4 + 2, "error", "Error 111 connecting to redis:6379. Connection refused.")) }
            }
        }
        return logs
    }

    @Test func changePointFoundFromTheLogs() async throws {
        let signals = await LogAnalyzer().analyze(Self.stepSeries(), split: nil)
        #expect(signals.split.source == .changePoint)
        #expect(signals.split.time == Self.t0 + 30 * 60)
        #expect(signals.errorRecords == 10 + 240)
        #expect(abs(signals.errorRateBefore - 10.0 / 30) < 1e-9)
        // After: 240 errors over the 19.x minutes from the split to the last record.
        #expect(signals.errorRateAfter > 12 && signals.errorRateAfter < 12.7)
        #expect(signals.errorRateIncrease > 36 && signals.errorRateIncrease < 38)
        #expect(signals.dominantError == .connectionRefused)
        let redis = try #require(signals.signatures.first)
        #expect(redis.countBefore == 0 && redis.countAfter == 240 && redis.isNew)
        #expect(signals.newErrorSignatures == [redis.id])
        #expect(signals.signatures.count == 2)
        #expect(signals.signatures.last?.isNew == false)
        #expect(signals.categories.first == CategoryCount(category: .connectionRefused, countBefore: 0, countAfter: 240))
    }

    @Test func deployTimeIsUsedWhenGiven() async {
        let deploy = Self.t0 + 20 * 60
        let signals = await LogAnalyzer().analyze(Self.stepSeries(), split: deploy)
        #expect(signals.split == SplitPoint(time: deploy, source: .deployedAt))
        let cacheStorm = signals.signatures.first { $0.template == "cache miss storm for key <*>" }
        #expect(cacheStorm?.countBefore == 7)
        #expect(cacheStorm?.countAfter == 3)
        #expect(signals.newErrorSignatures.count == 1)
    }

    @Test func steadyLogsHaveNoChangePoint() async {
        var logs: [LogItem] = []
        for minute in 0..<60 {
            for k in 0..<3 { logs.append(Self.line(Self.t0 + Double(minute * 60 + k * 10), "error", "flaky dependency")) }
        }
        let signals = await LogAnalyzer().analyze(logs, split: nil)
        #expect(signals.split.source == .none)
        #expect(signals.newErrorSignatures.isEmpty)
        #expect(signals.spikes.isEmpty)
        #expect(signals.errorRateIncrease == 1)
    }

    @Test func noTimestampsMeansEverythingIsAfter() async {
        let signals = await LogTestSupport.analyze(["ERROR disk full: No space left on device", "ERROR disk full: No space left on device", "INFO x"])
        #expect(signals.split == SplitPoint(time: nil, source: .none))
        #expect(signals.signatures.first?.countAfter == 2)
        #expect(signals.signatures.first?.countBefore == 0)
        #expect(signals.dominantError == .diskFull)
    }

    @Test func burstIsASpike() async throws {
        var logs: [LogItem] = []
        for minute in 0..<30 {
            let base = Self.t0 + Double(minute) * 60
            logs.append(Self.line(base + 5, "error", "flaky dependency"))
            if minute == 20 {
                for k in 0..<25 { logs.append(Self.line(base + Double(k), "error", "upstream timed out")) }
            }
        }
        let signals = await LogAnalyzer().analyze(logs, split: nil)
        let spike = try #require(signals.spikes.first)
        #expect(signals.spikes.count == 1)
        #expect(spike.start == Self.t0 + 20 * 60)
        #expect(spike.end == Self.t0 + 21 * 60)
        #expect(spike.errors == 26)
        #expect(abs(spike.baseline - 1) < 1e-9)
    }

    @Test func dominantErrorSkipsGenericCategories() async {
        let signals = await LogTestSupport.analyze([
            "ERROR Unhandled exception in worker", "ERROR Unhandled exception in worker", "ERROR Unhandled exception in worker",
            "ERROR Read timed out",
        ])
        #expect(signals.dominantError == .timeout)
    }
}
