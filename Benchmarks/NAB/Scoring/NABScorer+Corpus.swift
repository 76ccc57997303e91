/// One profile's result over a corpus at its optimal threshold.
public struct NABCorpusScore: Sendable, Equatable {
    /// The profile.
    public var profile: NABProfile
    /// θ: a row is a detection iff its score ≥ θ.
    public var threshold: Double
    /// Σ over files of the raw score at θ.
    public var raw: Double
    /// Raw score of the null detector (−A_FN · windows).
    public var rawNull: Double
    /// Raw score of the perfect detector (A_TP · windows).
    public var rawPerfect: Double
    /// Windows with at least one detection at θ.
    public var truePositives: Int
    /// Windows without detection at θ.
    public var falseNegatives: Int
    /// Scored detections outside every window at θ.
    public var falsePositives: Int

    /// `100 · (raw − raw_null) / (raw_perfect − raw_null)`.
    public var normalized: Double {
        let span = rawPerfect - rawNull
        return span > 0 ? 100 * (raw - rawNull) / span : 0
    }
}

extension NABScorer {
    /// Each window's score before any detection: −A_FN, or 0 for a window NAB does not score (inside probation).
    static func initialWindowScores(_ file: NABScoredFile, profile: NABProfile) -> [Double] {
        file.windows.map { isScorable($0, rows: file.scores.count) ? -profile.falseNegative : 0 }
    }

    /// Raw score of one file at threshold θ: each window's best detection (or −A_FN), plus every FP's value.
    public static func rawScore(_ file: NABScoredFile, threshold: Double, profile: NABProfile) -> Double {
        let weights = pointWeights(rows: file.scores.count, windows: file.windows, profile: profile)
        var best = initialWindowScores(file, profile: profile)
        var total = 0.0
        for (weight, score) in zip(weights, file.scores) where score >= threshold {
            switch weight.region {
            case .probation: continue
            case .outside: total += weight.value
            case .window(let k): best[k] = Swift.max(best[k], weight.value)
            }
        }
        return total + best.reduce(0, +)
    }

    /// Scores a corpus under one profile with the single θ that maximises the corpus total, found by an exact
    /// sweep over every distinct score (NAB searches θ numerically; the exact sweep finds its optimum or better).
    public static func score(_ files: [NABScoredFile], profile: NABProfile) -> NABCorpusScore {
        var entries: [(score: Double, file: Int32, row: Int32)] = []
        var weights: [[NABPointWeight]] = []
        var windowCount = 0
        for (f, file) in files.enumerated() {
            let w = pointWeights(rows: file.scores.count, windows: file.windows, profile: profile)
            weights.append(w)
            windowCount += file.windows.count
            for (i, s) in file.scores.enumerated() where s.isFinite && w[i].region != .probation {
                entries.append((s, Int32(f), Int32(i)))
            }
        }
        entries.sort { $0.score > $1.score }
        var best = files.map { initialWindowScores($0, profile: profile) }
        let rawNull = best.reduce(0) { $0 + $1.reduce(0, +) }
        var total = rawNull
        var bestTotal = total
        var bestThreshold = (entries.first?.score ?? 0) + 1
        var k = 0
        while k < entries.count {
            let theta = entries[k].score
            while k < entries.count, entries[k].score == theta {
                let e = entries[k]
                let weight = weights[Int(e.file)][Int(e.row)]
                switch weight.region {
                case .probation: break
                case .outside: total += weight.value
                case .window(let w):
                    let f = Int(e.file)
                    if weight.value > best[f][w] {
                        total += weight.value - best[f][w]
                        best[f][w] = weight.value
                    }
                }
                k += 1
            }
            if total > bestTotal {
                bestTotal = total
                bestThreshold = theta
            }
        }
        return summarize(files, weights: weights, threshold: bestThreshold, profile: profile, windowCount: windowCount)
    }

    /// Recomputes the totals and counts at θ file by file (the sweep's total is checked against this in tests).
    static func summarize(
        _ files: [NABScoredFile], weights: [[NABPointWeight]], threshold: Double, profile: NABProfile, windowCount: Int
    ) -> NABCorpusScore {
        var raw = 0.0
        var tp = 0
        var fp = 0
        for (f, file) in files.enumerated() {
            var best = initialWindowScores(file, profile: profile)
            var hit = [Bool](repeating: false, count: file.windows.count)
            for (i, s) in file.scores.enumerated() where s >= threshold {
                switch weights[f][i].region {
                case .probation: continue
                case .outside:
                    raw += weights[f][i].value
                    fp += 1
                case .window(let k):
                    hit[k] = true
                    best[k] = Swift.max(best[k], weights[f][i].value)
                }
            }
            raw += best.reduce(0, +)
            tp += hit.filter { $0 }.count
        }
        let rawNull = files.reduce(0) { $0 + initialWindowScores($1, profile: profile).reduce(0, +) }
        return NABCorpusScore(
            profile: profile, threshold: threshold, raw: raw, rawNull: rawNull,
            rawPerfect: profile.truePositive * Double(windowCount), truePositives: tp, falseNegatives: windowCount - tp,
            falsePositives: fp)
    }
}
