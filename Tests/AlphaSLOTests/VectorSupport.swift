import AlphaSLO
import Testing

/// Helpers shared by the test-vector suites: 99.9% over 30 days, Sloth-style good/bad counters.
enum Vectors {
    static let objective = ExactRatio(decimal: "0.999")!

    static func spec(minEvents: Double = 0, tiers: [BurnRateTier] = BurnRateTier.workbookDefaults) -> SLOSpec {
        SLOSpec(
            service: "checkout", name: "availability", objective: objective,
            indicator: .ratio(good: "http_requests_total{code=\"200\"}", bad: "http_requests_total{code=\"500\"}", total: nil),
            alerting: AlertingPolicy(tiers: tiers, minEvents: minEvents, cooldownMinutes: 60))
    }

    /// An evaluator over promtool-notation counters, sample i at minute i (time 0 = epoch 0).
    static func evaluator(good: String, bad: String, spec: SLOSpec = Vectors.spec()) throws -> SLOEvaluator {
        let series = try EventSeries(startTime: 0, good: PromSeriesNotation.expand(good), bad: PromSeriesNotation.expand(bad))
        return SLOEvaluator(spec: spec, series: series)
    }

    /// |a − b| ≤ 1e-12 · max(|a|, |b|).
    static func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    }
}
