import AlphaAgents
import AlphaCore
import Foundation
import Testing

/// The issue's acceptance test: on the analyze examples, the MetricsAgent's evidence names the series where the fault
/// shows and its onset within one sampling interval. The truth is `Examples/incidents/metric-onsets.json`, read off the
/// data by hand (one reason per entry), not produced by the analyzer.
@Suite struct ExampleMetricOnsetTests {
    struct Truth: Decodable, Sendable {
        struct Series: Decodable, Sendable {
            var key: String
            var onset: String
        }
        var file: String
        var label: String
        var interval_s: Double
        var series: [Series]
        var reason: String
    }

    struct TruthFile: Decodable {
        var entries: [Truth]
    }

    static let truths: [Truth] = {
        let url = Repository.examples.appendingPathComponent("metric-onsets.json")
        return ((try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(TruthFile.self, from: $0) })?.entries ?? []
    }()

    static func analyze(_ file: String) async throws -> AnalysisReport {
        let bytes = try [UInt8](Data(contentsOf: Repository.examples.appendingPathComponent(file)))
        return await IncidentAnalyzer().analyze(try IncidentDecoder.decode(bytes))
    }

    /// Onsets of the truth series, by key.
    static func onsets(_ truth: Truth) throws -> [String: Double] {
        var onsets: [String: Double] = [:]
        for series in truth.series {
            guard let parsed = Timestamp.parse(series.onset) else {
                Issue.record("\(series.onset) is not a timestamp")
                continue
            }
            onsets[series.key] = parsed
        }
        return onsets
    }

    static func describe(_ time: Double?) -> String { time.map(Timestamp.format) ?? "nil" }

    @Test func everyExampleWithAMetricFaultHasATruth() {
        // 19 examples, incident-b with one entry per cause.
        #expect(Set(Self.truths.map(\.file)).count == 19)
        #expect(Self.truths.count == 21)
        #expect(Self.truths.allSatisfy { !$0.reason.isEmpty && !$0.series.isEmpty && $0.interval_s > 0 })
    }

    @Test(arguments: truths.indices)
    func metricEvidenceNamesTheSeriesAndOnset(index: Int) async throws {
        let truth = Self.truths[index]
        let onsets = try Self.onsets(truth)
        let report = try await Self.analyze(truth.file)
        let hypothesis = report.hypotheses.first { $0.label.rawValue == truth.label }
        let cited = (hypothesis?.supportingSignals ?? []).filter {
            $0.source == .metrics && $0.ref.map { onsets[$0] != nil } == true && $0.time != nil
        }
        #expect(!cited.isEmpty, "\(truth.file) \(truth.label): no metric evidence names \(onsets.keys.sorted())")
        for evidence in cited {
            guard let ref = evidence.ref, let onset = onsets[ref], let time = evidence.time else { continue }
            #expect(
                abs(time - onset) <= truth.interval_s,
                "\(truth.file) \(ref): onset \(Self.describe(time)), truth \(Self.describe(onset)) ± \(Int(truth.interval_s)) s")
        }
    }

    /// What the MetricsAgent reads: the signal layer's onset of each truth series it finds anomalous.
    @Test(arguments: truths.indices)
    func signalLayerOnsetsAreRight(index: Int) async throws {
        let truth = Self.truths[index]
        let onsets = try Self.onsets(truth)
        let report = try await Self.analyze(truth.file)
        let series = report.signals.metrics.objectValue?["series"]?.arrayValue ?? []
        let found = series.compactMap(\.objectValue).compactMap { signal -> (String, Double?)? in
            guard let key = signal["key"]?.stringValue, onsets[key] != nil, signal["anomalous"] == .bool(true) else { return nil }
            return (key, signal["onset"]?.numberValue)
        }
        #expect(!found.isEmpty, "\(truth.file): none of \(onsets.keys.sorted()) is anomalous")
        for (key, time) in found {
            let onset = onsets[key] ?? .nan
            #expect(
                time.map { abs($0 - onset) <= truth.interval_s } == true,
                "\(truth.file) \(key): onset \(Self.describe(time)), truth \(Self.describe(onset)) ± \(Int(truth.interval_s)) s")
        }
    }
}
