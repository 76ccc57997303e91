#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Platt scaling: fits confidence = σ(slope · score + intercept) to labelled (score, outcome) pairs by Newton's method
/// on the log-loss, with Platt's smoothed targets so that separable data cannot push the slope to infinity.
///
/// Each Newton step is backtracked until the loss falls (as in Lin, Lin and Weng's note on Platt's algorithm): far from
/// the optimum — scores a few units away from where the sigmoid bends — the Hessian is nearly singular and a full step
/// overshoots to absurd parameters.
public enum PlattScaling {
    /// The fitted slope and intercept; `(1, 0)` when there is nothing to fit.
    public static func fit(scores: [Double], outcomes: [Bool], iterations: Int = 100) -> (slope: Double, intercept: Double) {
        let n = min(scores.count, outcomes.count)
        guard n > 0 else { return (1, 0) }
        let positives = Double(outcomes.prefix(n).count(where: { $0 }))
        let negatives = Double(n) - positives
        let hi = (positives + 1) / (positives + 2)
        let lo = 1 / (negatives + 2)
        let xs = scores.prefix(n).map { $0.isFinite ? $0 : 0 }
        let ts = outcomes.prefix(n).map { $0 ? hi : lo }
        var a = 1.0
        // Start at the base rate, so the first steps are taken where the sigmoid has slope.
        var b = log((positives + 1) / (negatives + 1)) - a * xs.reduce(0, +) / Double(n)
        var current = loss(xs, ts, a, b)
        for _ in 0..<iterations {
            var ga = 0.0
            var gb = 0.0
            var haa = 1e-9
            var hab = 0.0
            var hbb = 1e-9
            for i in 0..<n {
                let s = xs[i]
                let p = 1 / (1 + exp(-(a * s + b)))
                let d = p - ts[i]
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
            var step = 1.0
            var improved = false
            while step >= 1e-10 {
                let candidate = loss(xs, ts, a - step * da, b - step * db)
                if candidate < current + 1e-4 * step * (ga * -da + gb * -db) {
                    a -= step * da
                    b -= step * db
                    current = candidate
                    improved = true
                    break
                }
                step /= 2
            }
            if !improved || (abs(step * da) < 1e-10 && abs(step * db) < 1e-10) { break }
        }
        return (a, b)
    }

    /// The cross-entropy of σ(a·s + b) against the smoothed targets, computed without overflow for large |a·s + b|.
    static func loss(_ xs: [Double], _ ts: [Double], _ a: Double, _ b: Double) -> Double {
        var total = 0.0
        for (s, t) in zip(xs, ts) {
            let z = a * s + b
            // −[t·log σ(z) + (1 − t)·log(1 − σ(z))] = log(1 + e^z) − t·z, with log(1 + e^z) computed stably.
            let softplus = z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
            total += softplus - t * z
        }
        return total
    }
}
