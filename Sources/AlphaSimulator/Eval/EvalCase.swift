public import AlphaCore

/// One analysed incident of a corpus: its ground truth, the analyzer's ranked hypotheses and how long it took.
public struct EvalCase: Sendable {
    public var name: String
    public var truth: GroundTruth
    /// Ranked, most likely first (as the report lists them).
    public var hypotheses: [Hypothesis]
    /// Decode + analyze, milliseconds.
    public var latencyMs: Double

    public init(name: String, truth: GroundTruth, hypotheses: [Hypothesis], latencyMs: Double) {
        self.name = name
        self.truth = truth
        self.hypotheses = hypotheses
        self.latencyMs = latencyMs
    }

    /// Labels of the first `k` hypotheses.
    func top(_ k: Int) -> [CauseLabel] { Array(hypotheses.prefix(k).map(\.label)) }

    /// Whether a reported culprit names the true one: same commit (short or full sha), same config key, or same
    /// dependency host. A file alone counts when the truth has no commit.
    static func matches(_ reported: Culprit?, _ truth: Culprit) -> Bool {
        guard let r = reported else { return false }
        if let t = truth.commit, let c = r.commit, !c.isEmpty, t.hasPrefix(c) || c.hasPrefix(t) { return true }
        if let t = truth.configKey, let k = r.configKey, t == k || t.hasPrefix(k + ".") || k.hasPrefix(t + ".") { return true }
        if let t = truth.dependency?.lowercased(), let d = r.dependency?.lowercased(), !d.isEmpty, t == d || t.contains(d) || d.contains(t) {
            return true
        }
        if truth.commit == nil, let t = truth.file, let f = r.file, t == f { return true }
        return false
    }
}
