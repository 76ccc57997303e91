/// The seed's composite burn rate: 5m × 0.40 + 1h × 0.35 + 24h × 0.25.
public enum CompositeBurn {
    /// The windows and their weights.
    public static let weights: [(window: StandardWindow, weight: Double)] = [(.m5, 0.40), (.h1, 0.35), (.d1, 0.25)]

    /// The weighted burn; windows without data are left out and the remaining weights renormalised,
    /// `nil` when none has data (never NaN).
    public static func compute(burn5m: Double?, burn1h: Double?, burn1d: Double?) -> Double? {
        var sum = 0.0
        var weight = 0.0
        for (value, w) in [(burn5m, 0.40), (burn1h, 0.35), (burn1d, 0.25)] {
            guard let value else { continue }
            sum += value * w
            weight += w
        }
        guard weight > 0 else { return nil }
        return weight == 1.0 ? sum : sum / weight
    }
}
