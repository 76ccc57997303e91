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

    @Test func confidenceIsMonotoneAndBounded() {
        let scores = stride(from: -10.0, through: 10.0, by: 0.5).map(model.confidence(score:))
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 < $1 })
        #expect(scores.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(abs(model.confidence(score: 0) - 0.5) < 1e-12)
    }
}
