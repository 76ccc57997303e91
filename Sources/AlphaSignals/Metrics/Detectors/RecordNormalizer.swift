/// Turns a raw surprise into "how it compares with the largest surprise seen so far".
///
/// The output is `surprise ÷ record`, where the record is the largest earlier surprise, decaying geometrically so
/// a burst long ago does not mask a new one forever. A ratio above 1 means "more surprising than anything in
/// recent memory". This self-calibrates each detector per series: a detector that is always noisy on a series
/// rarely sets records there, so one corpus-wide threshold works across very different series.
public struct RecordNormalizer: Sendable, Codable, Equatable {
    /// Points observed before ratios are emitted (they only build the record).
    public var warmup: Int
    /// Per-point decay of the record (1 = never forget).
    public var decay: Double
    /// The record never counts as lower than this (0 = no floor), so the first real surprises after a quiet warm-up
    /// are not compared with ~0.
    public var floor: Double
    var record = 0.0
    var seen = 0

    /// A normaliser with the given warm-up and decay.
    public init(warmup: Int, decay: Double, floor: Double = 0) {
        self.warmup = warmup
        self.decay = decay
        self.floor = floor
    }

    /// The ratio of `surprise` to the current record (0 during warm-up), then folds `surprise` into the record.
    @inline(__always)
    public mutating func normalize(_ surprise: Double) -> Double {
        seen &+= 1
        let s = surprise.isFinite ? Swift.max(0, surprise) : 0
        if seen <= warmup {
            if s > record { record = s }
            return 0
        }
        let ratio = s / (Swift.max(record, floor) + 1e-12)
        record = Swift.max(record * decay, s)
        return ratio
    }
}
