import Foundation
import Testing

@testable import AlphaSignals

struct AnomalyEnsembleTests {
    static let count = 288 * 6

    @Test func quietSeriesRaisesNoAlert() {
        let values = Synthetic.daily(count: Self.count)
        let result = AnomalyEnsemble.run(values: values, timestamps: Synthetic.times(count: Self.count))
        #expect(result.scores.count == Self.count)
        #expect(result.scores.allSatisfy { (0...1).contains($0) })
        // Only the learning stretch may be noisy; after two days nothing should alert.
        #expect(result.events.filter { $0.startIndex > 576 }.isEmpty)
    }

    @Test func spikeIsFoundWhereItHappensAndExplained() throws {
        var values = Synthetic.daily(count: Self.count)
        values[1200] += 80
        let result = AnomalyEnsemble.run(values: values, timestamps: Synthetic.times(count: Self.count))
        let event = try #require(result.events.first { $0.peakIndex >= 1200 && $0.startIndex <= 1201 })
        #expect(event.startIndex == 1200)
        #expect(result.scores[1200] > 0.9)
        #expect(event.explanation.contains("σ above"))
        #expect(result.risk >= event.score)
    }

    @Test func levelShiftIsFoundWithinAFewPoints() throws {
        var values = Synthetic.daily(count: Self.count)
        for i in 1000..<Self.count { values[i] *= 14 }
        let result = AnomalyEnsemble.run(values: values, timestamps: Synthetic.times(count: Self.count))
        let event = try #require(result.events.first { $0.endIndex >= 1000 })
        #expect(event.startIndex >= 1000 && event.startIndex <= 1003)
        #expect(result.summary.isEmpty == false)
    }

    @Test func leakIsExplainedAsLeakLike() {
        let noise = Synthetic.noise(count: Self.count, seed: 9)
        var values: [Double] = []
        for i in 0..<Self.count {
            let climb: Double = i < 1400 ? 0 : Double(i - 1400) * 0.4
            values.append(40 + climb + noise[i])
        }
        let result = AnomalyEnsemble.run(values: values, timestamps: Synthetic.times(count: Self.count))
        #expect(result.summary.contains("leak-like"))
        #expect(result.summary.contains("R²"))
        #expect(result.risk >= EnsembleParameters.standard.alertScore)
    }

    @Test func scoresAreCausal() {
        // A point's score must not depend on later points: scoring a prefix gives the same scores.
        var values = Synthetic.daily(count: Self.count)
        values[1500] += 200
        let times = Synthetic.times(count: Self.count)
        let full = AnomalyEnsemble.run(values: values, timestamps: times).scores
        let prefix = AnomalyEnsemble.run(values: Array(values[..<1400]), timestamps: Array(times[..<1400])).scores
        #expect(Array(full[..<1400]) == prefix)
    }

    @Test func stateRoundTripsThroughCodableMidStream() throws {
        let values = Synthetic.daily(count: 1200)
        let times = Synthetic.times(count: 1200)
        var straight = AnomalyEnsemble()
        var resumed = AnomalyEnsemble()
        var expected: [Double] = []
        var got: [Double] = []
        for i in 0..<1200 {
            expected.append(straight.update(value: values[i], timestamp: times[i]).score)
            if i < 700 { got.append(resumed.update(value: values[i], timestamp: times[i]).score) }
        }
        let data = try JSONEncoder().encode(resumed)
        resumed = try JSONDecoder().decode(AnomalyEnsemble.self, from: data)
        for i in 700..<1200 { got.append(resumed.update(value: values[i], timestamp: times[i]).score) }
        #expect(got == expected)
    }

    @Test func badInputNeverTraps() {
        let values: [Double] = [1, .nan, .infinity, -.infinity, 2, 3]
        let result = AnomalyEnsemble.run(values: values, timestamps: [0, 1, 2, .nan, 4])
        #expect(result.scores.count == 5)
        #expect(result.scores.allSatisfy { $0.isFinite })
        #expect(AnomalyEnsemble.run(values: [], timestamps: []).events.isEmpty)
    }

    @Test func csvReaderSkipsHeaderAndBadRows() {
        let text = "timestamp,value\r\n2014-04-01 00:00:00,1.5\n2014-04-01 00:05:00,abc\n\n2014-04-01 00:10:00,2\nbroken"
        let table = TimeSeriesCSV.parse(Array(text.utf8))
        #expect(table.values == [1.5, 2])
        #expect(table.timestamps == [1_396_310_400, 1_396_311_000])
        #expect(table.skippedRows == 2)
        #expect(table.timestampTexts == ["2014-04-01 00:00:00", "2014-04-01 00:10:00"])
    }
}
