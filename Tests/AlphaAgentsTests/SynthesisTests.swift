import AlphaCore
import AlphaSignals
import Testing

@testable import AlphaAgents

/// A log finding with `id` as its evidence (shared by the suites below).
private func finding(_ label: CauseLabel, _ agent: String, _ weight: Double, id: String, culprit: Culprit? = nil) -> Finding {
    Finding(label: label, evidence: Evidence(id: id, source: .logs, summary: id, weight: weight), culprit: culprit, agent: agent)
}

@Suite struct SynthesisTests {
    @Test func causeBackedByIndependentAgentsRanksFirstAndNamesItsCulprit() {
        let findings = [
            finding(.codeRegression, "LogAgent", 2.2, id: "a"),
            finding(.codeRegression, "LogAgent", 2.0, id: "b"),
            finding(.dbMissingIndex, "LogAgent", 1.3, id: "c"),
            finding(.dbMissingIndex, "MetricsAgent", 1.2, id: "d"),
            finding(.dbMissingIndex, "CommitAgent", 1.5, id: "e", culprit: Culprit(commit: "abc123", file: "app/orders.py")),
        ]
        let hypotheses = SynthesisAgent().hypotheses(from: findings, signals: IncidentSignals())
        #expect(hypotheses.map(\.label).prefix(2) == [.dbMissingIndex, .codeRegression])
        #expect(hypotheses[0].agents == ["CommitAgent", "LogAgent", "MetricsAgent"])
        #expect(hypotheses[0].culprit == Culprit(commit: "abc123", file: "app/orders.py"))
        #expect(hypotheses[0].confidence > hypotheses[1].confidence)
    }

    @Test func symptomsThatAnotherCauseProducesAreExplainedAway() {
        let cause = [
            finding(.dbMissingIndex, "CommitAgent", 2.4, id: "c"), finding(.dbMissingIndex, "MetricsAgent", 1.4, id: "m"),
            finding(.dbMissingIndex, "LogAgent", 1.3, id: "l"),
        ]
        let poolSymptoms = [
            finding(.connectionPoolExhausted, "LogAgent", 2.2, id: "p1"), finding(.connectionPoolExhausted, "MetricsAgent", 1.6, id: "p2"),
        ]
        let alone = SynthesisAgent().hypotheses(from: poolSymptoms, signals: IncidentSignals())
        let explained = SynthesisAgent().hypotheses(from: cause + poolSymptoms, signals: IncidentSignals())
        let poolAlone = alone.first { $0.label == .connectionPoolExhausted }?.confidence ?? 0
        let poolExplained = explained.first { $0.label == .connectionPoolExhausted }?.confidence ?? 0
        #expect(explained.first?.label == .dbMissingIndex)
        #expect(poolExplained < poolAlone / 2, "alone \(poolAlone), explained \(poolExplained)")
    }

