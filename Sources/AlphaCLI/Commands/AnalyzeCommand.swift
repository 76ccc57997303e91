import AlphaAgents
import AlphaCore
import AlphaSignals
import ArgumentParser

/// `alpha-sre analyze FILE`: ranked root causes for one incident.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze an incident and print its most likely root causes, with evidence and suggested fixes.",
        discussion: """
            FILE is an incident in the contract of docs/incident-format.md (JSON), or - for standard input. Several files
            are analyzed one after the other (JSON output is then an array); a truth.json among them — the ground truth
            `alpha-sre simulate` writes beside its incidents — is skipped.
            Exit codes: 0 analyzed; 65 the input is not a valid incident (the message names the JSON path);
            66 the file does not exist; 74 it cannot be read.
            """
    )

    @Argument(help: "Incident files, or - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: table, json or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Show at most N causes (default: 5 in table and markdown, all in JSON).")
    var top: Int?

    @Option(help: "Seconds each agent may take before it is marked timed_out.")
    var agentTimeout: Double = 10

    @Flag(help: "Print how long each stage took (read, decode, signals per source, agents) to standard error.")
    var timings = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give an incident file, or - for standard input") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !(agentTimeout > 0 && agentTimeout < 3600) { throw ValidationError("--agent-timeout must be between 0 and 3600 seconds") }
    }

    func run() async throws {
        let inputs = files.count > 1 ? files.filter { !Self.isGroundTruth($0) } : files
        for skipped in files where !inputs.contains(skipped) { Terminal.printError("skipping \(skipped): simulate's ground truth (read by eval)") }
        let analyzer = IncidentAnalyzer(agentDeadline: .milliseconds(Int64(agentTimeout * 1000)))
        var outputs: [String] = []
        var reports: [AnalysisReport] = []
        for file in inputs {
            let clock = ContinuousClock()
            let start = clock.now
            var stages = StageTimings()
            let incident = try Self.load(file, timings: &stages)
            let analyzeStart = clock.now
            let (report, signals) = await analyzer.analyzeWithSignals(incident)
            stages.record("analyze", since: analyzeStart, clock: clock)
            if format == .json {
                reports.append(Self.trimmed(report, top: top))
            } else {
                let renderStart = clock.now
                let text = Self.render(report, format: format, top: top)
                stages.record("render", since: renderStart, clock: clock)
                outputs.append(inputs.count > 1 && format == .table ? "== \(file)\n\(text)" : text)
            }
            if timings {
                stages.record("total", since: start, clock: clock)
                Terminal.printError(stages.summary(signals: signals.timings, logRecords: signals.logs.totalRecords, agents: report.agents))
            }
        }
        if format == .json {
            Terminal.write(reports.count == 1 ? JSONReportRenderer.render(reports[0]) : JSONReportRenderer.render(reports))
        } else {
            Terminal.write(outputs.joined(separator: format == .markdown ? "\n---\n\n" : "\n"))
        }
    }

    /// `simulate` writes `truth.json` beside its incidents; `analyze DIR/*.json` passes over it.
    static func isGroundTruth(_ path: String) -> Bool {
        path.split(separator: "/").last == "truth.json"
    }

    static func trimmed(_ report: AnalysisReport, top: Int?) -> AnalysisReport {
        guard let top else { return report }
        var r = report
        r.hypotheses = Array(r.hypotheses.prefix(top))
        return r
    }

    /// Reads and decodes an incident, turning every failure into one clear line and a sysexits code.
    static func load(_ file: String, timings: inout StageTimings) throws -> Incident {
        let clock = ContinuousClock()
        do {
            var start = clock.now
            let bytes = try InputFile.read(file, limit: IncidentDecoder.maximumBytes)
            timings.record("read", since: start, clock: clock)
            timings.bytes = bytes.count
            start = clock.now
            let incident = try IncidentDecoder.decode(bytes)
            timings.record("decode", since: start, clock: clock)
            return incident
        } catch let failure as InputFile.Failure {
            Terminal.printError(failure.description)
            throw ExitCode(failure.exitCode)
        } catch let error as InputError {
            Terminal.printError("\(file == "-" ? "stdin" : file): \(error)")
            throw ExitCode(65)
        }
    }

    static func render(_ report: AnalysisReport, format: OutputFormat, top: Int?) -> String {
        switch format {
        case .table: TableReportRenderer(color: Terminal.useColor).render(report, top: top ?? 5)
        case .markdown: MarkdownReportRenderer.render(report, top: top ?? 5)
        case .json:
            JSONReportRenderer.render(
                top.map { n in
                    var r = report
                    r.hypotheses = Array(r.hypotheses.prefix(n))
                    return r
                } ?? report)
        }
    }
}

/// `--format` values.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
}
