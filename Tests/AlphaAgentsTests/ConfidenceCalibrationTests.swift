import AlphaAgents
import Foundation
import Testing

@Suite struct ConfidenceCalibrationTests {
    typealias Knot = ConfidenceCalibration.Knot

    let map = ConfidenceCalibration(knots: [
        Knot(score: 0, confidence: 0.2), Knot(score: 1, confidence: 0.6), Knot(score: 2, confidence: 0.6), Knot(score: 3, confidence: 0.9),
    ])

    @Test func interpolatesLinearlyBetweenKnotsAndIsFlatBeyondThem() {
        #expect(abs(map.confidence(score: 0.5) - 0.4) < 1e-12)
        #expect(abs(map.confidence(score: 1.5) - 0.6) < 1e-12)
        #expect(abs(map.confidence(score: 2.5) - 0.75) < 1e-12)
        #expect(map.confidence(score: 1) == 0.6)
        #expect(map.confidence(score: 3) == 0.9)
        #expect(map.confidence(score: -7) == 0.2)
        #expect(map.confidence(score: 12) == 0.9)
        // Bad scores never trap: NaN and −∞ read as the lowest score, +∞ as the highest.
        #expect(map.confidence(score: .nan) == 0.2)
        #expect(map.confidence(score: -.infinity) == 0.2)
        #expect(map.confidence(score: .infinity) == 0.9)
    }

    @Test func knotsAreClampedSortedAndMadeMonotone() {
        let m = ConfidenceCalibration(knots: [
            Knot(score: 2, confidence: 0.3), Knot(score: 0, confidence: 0), Knot(score: 1, confidence: 0.5), Knot(score: 1, confidence: 0.1),
            Knot(score: .nan, confidence: 0.5), Knot(score: 3, confidence: .infinity), Knot(score: 4, confidence: 1),
        ])
        #expect(
            m.knots == [
                Knot(score: 0, confidence: ConfidenceCalibration.margin), Knot(score: 1, confidence: 0.5), Knot(score: 2, confidence: 0.5),
                Knot(score: 4, confidence: 1 - ConfidenceCalibration.margin),
            ])
        #expect(m.confidence(score: -1) == 0.005)
        #expect(m.confidence(score: 5) == 0.995)
        #expect(ConfidenceCalibration().confidence(score: 3) == 0.5)
        #expect(ConfidenceCalibration(knots: [Knot(score: 1, confidence: 0.7)]).confidence(score: -2) == 0.7)
    }

    @Test func binarySearchAgreesWithALinearScan() {
        // 64 knots (the size the fit produces is far below): every probe matches a straightforward scan.
        var knots: [Knot] = []
        var c = 0.01
        for i in 0..<64 {
            c = min(0.99, c + Double((i * 7) % 5) * 0.004)
            knots.append(Knot(score: Double(i) * 0.25 - 8 + Double(i % 3) * 0.01, confidence: c))
        }
        let m = ConfidenceCalibration(knots: knots)
        func scan(_ s: Double) -> Double {
            if s <= knots[0].score { return knots[0].confidence }
            for (a, b) in zip(knots, knots.dropFirst()) where s < b.score {
                return a.confidence + (b.confidence - a.confidence) * (s - a.score) / (b.score - a.score)
            }
            return knots[knots.count - 1].confidence
        }
        for probe in stride(from: -9.0, through: 9.0, by: 0.037) {
            #expect(abs(m.confidence(score: probe) - scan(probe)) < 1e-12, "score \(probe)")
        }
        let values = stride(from: -9.0, through: 9.0, by: 0.01).map(m.confidence(score:))
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func jsonRoundTrip() throws {
        let data = try JSONEncoder().encode(map)
        #expect(String(decoding: data, as: UTF8.self) == "[[0,0.2],[1,0.6],[2,0.6],[3,0.9]]")
        #expect(try JSONDecoder().decode(ConfidenceCalibration.self, from: data) == map)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ConfidenceCalibration.self, from: Data("[[0, 0.2], [1]]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ConfidenceCalibration.self, from: Data("{\"slope\": 1}".utf8)) }
    }
}
