public import AlphaCore

/// A shareable Markdown summary (for a ticket, a chat thread or a post-mortem draft).
public enum MarkdownReportRenderer {
    public static func render(_ report: AnalysisReport, top: Int) -> String {
        var out = "# Incident analysis: \(report.title ?? report.incidentId ?? report.deploymentId)\n\n"
        out += "- Deployment: `\(report.deploymentId)`\n"
        if let id = report.incidentId { out += "- Incident: `\(id)`\n" }
        if let service = report.service { out += "- Service: `\(service)`\n" }
        out += "- Analyzed in \(MetricsAgent.format(report.durationMs, digits: 1)) ms by \(report.agents.map(\.name).joined(separator: ", "))\n\n"
        out += "## Ranked causes\n\n| # | Cause | Confidence | Severity | Agents | Culprit |\n|---|---|---|---|---|---|\n"
        let shown = report.hypotheses.prefix(top)
        for (i, h) in shown.enumerated() {
            let culprit = TableReportRenderer(color: false).culpritText(h.culprit)
            out += "| \(i + 1) | `\(h.label.rawValue)` | \(MetricsAgent.format(h.confidence, digits: 2)) | \(h.severity.rawValue) | "
            out += "\(h.agents.joined(separator: ", ")) | \(culprit.replacing("|", with: "\\|")) |\n"
        }
        for (i, h) in shown.enumerated() {
            out += "\n### \(i + 1). `\(h.label.rawValue)`\n\n\(h.description)\n\n**Evidence**\n\n"
            for e in h.supportingSignals.prefix(8) {
                out += "- *\(e.source.rawValue)* — \(e.summary)" + (e.ref.map { " (`\($0)`)" } ?? "") + "\n"
            }
            if let fix = h.remediation {
                out += "\n**Suggested fix — requires human approval:** \(fix.summary)\n"
                if let patch = fix.patch { out += "\n```diff\n\(patch)```\n" }
            }
        }
        out += "\n## Reasoning\n\n"
        for step in report.reasoning { out += "\(step.step). **\(step.agent)**: \(step.conclusion)\n" }
        return out
    }
}
