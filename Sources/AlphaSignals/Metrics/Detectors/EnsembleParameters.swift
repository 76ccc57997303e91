/// The one parameter set of `AnomalyEnsemble`. The defaults are the set used for every NAB file.
///
/// The defaults were tuned as *global* parameters on the 31-file NAB corpus (see docs/anomaly-detection.md): one set
/// for all series, never chosen per file.
public struct EnsembleParameters: Sendable, Codable, Equatable {
    /// Relative step of the streaming quantile sketches (effective memory ≈ 1/step points).
    public var quantileStep = 0.0015
    /// Points averaged by the level-shift statistic.
    public var shortWindow = 12
    /// Noise-scale floor as a fraction of the 5–95 % range.
    public var rangeFloor = 0.05
    /// Divisor of the √k-scaled level-shift z.
    public var shiftDivisor = 2.5
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
    public var recordWarmup = 250
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
    public var changePointWeight = 1.0
    /// Give the single-point and the level-shift statistics their own surprise records.
    public var splitRecords = true
    /// Points after an alert whose scores are damped (one incident, one alert).
    public var suppression = 140
    /// Factor applied to scores during suppression.
    public var suppressionFactor = 0.0
    /// Warm the seasonal records up on real residuals only (not on the first day's empty slots).
    public var seasonalWarmupOnResiduals = false
    /// Weight of the second-highest detector ratio added to the highest (0 = plain maximum).
    public var agreementBonus = 0.0
    /// Points in the series-level leak regression (a day of 5-minute samples).
    public var leakWindow = 288
    /// Robust-z surprises below this many σ are damped proportionally (0 = off).
    public var surpriseFloor = 4.5
    /// Volatility surprises (|ln ratio|) below this are damped proportionally (0 = off). 1.5 = a rise to 4.5× or a
    /// fall to 0.22× of the baseline σ: a single ~12σ spike inside the 24-point window already lifts σ by e^1, which
    /// is routine on spiky series. 1.5 is the value the 2-fold tuner (`Benchmarks/NAB/Tuning/twofold.py`) picks on
    /// each half and on all 31 files independently (1.0 before; see docs/anomaly-detection.md).
    public var volatilityFloor = 1.5
    /// CUSUM levels (statistic ÷ threshold) below this are damped proportionally (0 = off).
    public var changePointFloor = 1.0
    /// Records never count as lower than this fraction of the detector's floor (0 = off).
    public var recordFloor = 0.5
    /// Smoothing of the fast mean CUSUM measures against (0 = the robust median).
    public var cusumBaselineAlpha = 0.01
    /// Score from which a point is reported as anomalous (`detect` output, events, risk).
    public var alertScore = 0.52
    /// Points below the alert score that may separate two alerts of one event.
    public var eventGap = 12

    /// The default (NAB-tuned) parameter set.
    public init() {}

    /// The default parameter set.
    public static let standard = EnsembleParameters()
}
