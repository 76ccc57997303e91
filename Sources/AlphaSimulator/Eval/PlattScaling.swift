#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Platt scaling: fits confidence = σ(slope · score + intercept) to labelled (score, outcome) pairs by Newton's method
/// on the log-loss, with Platt's smoothed targets so that separable data cannot push the slope to infinity.
public enum PlattScaling {
    /// The fitted slope and intercept; `(1, 0)` when there is nothing to fit.
    public static func fit(scores: [Double], outcomes: [Bool], iterations: Int = 100) -> (slope: Double, intercept: Double) {
        let n = min(scores.count, outcomes.count)
        guard n > 0 else { return (1, 0) }
        let positives = Double(outcomes.prefix(n).count(where: { $0 }))
        let negatives = Double(n) - positives
        let hi = (positives + 1) / (positives + 2)
        let lo = 1 / (negatives + 2)
        var a = 1.0
        var b = 0.0
        for _ in 0..<iterations {
            var ga = 0.0
            var gb = 0.0
            var haa = 1e-9
            var hab = 0.0
            var hbb = 1e-9
            for i in 0..<n {
                let s = scores[i].isFinite ? scores[i] : 0
                let t = outcomes[i] ? hi : lo
                let p = 1 / (1 + exp(-(a * s + b)))
                let d = p - t
                let w = p * (1 - p)
                ga += d * s
                gb += d
                haa += w * s * s
                hab += w * s
                hbb += w
            }
            let det = haa * hbb - hab * hab
            guard abs(det) > 1e-12 else { break }
            let da = (hbb * ga - hab * gb) / det
            let db = (haa * gb - hab * ga) / det
            a -= da
            b -= db
            if abs(da) < 1e-10 && abs(db) < 1e-10 { break }
        }
        return (a, b)
    }
}
