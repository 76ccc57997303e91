/// A monotone map from a fused score to a probability, fitted by isotonic regression (see `alpha-sre eval --fit`).
///
/// The map is piecewise linear through its knots, flat beyond the first and the last, and never falls. Isotonic
/// regression pools the training scores into blocks of equal hit rate; each block gives two knots, at its lowest and its
/// highest score, so inside a block the confidence is the block's hit rate and between blocks it moves linearly across
/// the gap where no training score fell. (Knots at block centres were measured too: they spread a sharp rise over a whole
/// block and were three times less calibrated on held-out data; see docs/simulator.md.)
public struct ConfidenceCalibration: Sendable, Equatable {
    /// One point of the map.
    public struct Knot: Sendable, Equatable {
        /// A fused score.
        public var score: Double
        /// The probability that a cause with this score is a true cause.
        public var confidence: Double

        /// A knot at `score` with `confidence`.
        public init(score: Double, confidence: Double) {
            self.score = score
            self.confidence = confidence
        }
    }

    /// Confidences stay within [margin, 1 − margin]: a few hundred training incidents cannot support a forecast of
    /// certainty either way.
    public static let margin = 0.005

    /// Sorted by score, confidences non-decreasing, all within [margin, 1 − margin].
    public private(set) var knots: [Knot]

    /// A map through `knots`. Knots with a non-finite score or confidence are dropped; the rest are sorted by score (a
    /// repeated score keeps its highest confidence), confidences are clamped to [margin, 1 − margin] and raised where
    /// needed so that the map never falls. No knots: every score maps to 0.5 (nothing is known).
    public init(knots: [Knot] = []) {
        let sorted = knots.filter { $0.score.isFinite && $0.confidence.isFinite }.sorted { $0.score < $1.score }
        var kept: [Knot] = []
        kept.reserveCapacity(sorted.count)
        for knot in sorted {
            let floor = kept.last?.confidence ?? Self.margin
            let confidence = max(floor, min(1 - Self.margin, knot.confidence))
            if let last = kept.last, last.score == knot.score {
                kept[kept.count - 1].confidence = confidence
            } else {
                kept.append(Knot(score: knot.score, confidence: confidence))
            }
        }
        self.knots = kept
    }

    /// The calibrated probability of `score`: binary search for the surrounding knots, then linear interpolation.
    public func confidence(score: Double) -> Double {
        guard let first = knots.first, let last = knots.last else { return 0.5 }
        guard !score.isNaN, score > first.score else { return first.confidence }
        guard score < last.score else { return last.confidence }
        // The first knot whose score exceeds `score`: it exists and is not the first (checked above).
        var low = 0
        var high = knots.count - 1
        while low < high {
            let mid = low + (high - low) / 2
            if knots[mid].score > score { high = mid } else { low = mid + 1 }
        }
        let right = knots[low]
        let left = knots[low - 1]
        let width = right.score - left.score
        guard width > 0 else { return right.confidence }
        return left.confidence + (right.confidence - left.confidence) * (score - left.score) / width
    }
}
