import Testing

@testable import NABScoring

/// Hand-made series: 100 rows (probation ends at row 15), one window over rows 40…49 (width 10).
struct NABScorerTests {
    static let window = NABWindow(start: 40, end: 49)

    static func file(detectionsAt rows: [Int], windows: [NABWindow] = [window], count: Int = 100) -> NABScoredFile {
        var scores = [Double](repeating: 0, count: count)
        for r in rows { scores[r] = 1 }
        return NABScoredFile(name: "hand/made.csv", scores: scores, windows: windows)
    }

    @Test func probationIsFifteenPercentCappedAt750() {
        #expect(NABScorer.probationLength(100) == 15)
        #expect(NABScorer.probationLength(4032) == 604)
        #expect(NABScorer.probationLength(15_902) == 750)
    }

    @Test func scaledSigmoidMatchesNAB() {
        #expect(abs(NABScorer.maxTruePositive - 0.98661429815) < 1e-10)
        #expect(NABScorer.scaledSigmoid(0) == 0)
        #expect(NABScorer.scaledSigmoid(3.0) == -1)
        #expect(NABScorer.scaledSigmoid(2.9) > -1)
    }

    @Test func nullDetectorScoresZero() {
        let s = NABScorer.score([Self.file(detectionsAt: [])], profile: .standard)
        #expect(s.raw == -1)
        #expect(abs(s.normalized) < 1e-12)
        #expect(s.falseNegatives == 1)
    }

    @Test func perfectDetectorScoresHundred() {
        for profile in NABProfile.all {
            let s = NABScorer.score([Self.file(detectionsAt: [40])], profile: profile)
            #expect(abs(s.raw - 1) < 1e-12)
            #expect(abs(s.normalized - 100) < 1e-9)
        }
    }

    @Test func earlyDetectionBeatsLateDetection() {
        let early = NABScorer.rawScore(Self.file(detectionsAt: [40]), threshold: 0.5, profile: .standard)
        let middle = NABScorer.rawScore(Self.file(detectionsAt: [45]), threshold: 0.5, profile: .standard)
        let late = NABScorer.rawScore(Self.file(detectionsAt: [49]), threshold: 0.5, profile: .standard)
        #expect(abs(early - 1) < 1e-12)
        // -(49-45+1)/10 = -0.5 → (2σ(2.5) − 1)/0.98661
        #expect(abs(middle - 0.8597925669) < 1e-9)
        // -(49-49+1)/10 = -0.1 → (2σ(0.5) − 1)/0.98661
        #expect(abs(late - 0.2482415498) < 1e-9)
        // Only the best detection of a window counts.
        let both = NABScorer.rawScore(Self.file(detectionsAt: [40, 49]), threshold: 0.5, profile: .standard)
        #expect(abs(both - 1) < 1e-12)
    }

    @Test func falsePositiveBeforeAnyWindowCostsFullWeight() {
        let s = NABScorer.rawScore(Self.file(detectionsAt: [20, 40]), threshold: 0.5, profile: .standard)
        #expect(abs(s - (1 - 0.11)) < 1e-12)
        let lowFP = NABScorer.rawScore(Self.file(detectionsAt: [20, 40]), threshold: 0.5, profile: .rewardLowFP)
        #expect(abs(lowFP - (1 - 0.22)) < 1e-12)
    }

    @Test func falsePositiveAfterWindowIsDiscountedByDistance() {
        // Row 52: |49 − 52| / (10 − 1) = 1/3 → (2σ(−5/3) − 1)·A_FP.
        let s = NABScorer.rawScore(Self.file(detectionsAt: [40, 52]), threshold: 0.5, profile: .standard)
        #expect(abs(s - (1 - 0.0750487969)) < 1e-9)
        // Far after the window the cost approaches the full A_FP.
        let far = NABScorer.rawScore(Self.file(detectionsAt: [40, 95]), threshold: 0.5, profile: .standard)
        #expect(abs(far - (1 - 0.11)) < 1e-6)
    }

    @Test func detectionsInProbationAreIgnored() {
        let s = NABScorer.rawScore(Self.file(detectionsAt: [3, 10]), threshold: 0.5, profile: .standard)
        #expect(s == -1)
    }

    @Test func windowInsideProbationIsNotScored() {
        // Like NAB: a window with no row after probation never enters the score table (no −A_FN, no TP).
        let early = NABScoredFile(name: "e.csv", scores: [Double](repeating: 0, count: 100), windows: [NABWindow(start: 2, end: 9)])
        #expect(NABScorer.rawScore(early, threshold: 0.5, profile: .standard) == 0)
        let s = NABScorer.score([early, Self.file(detectionsAt: [40])], profile: .standard)
        #expect(s.rawNull == -1)
        #expect(s.rawPerfect == 2)
    }

    @Test func missedWindowCostsFalseNegativeWeight() {
        let s = NABScorer.rawScore(Self.file(detectionsAt: []), threshold: 0.5, profile: .rewardLowFN)
        #expect(s == -2)
        let n = NABScorer.score([Self.file(detectionsAt: [])], profile: .rewardLowFN)
        #expect(n.rawNull == -2 && n.rawPerfect == 1)
    }

    @Test func sweepFindsTheBestCorpusThreshold() {
        // File A: a strong early hit (0.9) and a weaker FP (0.6); file B: a weak late hit (0.5) and strong FPs (0.8).
        var a = [Double](repeating: 0, count: 100)
        a[41] = 0.9
        a[70] = 0.6
        var b = [Double](repeating: 0, count: 100)
        b[48] = 0.5
        b[30] = 0.8
        b[31] = 0.8
        let files = [
            NABScoredFile(name: "a.csv", scores: a, windows: [Self.window]),
            NABScoredFile(name: "b.csv", scores: b, windows: [Self.window]),
        ]
        for profile in NABProfile.all {
            let s = NABScorer.score(files, profile: profile)
            let brute = [0.5, 0.6, 0.8, 0.9, 1.1].map { theta in
                (theta, files.reduce(0) { $0 + NABScorer.rawScore($1, threshold: theta, profile: profile) })
            }
            let best = brute.max { $0.1 < $1.1 }
            #expect(abs(s.raw - (best?.1 ?? .nan)) < 1e-12)
            #expect(s.threshold == best?.0)
        }
    }

    @Test func windowTimesMapToRows() {
        let times = (0..<10).map { Double($0) * 300 }
        #expect(NABWindow.rows(from: 600, to: 1500, in: times) == NABWindow(start: 2, end: 5))
        #expect(NABWindow.rows(from: 650, to: 1450, in: times) == NABWindow(start: 3, end: 4))
        #expect(NABWindow.rows(from: 4000, to: 5000, in: times) == nil)
    }
}
