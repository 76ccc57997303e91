import AlphaCore
import AlphaSignals
import Testing

@Suite struct AnomalyCorrelatorTests {
    let t0 = 1_700_000_000.0

    func event(at time: Double, score: Double, _ text: String) -> AnomalyEvent {
        AnomalyEvent(startIndex: 0, peakIndex: 0, endIndex: 0, start: time, peak: time, value: 0, score: score, detector: .spike, explanation: text)
    }

    func burst(at time: Double, errors: Int) -> LogSignals {
        LogSignals(spikes: [LogSpike(start: time, end: time + 60, errors: errors, baseline: 0.5)])
    }

    @Test func signalsWithinFiveMinutesFormOneNarrative() throws {
        let metrics = [
            AnomalyCorrelator.MetricAnomaly(
                series: "memory_bytes{pod=\"a\"}", kind: .memory, event: event(at: t0 + 60, score: 0.9, "rose 132% in 4 h")),
            AnomalyCorrelator.MetricAnomaly(series: "cpu_ratio", kind: .cpu, event: event(at: t0 + 120, score: 0.8, "spike to 95%")),
        ]
        let narratives = AnomalyCorrelator.correlate(metrics: metrics, logs: burst(at: t0, errors: 13), service: "orders-api")
        #expect(narratives.count == 1)
        let n = try #require(narratives.first)
        #expect(n.signals.count == 3)
        #expect(n.narrative.hasPrefix("At 22:13 orders-api: 13 error events"), "\(n.narrative)")
        #expect(n.narrative.contains("memory_bytes rose 132% in 4 h"))
        #expect(n.hypothesis == "Hypothesis: error burst caused by resource exhaustion.")
    }

    @Test func signalsFarApartAreNotOneStoryAndLoneSignalsAreDropped() {
        let metrics = [
            AnomalyCorrelator.MetricAnomaly(series: "latency_p99", kind: .latency, event: event(at: t0, score: 0.9, "14× its baseline")),
            AnomalyCorrelator.MetricAnomaly(series: "pool_wait", kind: .poolWait, event: event(at: t0 + 3600, score: 0.9, "pool wait 20 s")),
        ]
        let narratives = AnomalyCorrelator.correlate(metrics: metrics, logs: burst(at: t0 + 3660, errors: 40), service: nil)
        #expect(narratives.count == 1)
        #expect(narratives.first?.start == t0 + 3600)
        #expect(narratives.first?.hypothesis == "Hypothesis: errors follow connection pool saturation.")
    }

    @Test func theHypothesisFollowsTheWeightOfEvidenceNotTheRuleOrder() {
        let metrics = [
            AnomalyCorrelator.MetricAnomaly(series: "memory", kind: .memory, event: event(at: t0, score: 0.53, "small drift")),
            AnomalyCorrelator.MetricAnomaly(series: "db_time", kind: .dbQueryTime, event: event(at: t0 + 30, score: 0.99, "27× baseline")),
            AnomalyCorrelator.MetricAnomaly(series: "db_locks", kind: .lockWaits, event: event(at: t0 + 60, score: 0.9, "lock waits up")),
        ]
        let narratives = AnomalyCorrelator.correlate(metrics: metrics, logs: LogSignals(), service: nil)
        #expect(narratives.first?.hypothesis == "Hypothesis: errors follow a database slowdown.")
    }
}
