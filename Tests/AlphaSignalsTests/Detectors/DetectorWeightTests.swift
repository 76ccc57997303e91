import Testing

@testable import AlphaSignals

/// Detector weights scale how far a surprise breaks its detector's record, never a repeat of the record.
struct DetectorWeightTests {
    @Test func weightScalesOnlyThePartAboveTheRecord() {
        #expect(AnomalyEnsemble.weigh(0.5, 2) == 0.5)
        #expect(AnomalyEnsemble.weigh(1, 1.5) == 1)
        #expect(AnomalyEnsemble.weigh(3, 1.5) == 4)
        #expect(AnomalyEnsemble.weigh(3, 0.5) == 2)
        #expect(AnomalyEnsemble.weigh(3, 1) == 3)
        #expect(AnomalyEnsemble.weigh(3, 0) == 0)
    }

    /// A gauge that gets stuck: the flat-line is one anomaly. While it stays stuck, the variance detector meets the
    /// same surprise as its record at every point (ratio 1); a variance weight above 1 must not turn those repeats
    /// into a new alert each time the suppression after the first one ends.
    @Test func aStuckSeriesAlertsOnceWhateverTheWeight() {
        let count = 2400
        let noise = Synthetic.noise(count: count, seed: 5)
        let values = (0..<count).map { i in i < 1000 ? 40 + noise[i] : 40 }
        for weight in [1.0, 1.2, 1.5] {
            var parameters = EnsembleParameters.standard
            parameters.varianceWeight = weight
            let result = AnomalyEnsemble.run(values: values, timestamps: Synthetic.times(count: count), parameters: parameters)
            let after = result.events.filter { $0.startIndex >= 1000 }
            #expect(after.count == 1, "weight \(weight): \(after.map { ($0.startIndex, $0.detector, $0.score) })")
            #expect(after.first.map { $0.startIndex < 1040 } == true)
        }
    }
}
