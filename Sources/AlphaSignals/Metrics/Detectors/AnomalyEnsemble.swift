#if canImport(Glibc)
    import Glibc
    @inline(__always) private func cLog(_ x: Double) -> Double { Glibc.log(x) }
#elseif canImport(Musl)
    import Musl
    @inline(__always) private func cLog(_ x: Double) -> Double { Musl.log(x) }
#else
    import Darwin
    @inline(__always) private func cLog(_ x: Double) -> Double { Darwin.log(x) }
#endif

/// Streaming anomaly detection: robust z (spikes, level shifts), a daily seasonal baseline, variance escalation,
/// trend (leaks) and CUSUM change points, fused into one score per point.
///
/// Every point costs O(1): quantile sketches, sliding sums and fixed-size profiles, no history scans. The state is
/// `Codable`, so a stream can be checkpointed and resumed. Scores are causal: a point's score depends only on the
/// points up to and including it. Each detector's surprise is divided by its own decaying record (see
/// `RecordNormalizer`) and the ensemble keeps the largest weighted ratio, which makes one threshold meaningful
/// across very different series.
public struct AnomalyEnsemble: Sendable, Codable {
    /// Timestamps used to estimate the sampling step before the seasonal baseline starts.
    static let stepProbeCount = 21

    /// The parameters this ensemble runs with.
    public let parameters: EnsembleParameters
    var robust: RobustZDetector
    var seasonalZ: RobustZDetector
    var seasonal: SeasonalBaseline?
    var variance: VarianceEscalationDetector
    var trend: TrendDetector
    var cusum: CUSUMDetector
    var robustRecord: RecordNormalizer
    var shiftRecord: RecordNormalizer
    var seasonalShiftRecord: RecordNormalizer
    var seasonalRecord: RecordNormalizer
    var varianceRecord: RecordNormalizer
    var trendRecord: RecordNormalizer
    var cusumRecord: RecordNormalizer
    var probe: [Double] = []
    var seasonalDecided = false
    var suppressedUntil = 0
    /// Points seen so far.
    public private(set) var count = 0

    /// A fresh ensemble.
    public init(parameters: EnsembleParameters = .standard) {
        self.parameters = parameters
        let p = parameters
        robust = RobustZDetector(eta: p.quantileStep, shortWindow: p.shortWindow, rangeFloor: p.rangeFloor, shiftDivisor: p.shiftDivisor)
        seasonalZ = RobustZDetector(eta: p.quantileStep, shortWindow: p.shortWindow, rangeFloor: p.rangeFloor, shiftDivisor: p.shiftDivisor)
        variance = VarianceEscalationDetector(shortWindow: p.varianceWindow)
        trend = TrendDetector(window: p.trendWindow)
        cusum = CUSUMDetector(drift: p.cusumDrift, threshold: p.cusumThreshold)
        let record = RecordNormalizer(warmup: p.recordWarmup, decay: p.recordDecay)
        robustRecord = record
        shiftRecord = record
        seasonalShiftRecord = record
        seasonalRecord = record
        varianceRecord = record
        trendRecord = record
        cusumRecord = record
        probe.reserveCapacity(Self.stepProbeCount)
    }

    /// Scores one point (epoch-second timestamp) and learns it. Non-finite values score 0 and are not learnt.
    public mutating func update(value x: Double, timestamp t: Double) -> PointScore {
        let index = count
        count += 1
        if !seasonalDecided { probeStep(t) }
        guard x.isFinite else { return .empty }
        let p = parameters

        let baseline = robust.baseline
        let z = robust.update(x)
        var best: Double
        var kind: DetectorKind
        if p.splitRecords {
            let spike = robustRecord.normalize(abs(z.point)) * p.robustWeight
            let shift = shiftRecord.normalize(abs(z.shift)) * p.robustWeight
            best = Swift.max(spike, shift)
            kind = spike >= shift ? .spike : .levelShift
        } else {
            best = robustRecord.normalize(z.surprise) * p.robustWeight
            kind = abs(z.point) >= abs(z.shift) ? .spike : .levelShift
        }

        var expected: Double?
        var seasonalScore = 0.0
        if seasonal != nil {
            // Mirrors the reference: slots seen for the first time feed a zero residual to the short window only.
            let r = seasonal?.residual(x, at: t)
            expected = r?.expected
            if let r {
                let sz = seasonalZ.update(r.residual)
                seasonalScore = sz.point.magnitude >= sz.shift.magnitude ? sz.point : sz.shift
                let ratio: Double
                if p.splitRecords {
                    ratio =
                        Swift.max(seasonalRecord.normalize(abs(sz.point)), seasonalShiftRecord.normalize(abs(sz.shift))) * p.seasonalWeight
                } else {
                    ratio = seasonalRecord.normalize(sz.surprise) * p.seasonalWeight
                }
                if ratio > best { best = ratio; kind = .seasonal }
            } else {
                seasonalZ.recent.push(0)
                _ = seasonalRecord.normalize(0)
                if p.splitRecords { _ = seasonalShiftRecord.normalize(0) }
            }
        }

        let volatility = variance.update(x, baseline: baseline)
        let varianceRatio = varianceRecord.normalize(volatility.map { abs(Self.log($0)) } ?? 0) * p.varianceWeight
        if varianceRatio > best { best = varianceRatio; kind = .variance }

        let fit = trend.update(x)
        var trendSurprise = 0.0
        if let fit, let b = baseline {
            trendSurprise = abs(fit.end - fit.start) / b.scale(rangeFloor: p.rangeFloor) * fit.rSquared
        }
        let trendRatio = trendRecord.normalize(trendSurprise) * p.trendWeight
        if trendRatio > best { best = trendRatio; kind = .trend }

        let c = cusum.update(z: z.point.isNaN ? 0 : z.point, index: index)
        let cusumRatio = cusumRecord.normalize(c.level) * p.changePointWeight
        if cusumRatio > best { best = cusumRatio; kind = .changePoint }

        var score = best / (1 + best)
        if index < suppressedUntil {
            score *= p.suppressionFactor
        } else if score >= p.alertScore {
            suppressedUntil = index + 1 + p.suppression
        }
        return PointScore(
            score: score, detector: kind, robust: z, seasonalExpected: expected, seasonalZ: seasonalScore,
            volatilityRatio: volatility, trend: fit, changePoint: c.change)
    }

    /// Collects the first timestamps and, from their median step, sets up the daily profile (if the step fits).
    mutating func probeStep(_ t: Double) {
        if t.isFinite { probe.append(t) }
        guard probe.count >= Self.stepProbeCount else { return }
        var steps: [Double] = []
        steps.reserveCapacity(probe.count - 1)
        for i in 1..<probe.count { steps.append(probe[i] - probe[i - 1]) }
        steps.sort()
        let step = steps[steps.count / 2]
        seasonal = SeasonalBaseline(periodSeconds: parameters.seasonPeriodSeconds, stepSeconds: step, alpha: parameters.seasonalAlpha)
        seasonalDecided = true
        probe = []
    }

    /// Natural log from the C library, 0 for non-positive input (never NaN).
    @inline(__always)
    static func log(_ x: Double) -> Double {
        x > 0 ? cLog(x) : 0
    }
}