    @Test func aChangeToThePoolIsNeverExplainedAway() {
        let cause = [
            finding(.dbMissingIndex, "CommitAgent", 2.4, id: "c"), finding(.dbMissingIndex, "MetricsAgent", 1.4, id: "m"),
            finding(.dbMissingIndex, "LogAgent", 1.3, id: "l"),
        ]
        let pool = [
            finding(.connectionPoolExhausted, "ConfigAgent", 2.4, id: "k", culprit: Culprit(configKey: "database.pool_size")),
            finding(.connectionPoolExhausted, "LogAgent", 2.2, id: "p1"),
        ]
        let hypotheses = SynthesisAgent().hypotheses(from: cause + pool, signals: IncidentSignals())
        let h = hypotheses.first { $0.label == .connectionPoolExhausted }
        #expect(h?.culprit?.configKey == "database.pool_size")
        #expect((h?.confidence ?? 0) > 0.3, "\(String(describing: h))")
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

@Suite struct SynthesisRankingTests {
    @Test func aRunnerUpIsScoredBelowItsOwnEvidence() {
        let findings = [finding(.diskFull, "LogAgent", 3.0, id: "a"), finding(.memoryLeak, "MetricsAgent", 2.5, id: "b")]
        let model = FusionModel.standard
        let hypotheses = SynthesisAgent(model: model).hypotheses(from: findings, signals: IncidentSignals())
        #expect(hypotheses.map(\.label) == [.diskFull, .memoryLeak])
        #expect(abs(hypotheses[0].score - (model.prior + 3.0)) < 0.01)
        #expect(abs(hypotheses[1].score - (model.prior + 2.5 - SynthesisAgent.runnerUpPenalty)) < 0.01)
        // Alone, the same evidence is not penalised.
        let alone = SynthesisAgent(model: model).hypotheses(from: [findings[1]], signals: IncidentSignals())
        #expect(alone.first?.label == .memoryLeak)
        #expect((alone.first?.confidence ?? 0) > hypotheses[1].confidence)
    }

    @Test func theCalibrationDoesNotReorderCauses() {
        // Explaining away works on presence, not on the fitted confidence: very different calibrations rank alike.
        let findings = [
            finding(.trafficSpike, "MetricsAgent", 2.4, id: "rate"), finding(.connectionPoolExhausted, "LogAgent", 2.2, id: "pool-log"),
            finding(.connectionPoolExhausted, "MetricsAgent", 1.6, id: "pool-metric"),
        ]
        let low = ConfidenceCalibration(knots: [.init(score: -5, confidence: 0.25), .init(score: 5, confidence: 0.5)])
        let high = ConfidenceCalibration(knots: [.init(score: -5, confidence: 0.7), .init(score: 5, confidence: 0.99)])
        let flat = SynthesisAgent(model: FusionModel(leadingCause: low, runnersUp: high)).hypotheses(from: findings, signals: IncidentSignals())
        let steep = SynthesisAgent(model: FusionModel(leadingCause: high, runnersUp: low)).hypotheses(from: findings, signals: IncidentSignals())
        #expect(flat.map(\.label) == steep.map(\.label))
        #expect(flat.first?.label == .trafficSpike)
    }

    @Test func aRunnerUpNeverReportsMoreConfidenceThanTheLeader() throws {
        // The runners-up's map rates every score far above the leader's: the order of the causes still holds, and each
        // runner-up reports the leader's confidence.
        let findings = [finding(.diskFull, "LogAgent", 3.0, id: "a"), finding(.memoryLeak, "MetricsAgent", 2.5, id: "b")]
        let model = FusionModel(
            leadingCause: ConfidenceCalibration(knots: [.init(score: 0, confidence: 0.4)]),
            runnersUp: ConfidenceCalibration(knots: [.init(score: 0, confidence: 0.9)]))
        let hypotheses = SynthesisAgent(model: model).hypotheses(from: findings, signals: IncidentSignals())
        #expect(hypotheses.map(\.label) == [.diskFull, .memoryLeak])
        #expect(hypotheses.map(\.confidence) == [0.4, 0.4])
        // With the fitted model the leader is far ahead.
        let standard = SynthesisAgent().hypotheses(from: findings, signals: IncidentSignals())
        let first = try #require(standard.first)
        let second = try #require(standard.dropFirst().first)
        #expect(first.confidence > 0.9)
        #expect(second.confidence < 0.1)
    }
}

@Suite struct RetryStormExplanationTests {
    var dependencySymptoms: [Finding] {
        [
            finding(.dependencyFailure, "LogAgent", 1.6, id: "upstream-503"), finding(.dependencyFailure, "MetricsAgent", 1.6, id: "latency"),
            finding(.retryStorm, "MetricsAgent", 2.2, id: "call-rate"),
        ]
    }

    @Test func retriesRaisedInThisDeployExplainTheDependencysErrors() {
        let raised = finding(.retryStorm, "ConfigAgent", 2.2, id: "payments.retries 2 → 8")
        let hypotheses = SynthesisAgent().hypotheses(from: dependencySymptoms + [raised], signals: IncidentSignals())
        #expect(hypotheses.first?.label == .retryStorm)
    }

    @Test func retriesSeenOnlyInTheSymptomsExplainNothing() {
        let hypotheses = SynthesisAgent().hypotheses(from: dependencySymptoms, signals: IncidentSignals())
        #expect(hypotheses.first?.label == .dependencyFailure)
    }
}
