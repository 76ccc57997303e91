/// A calibration is written as its knots, `[[score, confidence], …]`, as in `calibration/fusion.json`.
extension ConfidenceCalibration: Codable {
    /// Reads `[[score, confidence], …]`; the knots are checked as by `init(knots:)`.
    public init(from decoder: any Decoder) throws {
        let pairs = try decoder.singleValueContainer().decode([[Double]].self)
        var knots: [Knot] = []
        knots.reserveCapacity(pairs.count)
        for pair in pairs {
            guard pair.count == 2, let score = pair.first, let confidence = pair.last else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a knot is [score, confidence]"))
            }
            knots.append(Knot(score: score, confidence: confidence))
        }
        self.init(knots: knots)
    }

    /// Writes `[[score, confidence], …]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(knots.map { [$0.score, $0.confidence] })
    }
}
