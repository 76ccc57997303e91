/// Two-sided CUSUM change-point detection on robust z-scores.
///
/// `g⁺ = max(0, g⁺ + z − k)` and `g⁻ = max(0, g⁻ − z − k)`: small persistent shifts accumulate, noise drains
/// away. Crossing `h` signals a change point; the onset reported is where the winning sum last left zero, and both
/// sums then restart. z is clipped so one wild spike cannot fake a sustained shift.
public struct CUSUMDetector: Sendable, Codable, Equatable {
    /// Allowance per point, in σ.
    public var drift: Double
    /// Decision threshold, in σ.
    public var threshold: Double
    /// |z| is clipped to this before accumulating.
    public var clip: Double
    var positive = 0.0
    var negative = 0.0
    var positiveStart = 0
    var negativeStart = 0

    /// A detector with the given allowance `k`, threshold `h` and clip.
    public init(drift: Double = 0.5, threshold: Double = 8, clip: Double = 4) {
        self.drift = drift
        self.threshold = threshold
        self.clip = clip
    }

    /// Folds in the z-score of point `index`; returns the statistic ÷ threshold and, on an alarm, the change.
    @inline(__always)
    public mutating func update(z: Double, index: Int) -> (level: Double, change: ChangePoint?) {
        let c = z.isFinite ? Swift.min(clip, Swift.max(-clip, z)) : 0
        if positive == 0 { positiveStart = index }
        if negative == 0 { negativeStart = index }
        positive = Swift.max(0, positive + c - drift)
        negative = Swift.max(0, negative - c - drift)
        let level = Swift.max(positive, negative) / threshold
        guard level >= 1 else { return (level, nil) }
        let change =
            positive >= negative
            ? ChangePoint(onsetIndex: positiveStart, alarmIndex: index, direction: .up)
            : ChangePoint(onsetIndex: negativeStart, alarmIndex: index, direction: .down)
        positive = 0
        negative = 0
        return (level, change)
    }
}

/// A change point found by CUSUM.
public struct ChangePoint: Sendable, Codable, Equatable {
    /// Where the shift began (the point the winning sum started growing).
    public var onsetIndex: Int
    /// Where it crossed the threshold.
    public var alarmIndex: Int
    /// Up or down.
    public var direction: ChangeDirection
}
