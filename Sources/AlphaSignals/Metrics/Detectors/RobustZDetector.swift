/// Robust z-scores of a stream against its own recent median and MAD (spikes and level shifts).
///
/// Two statistics per point, both against the baseline *before* the point: the point's own robust z (spikes:
/// `|z| > 2.5` is the seed's spike rule, made robust), and the z of the mean of the last `shortWindow` points,
/// scaled by √k (level shifts show up after a few points even when each point alone is unremarkable).
public struct RobustZDetector: Sendable, Codable, Equatable {
    var quantiles: StreamingQuantiles
    var recent: SlidingWindow
    /// Floor on the noise scale as a fraction of the 5–95 % range.
    public var rangeFloor: Double
    /// Divides the level-shift z so it competes fairly with the single-point z.
    public var shiftDivisor: Double

    /// A detector with the given sketch step, short window, range floor and level-shift divisor.
    public init(eta: Double, shortWindow: Int, rangeFloor: Double, shiftDivisor: Double) {
        quantiles = StreamingQuantiles(eta: eta)
        recent = SlidingWindow(capacity: shortWindow)
        self.rangeFloor = rangeFloor
        self.shiftDivisor = shiftDivisor
    }

    /// The baseline the next point will be compared with (nil while seeding).
    public var baseline: RobustSummary? { quantiles.summary }

    /// Scores `x` against the baseline, then learns it. Returns the point and level-shift z (signed) and the scale.
    @inline(__always)
    public mutating func update(_ x: Double) -> RobustZ {
        recent.push(x)
        var result = RobustZ.zero
        if let b = quantiles.summary {
            let scale = b.scale(rangeFloor: rangeFloor)
            result = RobustZ(
                point: (x - b.median) / scale,
                shift: (recent.mean - b.median) / scale * Double(recent.count).squareRoot() / shiftDivisor,
                median: b.median, scale: scale)
        }
        quantiles.add(x)
        return result
    }
}

/// What `RobustZDetector` says about one point.
public struct RobustZ: Sendable, Codable, Equatable {
    /// Signed robust z of the point.
    public var point: Double
    /// Signed, √k-scaled z of the mean of the last k points.
    public var shift: Double
    /// The baseline median the point was compared with.
    public var median: Double
    /// The noise scale used.
    public var scale: Double

    /// The larger of the two magnitudes: the detector's surprise.
    @inline(__always)
    public var surprise: Double { Swift.max(abs(point), abs(shift)) }

    /// Nothing to say (baseline not ready).
    public static let zero = RobustZ(point: 0, shift: 0, median: .nan, scale: .nan)
}
