/// O(1)-per-point streaming estimates of the 5th, 25th, 50th, 75th and 95th percentiles.
///
/// A stochastic-approximation quantile sketch: each estimate moves up by `step·τ` when a value lands above it and
/// down by `step·(1 − τ)` when it lands below, which makes it settle where a fraction τ of the recent values lies
/// below. The step is `eta` times the current 5–95 % spread, so the sketch is scale-free, and old values are
/// forgotten geometrically (an effective window of roughly `1/eta` points). The first `seedCount` values seed the
/// estimates exactly from their sorted order. State is five numbers plus the seed buffer: cheap to serialise.
public struct StreamingQuantiles: Sendable, Codable, Equatable {
    /// The tracked quantile levels, in increasing order.
    public static let levels: [Double] = [0.05, 0.25, 0.5, 0.75, 0.95]
    /// How many values seed the estimates before the sketch starts to move.
    public static let seedCount = 32

    /// Relative step size (fraction of the 5–95 % spread moved per value).
    public var eta: Double
    var seed: [Double] = []
    var q05 = 0.0
    var q25 = 0.0
    var q50 = 0.0
    var q75 = 0.0
    var q95 = 0.0
    /// True once the seed buffer is full and the estimates are live.
    public private(set) var isReady = false

    /// A sketch with the given relative step.
    public init(eta: Double) {
        self.eta = eta
        seed.reserveCapacity(Self.seedCount)
    }

    /// The current robust summary, or nil while seeding.
    @inline(__always)
    public var summary: RobustSummary? {
        guard isReady else { return nil }
        return RobustSummary(median: q50, mad: (q75 - q25) / 2, low: q05, high: q95)
    }

    /// Folds one value into the sketch. Non-finite values are ignored.
    @inline(__always)
    public mutating func add(_ x: Double) {
        guard x.isFinite else { return }
        guard isReady else {
            seedValue(x)
            return
        }
        let spread = Swift.max(q95 - q05, 1e-9 * Swift.max(1.0, abs(q50)))
        let step = eta * spread
        Self.move(&q05, x, step, 0.05)
        Self.move(&q25, x, step, 0.25)
        Self.move(&q50, x, step, 0.5)
        Self.move(&q75, x, step, 0.75)
        Self.move(&q95, x, step, 0.95)
        // Independent updates can cross; keep the estimates ordered.
        if q25 < q05 { q25 = q05 }
        if q50 < q25 { q50 = q25 }
        if q75 < q50 { q75 = q50 }
        if q95 < q75 { q95 = q75 }
    }

    @inline(__always)
    static func move(_ q: inout Double, _ x: Double, _ step: Double, _ tau: Double) {
        if x > q {
            q += step * tau
        } else if x < q {
            q -= step * (1 - tau)
        }
    }

    mutating func seedValue(_ x: Double) {
        seed.append(x)
        guard seed.count >= Self.seedCount else { return }
        seed.sort()
        let last = Double(seed.count - 1)
        func at(_ tau: Double) -> Double { seed[Swift.min(seed.count - 1, Int(tau * last))] }
        q05 = at(0.05)
        q25 = at(0.25)
        q50 = at(0.5)
        q75 = at(0.75)
        q95 = at(0.95)
        seed = []
        isReady = true
    }
}
