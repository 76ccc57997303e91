import AlphaCore
import Testing

@testable import AlphaSimulator

@Suite struct EvalTests {
    static func h(_ label: CauseLabel, _ confidence: Double, culprit: Culprit? = nil) -> Hypothesis {
        Hypothesis(
            label: label, description: "", supportingSignals: [], confidence: confidence, score: 0, severity: .medium, agents: [], culprit: culprit)
    }

    static func truth(_ labels: [CauseLabel], _ culprits: [Culprit?]) -> GroundTruth {
        GroundTruth(labels: labels, culprit: culprits.first ?? nil, culprits: Array(zip(labels, culprits)).map { ($0.0, $0.1) })
    }

    /// Four hand-made cases whose figures are worked out by hand below.
    static let cases: [EvalCase] = [
        // 1. Right at top-1, right culprit (short sha).
        EvalCase(
            name: "a", truth: truth([.dbMissingIndex], [Culprit(commit: "abcdef123456", file: "x.py")]),
            hypotheses: [h(.dbMissingIndex, 0.9, culprit: Culprit(commit: "abcdef1")), h(.nPlusOneQuery, 0.3)], latencyMs: 10),
        // 2. Right at top-3 only, culprit config key right.
        EvalCase(
            name: "b", truth: truth([.connectionPoolExhausted], [Culprit(configKey: "database.pool_size")]),
            hypotheses: [
                h(.dbMissingIndex, 0.8), h(.lockContention, 0.4), h(.connectionPoolExhausted, 0.6, culprit: Culprit(configKey: "database.pool_size")),
            ],
            latencyMs: 20),
        // 3. Missed entirely; no culprit in truth.
        EvalCase(name: "c", truth: truth([.trafficSpike], [nil]), hypotheses: [h(.cpuSaturation, 0.7), h(.unknown, 0.2)], latencyMs: 30),
        // 4. Multi-cause: two of three in the top 3; the dependency culprit is wrong.
        EvalCase(
            name: "d",
            truth: truth(
                [.cacheRemoved, .dependencyFailure, .diskFull], [Culprit(configKey: "cache.enabled"), Culprit(dependency: "payments.internal"), nil]),
            hypotheses: [
                h(.cacheRemoved, 0.7, culprit: Culprit(configKey: "cache.enabled")),
                h(.dependencyFailure, 0.5, culprit: Culprit(dependency: "redis")), h(.memoryLeak, 0.1),
            ],
            latencyMs: 1000),
    ]

    @Test func accuracyCulpritAndRecall() {
        let s = EvalSummary(Self.cases)
        #expect(s.count == 4)
        #expect(s.top1 == 0.5)  // a, d
        #expect(s.top3 == 0.75)  // a, b, d
        // Pairs with a culprit: a (hit), b (hit), d cache (hit), d dependency (miss) → 3/4.
        #expect(s.culpritPairs == 4)
        #expect(s.culprit == 0.75)
        #expect(s.multiCauseIncidents == 1)
        #expect(abs(s.multiCauseRecall3 - 2.0 / 3.0) < 1e-12)
        #expect(s.confusion[.trafficSpike]?[.cpuSaturation] == 1)
        #expect(s.confusion[.connectionPoolExhausted]?[.dbMissingIndex] == 1)
        #expect(s.perLabel.first { $0.label == .connectionPoolExhausted }.map { ($0.top1, $0.top3) } ?? (9, 9) == (0, 1))
        #expect(s.latencyP50Ms == 30)
        #expect(s.latencyP99Ms == 1000)
    }

    @Test func calibrationFigures() {
        // Forecasts (unknown excluded): 0.9✓ 0.3✗ | 0.8✗ 0.4✗ 0.6✓ | 0.7✗ | 0.7✓ 0.5✓ 0.1✗  → 9 forecasts.
        let s = EvalSummary(Self.cases)
        #expect(s.forecasts == 9)
        let squared: [Double] = [0.01, 0.09, 0.64, 0.16, 0.16, 0.49, 0.09, 0.25, 0.01]
        let brier = squared.reduce(0, +) / 9
        #expect(abs(s.brier - brier) < 1e-12)
        // Bins: 0.1→0/1, 0.3→0/1, 0.4→0/1, 0.5→1/1, 0.6→1/1, 0.7 (two)→1/2 (gap 0.2 each), 0.8→0/1, 0.9→1/1.
        let gaps: [Double] = [0.1, 0.3, 0.4, 0.5, 0.4, 0.2, 0.2, 0.8, 0.1]
        let ece = gaps.reduce(0, +) / 9
        #expect(abs(s.ece - ece) < 1e-12)
    }

    @Test func perfectlyCalibratedForecastsHaveZeroECE() {
        var forecasts: [(Double, Bool)] = []
        for i in 0..<10 { forecasts.append((0.25, i < 2)) }  // 0.25 said, 2 in 10 happened
        let (ece, _, _) = EvalSummary.calibration(forecasts)
        #expect(abs(ece - 0.05) < 1e-12)
        let exact = (0..<4).map { (0.75, $0 < 3) }
        #expect(EvalSummary.calibration(exact).ece < 1e-12)
    }

    typealias Block = IsotonicFit.Block

