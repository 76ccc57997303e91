import AlphaSignals

/// What `detect` found in one file.
struct SeriesReport: Encodable {
    var file: String
    var points: Int
    var skippedRows: Int
    var result: EnsembleResult

    enum CodingKeys: String, CodingKey {
        case file, points
        case skippedRows = "skipped_rows"
        case risk, summary, events
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(points, forKey: .points)
        try c.encode(skippedRows, forKey: .skippedRows)
        try c.encode(result.risk, forKey: .risk)
        try c.encode(result.summary, forKey: .summary)
        try c.encode(result.events.map(EventView.init), forKey: .events)
    }

    /// An event with readable timestamps for JSON output.
    struct EventView: Encodable {
        var start: String
        var peak: String
        var score: Double
        var value: Double
        var detector: String
        var explanation: String
        var startIndex: Int
        var peakIndex: Int
        var endIndex: Int

        init(_ e: AnomalyEvent) {
            start = DetectTableRenderer.time(e.start)
            peak = DetectTableRenderer.time(e.peak)
            score = (e.score * 1000).rounded() / 1000
            value = e.value
            detector = e.detector.rawValue
            explanation = e.explanation
            startIndex = e.startIndex
            peakIndex = e.peakIndex
            endIndex = e.endIndex
        }

        enum CodingKeys: String, CodingKey {
            case start, peak, score, value, detector, explanation
            case startIndex = "start_index"
            case peakIndex = "peak_index"
            case endIndex = "end_index"
        }
    }
}
