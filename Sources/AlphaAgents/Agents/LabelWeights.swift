public import AlphaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The likelihood table of one kind of evidence: which causes it supports and by how much (log-odds at full strength;
/// a negative weight is evidence against a cause).
///
/// Every agent states its domain knowledge as such tables — "a `QueuePool limit` timeout is strong evidence of an
/// exhausted pool and weak evidence of a slow query" — and scales them by how strong the observation is. Nothing
/// in an agent decides between causes; that is the synthesis's job.
public struct LabelWeights: Sendable, ExpressibleByDictionaryLiteral {
    public var entries: [(label: CauseLabel, weight: Double)]

    public init(dictionaryLiteral elements: (CauseLabel, Double)...) {
        entries = elements.map { (label: $0.0, weight: $0.1) }
    }

    /// Findings for every label of the table, the weight scaled by `strength` (0...1).
    func findings(strength: Double, evidence: Evidence, culprit: Culprit? = nil) -> [Finding] {
        guard strength > 0 else { return [] }
        return entries.map { entry in
            var e = evidence
            e.weight = (entry.weight * strength * 100).rounded() / 100
            e.id = "\(evidence.id)→\(entry.label.rawValue)"
            return Finding(label: entry.label, evidence: e, culprit: culprit)
        }
    }
}

/// How strong an observation is, in [0, 1].
enum Strength {
    /// Saturating in a count: 1 event is weak, `full` events or more count fully (logarithmic in between).
    static func count(_ n: Int, full: Int) -> Double {
        guard n > 0 else { return 0 }
        return min(1, log1p(Double(n)) / log1p(Double(full)))
    }

    /// Saturating in a ratio of change: `full`× or more counts fully, 1× not at all.
    static func ratio(_ r: Double, full: Double) -> Double {
        guard r.isFinite, r > 1 else { return r.isInfinite && r > 0 ? 1 : 0 }
        return min(1, log(r) / log(full))
    }

    /// Saturating in a robust z-score.
    static func zScore(_ z: Double, full: Double) -> Double {
        guard z.isFinite else { return z > 0 ? 1 : 0 }
        return min(1, max(0, abs(z) / full))
    }
}
