import AlphaCore
import AlphaSLO
import Testing

/// Our numbers against PromQL's, on the same backfilled series in a real Prometheus (scripts/lib/prometheus.sh).
@Suite(
    .enabled(
        if: TestPrometheus.url != nil || TestPrometheus.required,
        "set ALPHA_SRE_TEST_PROMETHEUS_URL (scripts/lib/prometheus.sh) to run against Prometheus"))
struct PrometheusBackedTests {
    static let windows: [StandardWindow] = [.m5, .m30, .h1, .h2, .h6, .d1, .d3]

    func compare(job: String, lastMinute: Int, minutes: [Int]) async throws {
        let bad = try await TestPrometheus.range("http_requests_total{job=\"\(job)\",code=\"500\"}", from: 0, to: lastMinute)
        let total = try await TestPrometheus.range("http_requests_total{job=\"\(job)\"}", from: 0, to: lastMinute)
        #expect(bad.count == 1 && total.count == 2)
        let series = try CounterAlignment.eventSeries(good: nil, bad: bad, total: total)
        #expect(series.startTime == TestPrometheus.t0)
        let evaluator = SLOEvaluator(spec: Vectors.spec(), series: series)
        for minute in minutes {
            let snap = evaluator.snapshot(at: minute)
            for w in Self.windows {
                let expr =
                    "sum(rate(http_requests_total{job=\"\(job)\",code=\"500\"}[\(w.label)])) / sum(rate(http_requests_total{job=\"\(job)\"}[\(w.label)]))"
                let promql = try #require(try await TestPrometheus.scalar(expr, minute: minute))
                let ours = snap.window(w)?.errorRatio
                #expect(Vectors.close(ours, promql), "\(job) minute \(minute) window \(w.label): ours \(String(describing: ours)) PromQL \(promql)")
            }
            // The period (event-weighted) budget against PromQL increase over the 30-day window.
            let periodExpr =
                "sum(increase(http_requests_total{job=\"\(job)\",code=\"500\"}[30d])) / sum(increase(http_requests_total{job=\"\(job)\"}[30d]))"
            let promPeriod = try #require(try await TestPrometheus.scalar(periodExpr, minute: minute))
            #expect(Vectors.close(snap.budgetStatus.errorRatio, promPeriod))
        }
    }

    @Test func outageVectorBMatchesPromQL() async throws {
        _ = try TestPrometheus.base()
        try await compare(job: "checkout", lastMinute: 670, minutes: [601, 610, 615, 645])
        // And the literal values at minute 610.
        let r30 = try await TestPrometheus.scalar(
            "sum(rate(http_requests_total{job=\"checkout\",code=\"500\"}[30m])) / sum(rate(http_requests_total{job=\"checkout\"}[30m]))", minute: 610)
        #expect(r30 == 0.33333333333333337)
    }

    @Test func slowBurnVectorCMatchesPromQL() async throws {
        _ = try TestPrometheus.base()
        try await compare(job: "search", lastMinute: 1440, minutes: [60, 720, 1440])
    }

    @Test func noSamplesIsEmptyInPromQLAndNoDataForUs() async throws {
        _ = try TestPrometheus.base()
        // Ten minutes after the checkout series ended: PromQL has nothing in a 5m window; neither do we.
        let promql = try await TestPrometheus.scalar("sum(rate(http_requests_total{job=\"checkout\"}[5m]))", minute: 690)
        #expect(promql == nil)
        let total = try await TestPrometheus.range("http_requests_total{job=\"checkout\"}", from: 0, to: 690)
        let bad = try await TestPrometheus.range("http_requests_total{job=\"checkout\",code=\"500\"}", from: 0, to: 690)
        let series = try CounterAlignment.eventSeries(good: nil, bad: bad, total: total)
        // query_range keeps returning the last sample for 5 minutes (staleness), then nothing: the series ends.
        let snap = SLOEvaluator(spec: Vectors.spec(), series: series).snapshot(at: series.count - 1)
        #expect(snap.window(.m5)?.errorRatio == nil)
    }
}
