/// Finds where the error rate stepped up, from per-minute error counts: the split maximising the Poisson
/// log-likelihood ratio of "two rates" against "one rate", kept only when the effect is large enough.
enum LogChangePointDetector {
    /// Log-likelihood ratio a split must reach (≈ p < 1e-4 even after scanning every minute).
    static let minimumLogLikelihoodRatio = 10.0
    /// The rate after must be at least this many times the rate before (floored at `rateFloor`).
    static let minimumRateRatio = 2.0
    static let rateFloor = 0.1
    static let minimumErrorsAfter = 5

    /// - Parameters:
    ///   - counts: error records per minute (sparse).
    ///   - firstMinute, lastMinute: the minutes the logs span (all records, not only errors).
    /// - Returns: the first minute of the "after" segment, or nil when no convincing step up exists.
    static func detect(_ counts: [Int64: Int], firstMinute: Int64, lastMinute: Int64) -> Int64? {
        guard lastMinute > firstMinute else { return nil }
        let sorted = counts.sorted { $0.key < $1.key }
        let total = sorted.reduce(0) { $0 + $1.value }
        let span = Double(lastMinute - firstMinute + 1)
        guard total >= minimumErrorsAfter, span >= 3 else { return nil }
        let nullLikelihood = LogPoisson.segmentLogLikelihood(total, span)
        var best: (minute: Int64, ratio: Double)?
        var before = 0
        for (minute, count) in sorted {
            defer { before += count }
            let t1 = Double(minute - firstMinute)
            let t2 = span - t1
            guard t1 >= 2, t2 >= 1 else { continue }
            let after = total - before
            let rateBefore = Double(before) / t1
            let rateAfter = Double(after) / t2
            guard after >= minimumErrorsAfter, rateAfter >= minimumRateRatio * max(rateBefore, rateFloor) else { continue }
            let ratio = LogPoisson.segmentLogLikelihood(before, t1) + LogPoisson.segmentLogLikelihood(after, t2) - nullLikelihood
            if ratio > (best?.ratio ?? minimumLogLikelihoodRatio) { best = (minute, ratio) }
        }
        return best?.minute
    }
}
