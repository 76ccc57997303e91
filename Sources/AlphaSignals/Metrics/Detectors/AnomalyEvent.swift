/// A run of anomalous points, with the reading a person needs.
public struct AnomalyEvent: Sendable, Codable, Equatable {
    /// First point at or above the alert score.
    public var startIndex: Int
    /// The highest-scoring point.
    public var peakIndex: Int
    /// Last point at or above the alert score.
    public var endIndex: Int
    /// Timestamp of the first point (epoch seconds).
    public var start: Double
    /// Timestamp of the peak (epoch seconds).
    public var peak: Double
    /// Value at the peak.
    public var value: Double
    /// Score at the peak, in [0, 1].
    public var score: Double
    /// The detector behind the peak.
    public var detector: DetectorKind
    /// One sentence: what is unusual, by how much, since when.
    public var explanation: String

    /// An event as a detector reports it.
    public init(
        startIndex: Int, peakIndex: Int, endIndex: Int, start: Double, peak: Double, value: Double, score: Double, detector: DetectorKind,
        explanation: String
    ) {
        self.startIndex = startIndex
        self.peakIndex = peakIndex
        self.endIndex = endIndex
        self.start = start
        self.peak = peak
        self.value = value
        self.score = score
        self.detector = detector
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey {
        case startIndex = "start_index"
        case peakIndex = "peak_index"
        case endIndex = "end_index"
        case start, peak, value, score, detector, explanation
    }
}
