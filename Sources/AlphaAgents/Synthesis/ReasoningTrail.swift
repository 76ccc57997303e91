import AlphaCore
import AlphaSignals

/// The ordered steps that led to the ranking, each naming the evidence it used.
enum ReasoningTrail {
    static func steps(signals: IncidentSignals, outcomes: [AgentOutcome], hypotheses: [Hypothesis], model: FusionModel) -> [ReasoningStep] {
        var steps: [ReasoningStep] = []
        func add(_ agent: String, _ conclusion: String, _ evidence: [String]) {
            steps.append(ReasoningStep(step: steps.count + 1, agent: agent, conclusion: conclusion, evidence: evidence))
        }
        add("SignalLayer", signalSummary(signals), [])
        for narrative in signals.narratives.prefix(3) {
            add("Correlation", narrative.narrative + " " + narrative.hypothesis, narrative.signals.filter { $0.source == .metrics }.map(\.name))
        }
        for outcome in outcomes where outcome.run.name != "SynthesisAgent" {
            switch outcome.run.status {
            case .ok:
                let byLabel = Dictionary(grouping: outcome.findings.filter { $0.evidence.weight > 0 }, by: \.label)
                let ranked = byLabel.map { ($0.key, $0.value.map(\.evidence.weight).max() ?? 0, $0.value) }.sorted {
                    $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0
                }
                if ranked.isEmpty {
                    add(outcome.run.name, "nothing in this source points at a cause", [])
                } else {
                    let text = ranked.prefix(4).map { "\($0.0.rawValue) (strongest weight \(MetricsAgent.format($0.1, digits: 2)))" }
                    add(outcome.run.name, "supports " + text.joined(separator: ", "), ranked.prefix(4).flatMap { $0.2.prefix(2).map(\.evidence.id) })
                }
            default:
                add(outcome.run.name, "\(outcome.run.status.rawValue): \(outcome.run.error ?? "no findings")", [])
            }
        }
        for h in hypotheses.prefix(5) where h.label != .unknown {
            let agreeing = h.agents.count
            let text =
                "\(h.label.rawValue): score \(MetricsAgent.format(h.score, digits: 2)) from \(h.agents.joined(separator: " + "))"
                + (agreeing > 1
                    ? " (\(agreeing) independent agents agree, +\(MetricsAgent.format(model.agreementBonus * Double(agreeing - 1), digits: 1)))" : "")
                + " → confidence \(MetricsAgent.format(h.confidence, digits: 2))"
            add("SynthesisAgent", text, h.supportingSignals.prefix(6).map(\.id))
        }
        return steps
    }

    static func signalSummary(_ s: IncidentSignals) -> String {
        var parts: [String] = []
        switch s.split.source {
        case .deployedAt: parts.append("split at the deploy, \(Timestamp.format(s.split.time ?? 0))")
        case .changePoint: parts.append("no deploy time given; change point found at \(Timestamp.format(s.split.time ?? 0))")
        case .none: parts.append("no deploy time and no change point: everything counts as 'after'")
        }
        let logs = s.logs
        parts.append(
            "logs: \(logs.totalRecords) records, \(logs.errorRecords) errors, error rate ×\(MetricsAgent.format(logs.errorRateIncrease, digits: 1)), "
                + "dominant \(logs.dominantError?.rawValue ?? "none"), \(logs.newErrorSignatures.count) new signatures")
        let anomalous = s.metrics.series.filter(\.anomalous)
        parts.append(
            "metrics: \(anomalous.count) of \(s.metrics.series.count) series changed"
                + (anomalous.isEmpty ? "" : " (\(anomalous.prefix(3).map(\.name).joined(separator: ", "))…)"))
        parts.append("commits: \(s.commits.commits.count), \(s.commits.findings.count) risky changes")
        parts.append("config: \(s.config.changes.count) changed keys, \(s.config.changes.filter(\.risky).count) risky")
        return parts.joined(separator: "; ")
    }
}
