extension Int {
    /// `value` rounded toward minus infinity and clamped to ±2^53, 0 for NaN: converting input-derived Doubles
    /// (timestamps, spans) to indices must never trap.
    public init(clampingFloor value: Double) {
        guard value.isFinite else {
            self = value.isNaN ? 0 : (value > 0 ? 1 << 53 : -(1 << 53))
            return
        }
        self = Int(Swift.min(Swift.max(value.rounded(.down), -9_007_199_254_740_992), 9_007_199_254_740_992))
    }

    /// `value` rounded to nearest and clamped like `init(clampingFloor:)`.
    public init(clampingRounded value: Double) {
        self.init(clampingFloor: value.isFinite ? value.rounded() : value)
    }
}