    @Test func pavPoolsViolatorsToTheKnownAnswer() {
        // Outcomes 0 1 0 1 1 0 at scores 1…6: (1 0) pools to ½; (1 1 0) to ⅔; the steps 0 < ½ < ⅔ rise.
        let samples = zip([1.0, 2, 3, 4, 5, 6], [false, true, false, true, true, false]).map { (score: $0.0, outcome: $0.1) }
        #expect(
            IsotonicFit.blocks(samples, minimumCount: 1) == [
                Block(lowestScore: 1, highestScore: 1, hits: 0, count: 1), Block(lowestScore: 2, highestScore: 3, hits: 1, count: 2),
                Block(lowestScore: 4, highestScore: 6, hits: 2, count: 3),
            ])
        // Blocks below 3 samples join their closer-rated neighbour (the first has only one).
        #expect(
            IsotonicFit.blocks(Array(samples.reversed()), minimumCount: 3) == [
                Block(lowestScore: 1, highestScore: 3, hits: 1, count: 3), Block(lowestScore: 4, highestScore: 6, hits: 2, count: 3),
            ])
        // Already monotone: equal neighbouring rates pool, rising ones stay apart.
        let rising = zip([1.0, 2, 3, 4], [false, false, true, true]).map { (score: $0.0, outcome: $0.1) }
        #expect(
            IsotonicFit.blocks(rising, minimumCount: 1) == [
                Block(lowestScore: 1, highestScore: 2, hits: 0, count: 2), Block(lowestScore: 3, highestScore: 4, hits: 2, count: 2),
            ])
    }

    @Test func pavPoolsEqualScoresAndIgnoresBadOnes() {
        let samples = [(1.0, true), (1.0, false), (2.0, false), (2.0, false), (.nan, true), (.infinity, true)].map { (score: $0.0, outcome: $0.1) }
        #expect(IsotonicFit.blocks(samples, minimumCount: 1) == [Block(lowestScore: 1, highestScore: 2, hits: 1, count: 4)])
        #expect(IsotonicFit.blocks([], minimumCount: 1).isEmpty)
        // Fewer samples than the minimum in all: one block.
        #expect(IsotonicFit.blocks([(score: 0, outcome: true), (score: 1, outcome: false)]).count == 1)
    }

    @Test func pavOutputIsMonotoneAndKeepsEverySample() {
        var rng = SplitMix64(seed: 11)
        var samples: [(score: Double, outcome: Bool)] = []
        for _ in 0..<2000 {
            let s = (rng.uniform(-4, 4) * 10).rounded() / 10  // ties, as reported scores have
            samples.append((s, rng.unit() < (s + 4) / 8))
        }
        for minimum in [1, 20, 100] {
            let blocks = IsotonicFit.blocks(samples, minimumCount: minimum)
            #expect(zip(blocks, blocks.dropFirst()).allSatisfy { $0.rate < $1.rate && $0.highestScore < $1.lowestScore })
            #expect(blocks.reduce(0) { $0 + $1.count } == 2000)
            #expect(blocks.reduce(0) { $0 + $1.hits } == samples.count(where: \.outcome))
            #expect(blocks.allSatisfy { $0.count >= minimum })
        }
    }

    @Test func knotsSitAtEachBlocksEdges() {
        let knots = IsotonicFit.knots([
            Block(lowestScore: -2, highestScore: -1, hits: 1, count: 4), Block(lowestScore: 0, highestScore: 0, hits: 3, count: 4),
        ])
        #expect(knots.map(\.score) == [-2, -1, 0])
        #expect(knots.map(\.confidence) == [0.25, 0.25, 0.75])
    }

    @Test func rankGroupsSplitLeadingCausesFromRunnersUp() {
        func h(_ label: CauseLabel, _ score: Double) -> Hypothesis {
            Hypothesis(label: label, description: "", supportingSignals: [], confidence: 0.5, score: score, severity: .medium, agents: [])
        }
        let cases = [
            EvalCase(name: "a", truth: Self.truth([.diskFull], [nil]), hypotheses: [h(.diskFull, 2), h(.memoryLeak, -3)], latencyMs: 1),
            EvalCase(name: "b", truth: Self.truth([.memoryLeak], [nil]), hypotheses: [h(.diskFull, 1), h(.unknown, -3)], latencyMs: 1),
        ]
        let groups = IsotonicFit.rankGroups(cases)
        #expect(groups.leading.map(\.score) == [2, 1])
        #expect(groups.leading.map(\.outcome) == [true, false])
        #expect(groups.runnersUp.map(\.score) == [-3])
        #expect(groups.runnersUp.map(\.outcome) == [false])
    }

    @Test func culpritMatching() {
        #expect(EvalCase.matches(Culprit(commit: "9f2c1e7"), Culprit(commit: "9f2c1e7aa", file: "a.py")))
        #expect(!EvalCase.matches(Culprit(file: "a.py"), Culprit(commit: "9f2c1e7aa", file: "a.py")))
        #expect(EvalCase.matches(Culprit(configKey: "database"), Culprit(configKey: "database.pool_size")))
        #expect(!EvalCase.matches(Culprit(configKey: "database.pool_timeout"), Culprit(configKey: "database.pool_size")))
        #expect(EvalCase.matches(Culprit(dependency: "payments.internal:443"), Culprit(dependency: "payments.internal")))
        #expect(!EvalCase.matches(nil, Culprit(dependency: "x")))
    }

    @Test func truthJSONRoundTrip() {
        let t = Self.cases[3].truth
        #expect(GroundTruth(json: t.json) == t)
        #expect(GroundTruth(json: .string("x")) == nil)
    }
}

@Test func topOneECEUsesOnlyTheFirstHypothesis() {
    // Top-1 forecasts: a 0.9✓, b 0.8✗, c 0.7✗, d 0.7✓ → bins 0.7: (0.7, ½) gap 0.2 ×2, 0.8: gap 0.8, 0.9: gap 0.1.
    let s = EvalSummary(EvalTests.cases)
    #expect(abs(s.eceTop1 - (0.2 + 0.2 + 0.8 + 0.1) / 4) < 1e-12)
}
