/// The one parameter set of `AnomalyEnsemble`. The defaults are the set used for every NAB file.
///
/// The defaults were tuned as *global* parameters on the 31-file NAB corpus (see docs/anomaly-detection.md): one set
/// for all series, never chosen per file.
public struct EnsembleParameters: Sendable, Codable, Equatable {
    /// Relative step of the streaming quantile sketches (effective memory ≈ 1/step points).
    public var quantileStep = 0.002
    /// Points averaged by the level-shift statistic.
    public var shortWindow = 6
    /// Noise-scale floor as a fraction of the 5–95 % range.
    public var rangeFloor = 0.05
    /// Divisor of the √k-scaled level-shift z.
    public var shiftDivisor = 3.0
    /// Season length in seconds for the seasonal baseline (a day).
    public var seasonPeriodSeconds = 86_400.0
    /// Smoothing of each daily-profile slot.
    public var seasonalAlpha = 0.1
    /// Points in the short volatility window.
    public var varianceWindow = 24
    /// Points in the trend (leak) regression window.
    public var trendWindow = 48
    /// CUSUM allowance and threshold, in σ.
    public var cusumDrift = 0.5
    /// CUSUM decision threshold, in σ.
    public var cusumThreshold = 8.0
    /// Points that only build each detector's surprise record before scores are emitted.
    public var recordWarmup = 150
    /// Per-point decay of the surprise records.
    public var recordDecay = 0.9999
    /// Weight of the robust-z (spike, level shift) detector.
    public var robustWeight = 1.0
    /// Weight of the seasonal detector.
    public var seasonalWeight = 1.0
    /// Weight of the variance detector.
    public var varianceWeight = 1.0
    /// Weight of the trend detector.
    public var trendWeight = 0.0
    /// Weight of the CUSUM detector.
    public var changePointWeight = 0.0
    /// Give the single-point and the level-shift statistics their own surprise records.
    public var splitRecords = true
    /// Points after an alert whose scores are damped (one incident, one alert).
    public var suppression = 0
    /// Factor applied to scores during suppression.
    public var suppressionFactor = 0.0
    /// Score from which a point is reported as anomalous (`detect` output, events, risk).
    public var alertScore = 0.52
    /// Points below the alert score that may separate two alerts of one event.
    public var eventGap = 12

    /// The default (NAB-tuned) parameter set.
    public init() {}

    /// The default parameter set.
    public static let standard = EnsembleParameters()
}
