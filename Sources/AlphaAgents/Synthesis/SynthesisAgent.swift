import AlphaCore
import AlphaSignals

/// Fuses every agent's findings into ranked, calibrated hypotheses with culprits, severities and a reasoning trail.
public struct SynthesisAgent: Sendable {
    public let name = "SynthesisAgent"
    public var model: FusionModel

    public init(model: FusionModel = .standard) {
        self.model = model
    }

    /// A cause with its fused score, before it is written up.
    struct Fused {
        var label: CauseLabel
        var score: Double
        var contributions: [String: Double]
        var findings: [Finding]
    }

    /// Ranked hypotheses, most likely first.
    func hypotheses(from findings: [Finding], signals: IncidentSignals) -> [Hypothesis] {
        let impact = Impact(signals)
        let reported = fuse(findings).filter { $0.score >= model.reportThreshold }
        // The calibration was fitted on the scores as reported (rounded, runners-up penalised), so it reads the same.
        let scores = reported.indices.map { rank in Self.reportedScore(reported[rank].score, outranked: rank > 0) }
        let confidences = model.confidences(rankedScores: scores)
        var hypotheses = zip(reported, zip(scores, confidences)).map { fused, scored in
            hypothesis(fused, impact: impact, score: scored.0, confidence: scored.1)
        }
        if (hypotheses.first?.confidence ?? 0) < 0.2 {
            hypotheses.append(unknown(impact: impact, signals: signals))
        }
        return hypotheses
    }

    /// Groups findings by cause and scores each (see `FusionModel`), then explains symptoms away (see `CausalLinks`).
    func fuse(_ findings: [Finding]) -> [Fused] {
        var byLabel: [CauseLabel: [Finding]] = [:]
        for f in findings where f.evidence.weight != 0 { byLabel[f.label, default: []].append(f) }
        var fused: [CauseLabel: Fused] = [:]
        for (label, found) in byLabel {
            var perAgent: [String: [Double]] = [:]
            for f in found { perAgent[f.agent, default: []].append(f.evidence.weight) }
            let contributions = perAgent.mapValues(model.agentContribution)
            fused[label] = Fused(
                label: label, score: score(contributions), contributions: contributions,
                findings: found.sorted { $0.evidence.weight > $1.evidence.weight })
        }
        for effect in CausalLinks.order {
            guard var item = fused[effect] else { continue }
            // The symptoms have competing explanations: the best other cause, from its own evidence, and a change to
            // this one (a commit, a config key). They are discounted by how much more likely the first is.
            let bySymptoms = (CausalLinks.explainedBy[effect] ?? []).compactMap { fused[$0] }.map { CausalLinks.presence(score: $0.score) }
            let byChanges = (CausalLinks.explainedByChange[effect] ?? []).compactMap { fused[$0] }.map { explainer in
                let hasChange = explainer.contributions.keys.contains { !CausalLinks.symptomAgents.contains($0) }
                return hasChange ? CausalLinks.presence(score: score(explainer.contributions)) : 0
            }
            let explained = (bySymptoms + byChanges).max() ?? 0
            let changes = item.contributions.filter { !CausalLinks.symptomAgents.contains($0.key) }
            let own = changes.isEmpty ? 0 : CausalLinks.presence(score: score(changes))
            let discount = explained * (1 - own)
            guard discount > 0 else { continue }
            for (agent, value) in item.contributions where CausalLinks.symptomAgents.contains(agent) && value > 0 {
                item.contributions[agent] = value * (1 - discount)
            }
            item.score = score(item.contributions)
            fused[effect] = item
        }
        return fused.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.label < $1.label }
    }

    /// The fused score of per-agent contributions, summed in a fixed order (floating-point sums depend on it).
    func score(_ contributions: [String: Double]) -> Double {
        model.score(contributions: contributions.sorted { $0.key < $1.key }.map(\.value))
    }

    /// Subtracted from the reported score of every cause that another outranks.
    ///
    /// The causes compete to explain one incident: most incidents have one root cause, and a cause ranked below a better
    /// one is mostly a symptom of it or a coincidence, whatever its own evidence (on the training corpus, runners-up
    /// scored like winners were causes a third as often). The penalty keeps the reported scores of runners-up below
    /// the leading cause's; the order of the causes does not change, and their confidence comes from the runners-up's
    /// own calibration (`FusionModel.runnersUp`), fitted on these penalised scores; see docs/simulator.md.
    static let runnerUpPenalty = 3.0

    /// The score a hypothesis reports: rounded to 0.01, less the runner-up penalty when another cause outranks it.
    static func reportedScore(_ score: Double, outranked: Bool) -> Double {
        ((score - (outranked ? runnerUpPenalty : 0)) * 100).rounded() / 100
    }

    func hypothesis(_ fused: Fused, impact: Impact, score: Double, confidence: Double) -> Hypothesis {
        let culprit = Self.culprit(for: fused.label, findings: fused.findings)
        let agents = fused.contributions.filter { $0.value >= model.agreementThreshold }.keys.sorted()
        let lead = fused.findings.first { $0.evidence.weight > 0 }?.evidence.summary ?? ""
        var description = LabelCatalog.meaning(fused.label)
        if let culprit, let text = Self.describe(culprit) { description += " — \(text)" }
        description += ". Strongest evidence: \(lead)"
        return Hypothesis(
            label: fused.label,
            description: description,
            supportingSignals: Self.distinctEvidence(fused.findings),
            confidence: (confidence * 1000).rounded() / 1000,
            score: score,
            severity: impact.severity(for: fused.label, confidence: confidence),
            agents: agents.isEmpty ? fused.contributions.keys.sorted() : agents,
            culprit: culprit
        )
    }

    func unknown(impact: Impact, signals: IncidentSignals) -> Hypothesis {
        Hypothesis(
            label: .unknown,
            description: "\(LabelCatalog.meaning(.unknown)). \(impact.summary)",
            supportingSignals: [],
            confidence: 0.2,
            score: model.prior,
            severity: impact.severity(for: .unknown, confidence: 0.2),
            agents: [name]
        )
    }

    /// The best-supported culprit: the heaviest finding that names one, completed with a dependency for causes about one.
    static func culprit(for label: CauseLabel, findings: [Finding]) -> Culprit? {
        let named = findings.filter { $0.evidence.weight > 0 && ($0.culprit.map { !$0.isEmpty } ?? false) }
        guard var best = named.first?.culprit else { return nil }
        if LabelCatalog.dependencyLabels.contains(label), best.dependency == nil,
            let dependency = named.lazy.compactMap({ $0.culprit?.dependency }).first
        {
            best.dependency = dependency
        }
        if best.commit == nil, best.configKey == nil,
            let change = named.first(where: { $0.culprit?.commit != nil || $0.culprit?.configKey != nil })?.culprit
        {
            best.commit = change.commit
            best.file = change.file
            best.configKey = change.configKey
        }
        return best
    }

    static func describe(_ c: Culprit) -> String? {
        var parts: [String] = []
        if let commit = c.commit { parts.append("commit \(commit.prefix(7))" + (c.file.map { " (\($0))" } ?? "")) }
        if let key = c.configKey { parts.append("config key \(key)") }
        if let dep = c.dependency { parts.append("dependency \(dep)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// One entry per underlying observation (a table entry may be repeated across labels; within one label it is not).
    static func distinctEvidence(_ findings: [Finding]) -> [Evidence] {
        var seen = Set<String>()
        return findings.compactMap { f in
            f.evidence.weight > 0 && seen.insert(f.evidence.id).inserted ? f.evidence : nil
        }
    }
}
