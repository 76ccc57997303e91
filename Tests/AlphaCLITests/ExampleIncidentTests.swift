import AlphaAgents
import AlphaCore
import Foundation
import Testing

/// End to end over every bundled example: decode, analyze, and compare with `Examples/incidents/expected.json`.
@Suite struct ExampleIncidentTests {
    static let expectations: [(String, Repository.Expectation)] = {
        ((try? Repository.expectations()) ?? [:]).sorted { $0.key < $1.key }
    }()

    static func analyze(_ file: String) async throws -> AnalysisReport {
        let bytes = try [UInt8](Data(contentsOf: Repository.examples.appendingPathComponent(file)))
        let incident = try IncidentDecoder.decode(bytes)
        return await IncidentAnalyzer().analyze(incident)
    }

    @Test func everyLabelHasAnExample() throws {
        let covered = Set(Self.expectations.flatMap(\.1.labels))
        let missing = CauseLabel.allCases.filter { $0 != .unknown && !covered.contains($0.rawValue) }
        #expect(missing.isEmpty, "labels without an example: \(missing)")
    }

    @Test(arguments: expectations.map(\.0))
    func topCauseAndCulpritAreRight(file: String) async throws {
        let expected = try #require(Self.expectations.first { $0.0 == file }?.1)
        let report = try await Self.analyze(file)
        let top = try #require(report.hypotheses.first)
        #expect(top.label.rawValue == expected.labels.first, "\(file): ranked \(report.hypotheses.prefix(3).map(\.label.rawValue))")
        guard let truth = expected.culprit else { return }
        // The culprit of the true cause, wherever it ranks, must name what the ground truth names.
        let culprit = report.hypotheses.first { $0.label.rawValue == expected.labels.first }?.culprit
        if let commit = truth.commit { #expect(culprit?.commit == commit, "\(file): culprit \(String(describing: culprit))") }
        if let file = truth.file { #expect(culprit?.file == file) }
        if let key = truth.config_key { #expect(culprit?.configKey == key, "\(file): culprit \(String(describing: culprit))") }
        if let dependency = truth.dependency {
            #expect(culprit?.dependency?.contains(dependency) == true, "\(file): culprit \(String(describing: culprit))")
        }
    }

    @Test func incidentBFindsAllThreeCausesEachBackedByTwoAgents() async throws {
        let report = try await Self.analyze("incident-b.json")
        let top3 = report.hypotheses.prefix(3)
        for label in [CauseLabel.dbMissingIndex, .cacheRemoved, .connectionPoolExhausted] {
            let h = try #require(top3.first { $0.label == label }, "\(label) not in top 3: \(top3.map(\.label))")
            #expect(h.agents.count >= 2, "\(label) backed by \(h.agents)")
            #expect(h.remediation?.patch != nil)
            #expect(h.remediation?.requiresApproval == true)
        }
    }

    @Test func detectorsAndCorrelationReachTheReport() async throws {
        let report = try await Self.analyze("incident-b.json")
        let metricEvidence = report.hypotheses.flatMap(\.supportingSignals).filter { $0.source == .metrics }
        #expect(metricEvidence.contains { $0.summary.contains("; detector: ") })
        guard case .array(let narratives) = report.signals.correlations else {
            Issue.record("no correlations in the report")
            return
        }
        #expect(!narratives.isEmpty)
        #expect(report.reasoning.contains { $0.agent == "Correlation" && $0.conclusion.contains("Hypothesis:") })
    }

    @Test(arguments: expectations.map(\.0))
    func jsonOutputValidatesAgainstTheSchema(file: String) async throws {
        let report = try await Self.analyze(file)
        let json = JSONReportRenderer.render(report)
        let validator = try SchemaValidator(schemaData: Data(contentsOf: Repository.analysisSchema))
        let instance = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let failures = validator.validate(instance)
        #expect(failures.isEmpty, "\(file): \(failures.prefix(5))")
        #expect(report.agents.map(\.name) == ["LogAgent", "MetricsAgent", "CommitAgent", "ConfigAgent", "SynthesisAgent"])
        #expect(report.agents.allSatisfy { $0.status == .ok })
    }

    @Test func schemaValidatorRejectsABrokenReport() throws {
        let validator = try SchemaValidator(schemaData: Data(contentsOf: Repository.analysisSchema))
        let broken: [String: Any] = [
            "deployment_id": "d", "signals": [:] as [String: Any], "agents": [["name": "LogAgent", "status": "exploded"]],
            "hypotheses": [["label": "x", "description": "d", "supporting_signals": [], "confidence": 1.5, "severity": "high"]],
        ]
        let messages = validator.validate(broken).map(\.description)
        #expect(messages.contains { $0.contains("$.agents[0].status") })
        #expect(messages.contains { $0.contains("$.hypotheses[0].confidence") })
    }
}
