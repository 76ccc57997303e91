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
            FILE is an incident in the contract of docs/incident-format.md (JSON), or - for standard input.
            Exit codes: 0 analyzed; 65 the input is not a valid incident (the message names the JSON path);
            66 the file does not exist; 74 it cannot be read.
            """
    )

    @Argument(help: "The incident file, or - for standard input.")
    var file: String

    @Option(name: .shortAndLong, help: "Output format: table, json or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Show at most N causes (default: 5 in table and markdown, all in JSON).")
    var top: Int?

    @Option(help: "Seconds each agent may take before it is marked timed_out.")
    var agentTimeout: Double = 10

    @Flag(help: "Print how long each stage took (read, decode, signals per source, agents) to standard error.")
    var timings = false

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !(agentTimeout > 0 && agentTimeout < 3600) { throw ValidationError("--agent-timeout must be between 0 and 3600 seconds") }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        var stages = StageTimings()
        let incident = try Self.load(file, timings: &stages)
        let analyzer = IncidentAnalyzer(agentDeadline: .milliseconds(Int64(agentTimeout * 1000)))
        let analyzeStart = clock.now
        let (report, signals) = await analyzer.analyzeWithSignals(incident)
        stages.record("analyze", since: analyzeStart, clock: clock)
        let renderStart = clock.now
        let output = Self.render(report, format: format, top: top)
        stages.record("render", since: renderStart, clock: clock)
        Terminal.write(output)
        if timings {
            stages.record("total", since: start, clock: clock)
            Terminal.printError(stages.summary(signals: signals.timings, logRecords: signals.logs.totalRecords, agents: report.agents))
        }
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
