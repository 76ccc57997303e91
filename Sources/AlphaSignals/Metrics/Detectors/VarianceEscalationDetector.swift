/// The seed's variance escalation, streaming: short-window volatility against the long-run robust spread.
///
/// Surprise is `|ln(σ_short ÷ σ_baseline)|`, so both a rise in chaos and a series that suddenly goes flat (a dead
/// sensor, a stuck gauge) register.
public struct VarianceEscalationDetector: Sendable, Codable, Equatable {
    var window: SlidingWindow

    /// A detector over the last `shortWindow` points.
    public init(shortWindow: Int) {
        window = SlidingWindow(capacity: shortWindow)
    }

    /// Pushes `x` and compares the short window's σ with the baseline scale (both before `x` was learnt there).
    /// Returns the volatility ratio σ_short ÷ σ_baseline, or nil until the window and the baseline are ready.
    @inline(__always)
    public mutating func update(_ x: Double, baseline: RobustSummary?) -> Double? {
        window.push(x)
        guard let b = baseline, window.isFull else { return nil }
        let reference = b.scale(rangeFloor: 0.01)
        return (window.standardDeviation + 1e-3 * reference) / reference
    }
}
