/// A daily profile: one exponentially weighted average per phase of the day.
///
/// The phase is taken from the timestamp (`(t mod period) ÷ step`), so gaps and irregular sampling land in the
/// right slot. `residual(_:at:)` is the value minus the profile's expectation for that time of day — what the
/// seasonal detector scores — and then updates that slot.
public struct SeasonalBaseline: Sendable, Codable, Equatable {
    /// The season length in seconds (86 400 for a daily profile).
    public let periodSeconds: Double
    /// The sampling step in seconds.
    public let stepSeconds: Double
    /// Smoothing of each slot (weight of the newest value).
    public var alpha: Double
    var slots: [Double]
    var filled: [Bool]

    /// A profile with `period ÷ step` slots, or nil when that is not between 4 and `maxSlots` (no usable season).
    public init?(periodSeconds: Double, stepSeconds: Double, alpha: Double, maxSlots: Int = 4096) {
        guard stepSeconds > 0, periodSeconds.isFinite, stepSeconds.isFinite else { return nil }
        let count = (periodSeconds / stepSeconds).rounded()
        guard count >= 4, count <= Double(maxSlots) else { return nil }
        self.periodSeconds = periodSeconds
        self.stepSeconds = stepSeconds
        self.alpha = alpha
        slots = [Double](repeating: 0, count: Int(count))
        filled = [Bool](repeating: false, count: Int(count))
    }

    /// Number of phases in one season.
    public var slotCount: Int { slots.count }

    /// The slot for a timestamp.
    @inline(__always)
    func slot(at t: Double) -> Int {
        guard t.isFinite else { return 0 }
        // floor division instead of fmod: same slot, several times cheaper on the hot path.
        var phase = t - (t / periodSeconds).rounded(.down) * periodSeconds
        if phase < 0 { phase += periodSeconds }
        if phase >= periodSeconds { phase -= periodSeconds }
        let index = Int((phase / stepSeconds).rounded())
        return index >= slots.count ? index - slots.count : index
    }

    /// `x` minus the expected value for its time of day (nil the first time a slot is seen), then learns `x`.
    @inline(__always)
    public mutating func residual(_ x: Double, at t: Double) -> (residual: Double, expected: Double)? {
        let i = slot(at: t)
        guard filled[i] else {
            slots[i] = x
            filled[i] = true
            return nil
        }
        let expected = slots[i]
        slots[i] = expected + alpha * (x - expected)
        return (x - expected, expected)
    }
}
