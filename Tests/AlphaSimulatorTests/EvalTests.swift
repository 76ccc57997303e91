import AlphaCore
import Testing

@testable import AlphaSimulator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    @Test func plattRecoversAKnownLogistic() {
        // Outcomes drawn from σ(2·s − 1): the fit should land near (2, −1).
        var rng = SplitMix64(seed: 4)
        var scores: [Double] = []
        var outcomes: [Bool] = []
        for _ in 0..<20000 {
            let s = rng.uniform(-3, 3)
            scores.append(s)
            outcomes.append(rng.unit() < 1 / (1 + exp(-(2 * s - 1))))
        }
        let (a, b) = PlattScaling.fit(scores: scores, outcomes: outcomes)
        #expect(abs(a - 2) < 0.15)
        #expect(abs(b + 1) < 0.15)
        #expect(PlattScaling.fit(scores: [], outcomes: []) == (1, 0))
    }

    @Test func plattConvergesFromFarOffScores() {
        // Outcomes drawn from σ(1.2·s + 6): at the starting point (slope 1) nearly every forecast is saturated, and a full
        // Newton step from there used to overshoot to absurd parameters; the line search keeps each step a descent.
        var rng = SplitMix64(seed: 9)
        var scores: [Double] = []
        var outcomes: [Bool] = []
        for _ in 0..<5000 {
            let s = rng.uniform(-10, 0)
            scores.append(s)
            outcomes.append(rng.unit() < 1 / (1 + exp(-(1.2 * s + 6))))
        }
        let (a, b) = PlattScaling.fit(scores: scores, outcomes: outcomes)
        #expect(abs(a - 1.2) < 0.15, "slope \(a)")
        #expect(abs(b - 6) < 0.6, "intercept \(b)")
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
