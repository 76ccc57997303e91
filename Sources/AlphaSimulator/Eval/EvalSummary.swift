public import AlphaCore

/// Accuracy, culprit accuracy, multi-cause recall and calibration of an analyzer over a labelled corpus.
///
/// - top-k: one of the first k hypotheses is one of the true causes (per label: by the primary true cause).
/// - culprit: over every true (cause, culprit) pair that names a culprit, the analyzer's hypothesis for that cause
///   exists and names the same commit, config key or dependency.
/// - recall@3: for incidents with two or more causes, the share of true causes among the first three hypotheses.
/// - calibration: every reported hypothesis except `unknown` is a forecast "this is a cause" with its confidence;
///   ECE over 10 equal-width bins and the Brier score measure how well confidence matches the hit rate.
public struct EvalSummary: Sendable {
    public var count: Int
    public var top1: Double
    public var top3: Double
    public var culprit: Double
    public var culpritPairs: Int
    public var multiCauseRecall3: Double
    public var multiCauseIncidents: Int
    public var ece: Double
    /// ECE of the top hypothesis alone (what a reader sees first).
    public var eceTop1: Double
    public var brier: Double
    public var forecasts: Int
    public var latencyP50Ms: Double
    public var latencyP99Ms: Double
    public var totalSeconds: Double
    /// Per primary true label: (incidents, top-1 hits, top-3 hits).
    public var perLabel: [(label: CauseLabel, count: Int, top1: Int, top3: Int)]
    /// Primary true label → predicted top-1 label → count.
    public var confusion: [CauseLabel: [CauseLabel: Int]]
    /// Reliability bins: (mean confidence, hit rate, forecasts).
    public var bins: [(confidence: Double, accuracy: Double, count: Int)]

    /// Scores `cases`; `totalSeconds` is the corpus' wall time.
    public init(_ cases: [EvalCase], totalSeconds: Double = 0) {
        count = cases.count
        self.totalSeconds = totalSeconds
        var hits1 = 0
        var hits3 = 0
        var pairs = 0
        var pairHits = 0
        var multi = 0
        var recallSum = 0.0
        var per: [CauseLabel: (Int, Int, Int)] = [:]
        var confusion: [CauseLabel: [CauseLabel: Int]] = [:]
        var forecasts: [(Double, Bool)] = []
        var firsts: [(Double, Bool)] = []
        for c in cases {
            let truth = Set(c.truth.labels)
            let top1 = c.top(1)
            let top3 = c.top(3)
            let h1 = top1.contains { truth.contains($0) }
            let h3 = top3.contains { truth.contains($0) }
            if h1 { hits1 += 1 }
            if h3 { hits3 += 1 }
            if let primary = c.truth.labels.first {
                var e = per[primary] ?? (0, 0, 0)
                e.0 += 1
                e.1 += h1 ? 1 : 0
                e.2 += h3 ? 1 : 0
                per[primary] = e
                let predicted = top1.first ?? .unknown
                confusion[primary, default: [:]][truth.contains(predicted) ? primary : predicted, default: 0] += 1
            }
            for (label, culprit) in c.truth.culprits {
                guard let culprit else { continue }
                pairs += 1
                if let h = c.hypotheses.first(where: { $0.label == label }), EvalCase.matches(h.culprit, culprit) { pairHits += 1 }
            }
            if truth.count >= 2 {
                multi += 1
                recallSum += Double(truth.intersection(top3).count) / Double(truth.count)
            }
            for h in c.hypotheses where h.label != .unknown { forecasts.append((h.confidence, truth.contains(h.label))) }
            if let first = c.hypotheses.first, first.label != .unknown { firsts.append((first.confidence, truth.contains(first.label))) }
        }
        let n = Double(max(1, cases.count))
        top1 = Double(hits1) / n
        top3 = Double(hits3) / n
        culpritPairs = pairs
        culprit = pairs > 0 ? Double(pairHits) / Double(pairs) : 0
        multiCauseIncidents = multi
        multiCauseRecall3 = multi > 0 ? recallSum / Double(multi) : 0
        perLabel = per.map { (label: $0.key, count: $0.value.0, top1: $0.value.1, top3: $0.value.2) }.sorted { $0.label < $1.label }
        self.confusion = confusion
        self.forecasts = forecasts.count
        (ece, brier, bins) = Self.calibration(forecasts)
        eceTop1 = Self.calibration(firsts).ece
        let latencies = cases.map(\.latencyMs).sorted()
        latencyP50Ms = Self.quantile(latencies, 0.5)
        latencyP99Ms = Self.quantile(latencies, 0.99)
    }

    /// ECE over 10 equal-width confidence bins, Brier score, and the bins.
    public static func calibration(_ forecasts: [(Double, Bool)]) -> (
        ece: Double, brier: Double, bins: [(confidence: Double, accuracy: Double, count: Int)]
    ) {
        guard !forecasts.isEmpty else { return (0, 0, []) }
        var sums = [(conf: Double, hits: Double, n: Int)](repeating: (0, 0, 0), count: 10)
        var brier = 0.0
        for (p, y) in forecasts {
            let clamped = min(1, max(0, p.isFinite ? p : 0))
            let i = min(9, Int(clamped * 10))
            sums[i].conf += clamped
            sums[i].hits += y ? 1 : 0
            sums[i].n += 1
            let o = y ? 1.0 : 0.0
            brier += (clamped - o) * (clamped - o)
        }
        let total = Double(forecasts.count)
        var ece = 0.0
        var bins: [(confidence: Double, accuracy: Double, count: Int)] = []
        for b in sums {
            guard b.n > 0 else {
                bins.append((0, 0, 0))
                continue
            }
            let conf = b.conf / Double(b.n)
            let acc = b.hits / Double(b.n)
            ece += Double(b.n) / total * abs(acc - conf)
            bins.append((conf, acc, b.n))
        }
        return (ece, brier / total, bins)
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let i = min(sorted.count - 1, max(0, Int((q * Double(sorted.count - 1)).rounded(.up))))
        return sorted[i]
    }
}
