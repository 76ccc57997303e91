public import AlphaCore

/// The readable terminal report: ranked causes, their evidence and fixes, and the agents' timeline.
public struct TableReportRenderer: Sendable {
    /// ANSI colour (only when writing to a terminal).
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: AnalysisReport, top: Int) -> String {
        var out = ""
        let title = [report.title, report.service].compactMap { $0 }.joined(separator: " · ")
        out += bold("AlphaSRE") + " — \(report.incidentId ?? "incident") (deploy \(report.deploymentId))"
        out += title.isEmpty ? "\n" : "\n\(title)\n"
        out += dim("analyzed in \(MetricsAgent.format(report.durationMs, digits: 1)) ms") + "\n\n"

        let shown = Array(report.hypotheses.prefix(top))
        let rows = shown.enumerated().map { i, h in
            [
                "\(i + 1)", h.label.rawValue, MetricsAgent.format(h.confidence, digits: 2), h.severity.rawValue,
                h.agents.map { $0.replacing("Agent", with: "") }.joined(separator: "+"), culpritText(h.culprit),
            ]
        }
        out += table(header: ["#", "CAUSE", "CONF", "SEVERITY", "AGENTS", "CULPRIT"], rows: rows, colorColumn: 3)
        for (i, h) in shown.enumerated() {
            out += "\n" + bold("\(i + 1). \(h.label.rawValue)") + " — \(h.description)\n"
            for e in h.supportingSignals.prefix(5) {
                out += "   " + dim("[\(e.source.rawValue)]") + " \(e.summary) " + dim("(w \(MetricsAgent.format(e.weight, digits: 2)))") + "\n"
            }
            if h.supportingSignals.count > 5 { out += dim("   … \(h.supportingSignals.count - 5) more") + "\n" }
            if let fix = h.remediation {
                out += "   " + yellow("fix (needs human approval):") + " \(fix.summary)\n"
                if let patch = fix.patch {
                    for line in patch.split(separator: "\n", omittingEmptySubsequences: false).prefix(24) where !line.isEmpty {
                        out += "     " + patchLine(String(line)) + "\n"
                    }
                }
            }
        }
        out += "\n" + bold("Agents") + " (run in parallel)\n"
        let maxEnd = max(report.agents.map { $0.offsetMs + $0.durationMs }.max() ?? 1, 0.001)
        for run in report.agents {
            let start = Int(run.offsetMs / maxEnd * 30)
            let width = max(1, Int(run.durationMs / maxEnd * 30))
            let bar = String(repeating: " ", count: min(start, 30)) + String(repeating: "█", count: min(width, 30))
            let name = run.name.padding(14)
            let status = run.status == .ok ? green(run.status.rawValue.padding(9)) : red(run.status.rawValue.padding(9))
            out += "  \(name) \(status) \(MetricsAgent.format(run.durationMs, digits: 2).leftPadding(8)) ms  \(dim(bar))\n"
        }
        return out
    }

    func culpritText(_ c: Culprit?) -> String {
        guard let c else { return "-" }
        var parts: [String] = []
        if let commit = c.commit { parts.append(String(commit.prefix(7)) + (c.file.map { " \($0)" } ?? "")) }
        if let key = c.configKey { parts.append(key) }
        if let dep = c.dependency { parts.append(dep) }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }

    func table(header: [String], rows: [[String]], colorColumn: Int) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        let last = header.count - 1
        var out = "  " + header.enumerated().map { bold(($0 == last) ? $1 : $1.padding(widths[$0])) }.joined(separator: "  ") + "\n"
        for row in rows {
            out +=
                "  "
                + row.enumerated().map { i, cell in
                    let padded = i == last ? cell : cell.padding(widths[i])
                    return i == colorColumn ? severityColor(cell, padded) : padded
                }.joined(separator: "  ") + "\n"
        }
        return out
    }

    func severityColor(_ severity: String, _ text: String) -> String {
        switch severity {
        case "critical": red(text)
        case "high": yellow(text)
        default: text
        }
    }

    func patchLine(_ line: String) -> String {
        if line.hasPrefix("+") && !line.hasPrefix("+++") { return green(line) }
        if line.hasPrefix("-") && !line.hasPrefix("---") { return red(line) }
        return dim(line)
    }

    func ansi(_ code: String, _ s: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { ansi("1", s) }
    func dim(_ s: String) -> String { ansi("2", s) }
    func red(_ s: String) -> String { ansi("31", s) }
    func green(_ s: String) -> String { ansi("32", s) }
    func yellow(_ s: String) -> String { ansi("33", s) }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
