import Foundation

/// The NAB scoring algorithm (numenta/NAB `sweeper.py`), as issue 5 defines it.
public enum NABScorer {
    /// `min(floor(0.15·N), 750)`: rows before this index are not scored.
    public static func probationLength(_ rows: Int) -> Int {
        Swift.min(Int((0.15 * Double(rows)).rounded(.down)), 750)
    }

    /// NAB's scaled sigmoid: `2·σ(−5·pos) − 1`, and −1 from 3 window-lengths on (as in NAB's `sweeper.py`).
    public static func scaledSigmoid(_ position: Double) -> Double {
        if position >= 3.0 { return -1.0 }
        return 2.0 / (1.0 + exp(5.0 * position)) - 1.0
    }

    /// `scaledSigmoid(−1) ≈ 0.98661`: the value of a detection at a window's first row, used to scale it to A_TP.
    public static let maxTruePositive = scaledSigmoid(-1.0)

    /// True when a window has at least one row after probation. NAB only charges −A_FN for such windows (a window
    /// inside the probation period never enters its score table); none of the 31 corpus windows is affected.
    public static func isScorable(_ window: NABWindow, rows: Int) -> Bool {
        window.end >= probationLength(rows)
    }

    /// The value of a detection at each row of a file of `rows` rows.
    public static func pointWeights(rows: Int, windows: [NABWindow], profile: NABProfile) -> [NABPointWeight] {
        let probation = probationLength(rows)
        var out: [NABPointWeight] = []
        out.reserveCapacity(rows)
        var next = 0
        var current: Int?
        var previous: NABWindow?
        for i in 0..<rows {
            if current == nil, next < windows.count, i == windows[next].start {
                current = next
            }
            var weight: NABPointWeight
            if let k = current {
                let w = windows[k]
                let position = -Double(w.end - i + 1) / Double(w.width)
                weight = NABPointWeight(region: .window(k), value: scaledSigmoid(position) * profile.truePositive / maxTruePositive)
            } else if let p = previous {
                // A window one row wide has no "past the window" scale; NAB would divide by zero, treat as far past.
                let position = p.width > 1 ? Double(abs(p.end - i)) / Double(p.width - 1) : 3.0
                weight = NABPointWeight(region: .outside, value: scaledSigmoid(position) * profile.falsePositive)
            } else {
                // NAB scores an FP before any window at position 3, i.e. the full −A_FP.
                weight = NABPointWeight(region: .outside, value: scaledSigmoid(3.0) * profile.falsePositive)
            }
            if i < probation { weight.region = .probation }
            out.append(weight)
            if let k = current, i == windows[k].end {
                previous = windows[k]
                current = nil
                next = k + 1
            }
        }
        return out
    }
}
