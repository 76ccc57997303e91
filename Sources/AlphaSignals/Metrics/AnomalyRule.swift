/// How a before/after pair is judged. Documented constants, not tuned to any fixture.
///
/// - noise = max(1.4826·MAD_before, 1% of |median_before|, the unit's resolution). 1.4826·MAD estimates σ for normal
///   noise; the 1% level floor keeps a perfectly flat baseline finite (a flat 100 → 150 scores z = 50, not ∞); the
///   unit resolution (1 ms, 0.001 of a ratio, 1 byte, 0.001 otherwise) covers a baseline of exactly 0.
/// - z = (median_after − median_before) / noise.
/// - anomalous ⇔ |z| ≥ 3.5 (the usual modified-z cut-off) AND the medians differ by ≥ 20% of the baseline level AND by at
///   least one unit resolution (so 0 → 0.0004 error ratio is not an incident).
/// - both windows need ≥ 3 points to call anything anomalous: one point is not a baseline.
/// - direction is `flat` unless |z| ≥ 1 and the change is ≥ 5% of the level.
enum AnomalyRule {
    static let zThreshold = 3.5
    static let relativeThreshold = 0.2
    static let levelFloor = 0.01
    static let madToSigma = 1.4826
    static let minimumWindow = 3

    static func resolution(of unit: String) -> Double {
        switch unit {
        case "s": return 1e-3
        case "bytes": return 1
        default: return 1e-3
        }
    }

    struct Judgement: Equatable {
        var zScore: Double
        var changeRatio: Double?
        var direction: ChangeDirection
        var anomalous: Bool
    }

    static func judge(before: SeriesStats, after: SeriesStats, unit: String) -> Judgement {
        guard before.count > 0, after.count > 0, before.median.isFinite, after.median.isFinite else {
            return Judgement(zScore: 0, changeRatio: nil, direction: .flat, anomalous: false)
        }
        let delta = after.median - before.median
        let level = Swift.abs(before.median)
        let resolution = resolution(of: unit)
        let noise = Swift.max(madToSigma * before.mad, levelFloor * level, resolution)
        // Values near ±Double.greatestFiniteMagnitude can overflow the difference; keep z finite and ordered.
        let rawZ = delta / noise
        let zScore = rawZ.isNaN ? 0 : Swift.min(Swift.max(rawZ, -Double.greatestFiniteMagnitude), Double.greatestFiniteMagnitude)
        let size = Swift.abs(delta)
        let enoughPoints = before.count >= minimumWindow && after.count >= minimumWindow
        let anomalous = enoughPoints && Swift.abs(zScore) >= zThreshold && size >= relativeThreshold * level && size >= resolution
        let moved = Swift.abs(zScore) >= 1 && size >= 0.05 * Swift.max(level, resolution)
        let direction: ChangeDirection = moved ? (delta > 0 ? .up : .down) : .flat
        let changeRatio: Double? = before.median != 0 ? after.median / before.median : nil
        return Judgement(zScore: zScore, changeRatio: changeRatio, direction: direction, anomalous: anomalous)
    }
}
