import Testing

@testable import AlphaAgents

@Suite struct FusionModelTests {
    let model = FusionModel(prior: -3, withinAgentDiscount: 0.5, agreementBonus: 0.8, agreementThreshold: 0.6)

    @Test func withinAgentEvidenceIsDiscounted() {
        #expect(model.agentContribution([1.0, 2.0, 1.0]) == 2.0 + 0.5 + 0.25)
        #expect(model.agentContribution([]) == 0)
        // Evidence against: the single strongest negative weight counts.
        #expect(model.agentContribution([-1, 0]) == -1)
        #expect(model.agentContribution([2.0, -1.0, -0.5]) == 1.0)
    }

    @Test func agreementAddsABonusPerExtraAgent() {
        #expect(model.score(contributions: [2.0]) == -1.0)
        #expect(abs(model.score(contributions: [1.0, 1.0, 1.0]) - (-3 + 3 + 1.6)) < 1e-12)
        // An agent below the agreement threshold adds its weight but no bonus.
        #expect(abs(model.score(contributions: [2.0, 0.5]) - (-3 + 2.5)) < 1e-12)
    }

    @Test func threeAgreeingAgentsOutrankOneStrongerSource() {
        let single = model.score(contributions: [model.agentContribution([2.6, 2.2, 2.0])])
        let agreed = model.score(contributions: [1.2, 1.2, 1.2])
        #expect(agreed > single)
    }

    @Test func eachRankGroupHasItsOwnMap() {
        let m = FusionModel(
            leadingCause: ConfidenceCalibration(knots: [.init(score: 0, confidence: 0.6)]),
            runnersUp: ConfidenceCalibration(knots: [.init(score: -1, confidence: 0.1), .init(score: 1, confidence: 0.9)]))
        #expect(m.confidence(score: 0, rank: 0) == 0.6)
        #expect(abs(m.confidence(score: 0, rank: 1) - 0.5) < 1e-12)
        #expect(abs(m.confidence(score: 0, rank: 4) - 0.5) < 1e-12)
        // A runner-up that its own map rates above the leader reports the leader's confidence, never more.
        let ranked = m.confidences(rankedScores: [2, 1, -1])
        #expect(ranked == [0.6, 0.6, 0.1])
        #expect(m.confidences(rankedScores: []).isEmpty)
    }

    /// The fitted maps themselves (not the clamp in `confidences`) never rate a runner-up, whose reported score is at
    /// least the runner-up penalty (3) below the leader's, above the leader: the clamp is a guard, not a correction.
    @Test func theStandardModelsMapsNeverRateARunnerUpAboveTheLeader() {
        let m = FusionModel.standard
        for lead in stride(from: -1.6, through: 7, by: 0.05) {
            for gap in stride(from: 0.0, through: 6, by: 0.05) {
                #expect(m.confidence(score: lead - 3 - gap, rank: 1) <= m.confidence(score: lead, rank: 0))
            }
        }
    }
}
