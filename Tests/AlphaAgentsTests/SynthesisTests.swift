import AlphaCore
import AlphaSignals
import Testing

@testable import AlphaAgents

@Suite struct SynthesisTests {
    func finding(_ label: CauseLabel, _ agent: String, _ weight: Double, id: String, culprit: Culprit? = nil) -> Finding {
        Finding(
            label: label, evidence: Evidence(id: id, source: .logs, summary: id, weight: weight), culprit: culprit, agent: agent)
    }

    @Test func causeBackedByIndependentAgentsRanksFirstAndNamesItsCulprit() {
        let findings = [
            finding(.connectionPoolExhausted, "LogAgent", 2.2, id: "a"),
            finding(.connectionPoolExhausted, "LogAgent", 2.0, id: "b"),
            finding(.dbMissingIndex, "LogAgent", 1.3, id: "c"),
            finding(.dbMissingIndex, "MetricsAgent", 1.2, id: "d"),
            finding(.dbMissingIndex, "CommitAgent", 1.5, id: "e", culprit: Culprit(commit: "abc123", file: "app/orders.py")),
        ]
        let hypotheses = SynthesisAgent().hypotheses(from: findings, signals: IncidentSignals())
        #expect(hypotheses.map(\.label).prefix(2) == [.dbMissingIndex, .connectionPoolExhausted])
        #expect(hypotheses[0].agents == ["CommitAgent", "LogAgent", "MetricsAgent"])
        #expect(hypotheses[0].culprit == Culprit(commit: "abc123", file: "app/orders.py"))
        #expect(hypotheses[0].confidence > hypotheses[1].confidence)
    }

    @Test func noEvidenceGivesUnknown() {
        let hypotheses = SynthesisAgent().hypotheses(from: [], signals: IncidentSignals())
        #expect(hypotheses.map(\.label) == [.unknown])
    }

    @Test func dependencyCausesCarryTheDependency() {
        let findings = [
            finding(.cacheUnavailable, "LogAgent", 2.4, id: "a", culprit: Culprit(dependency: "redis:6379")),
            finding(.cacheUnavailable, "MetricsAgent", 1.5, id: "b"),
        ]
        let top = SynthesisAgent().hypotheses(from: findings, signals: IncidentSignals()).first
        #expect(top?.label == .cacheUnavailable)
        #expect(top?.culprit?.dependency == "redis:6379")
    }

    @Test func evidenceIsListedOncePerObservation() {
        let findings = [finding(.diskFull, "LogAgent", 3, id: "x"), finding(.diskFull, "LogAgent", 3, id: "x")]
        let top = SynthesisAgent().hypotheses(from: findings, signals: IncidentSignals()).first
        #expect(top?.supportingSignals.count == 1)
    }
}
