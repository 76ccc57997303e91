import AlphaAgents
import AlphaCore
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

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !(agentTimeout > 0 && agentTimeout < 3600) { throw ValidationError("--agent-timeout must be between 0 and 3600 seconds") }
    }

    func run() async throws {
        let incident = try Self.load(file)
        let analyzer = IncidentAnalyzer(agentDeadline: .milliseconds(Int64(agentTimeout * 1000)))
        let report = await analyzer.analyze(incident)
        Terminal.write(Self.render(report, format: format, top: top))
    }

    /// Reads and decodes an incident, turning every failure into one clear line and a sysexits code.
    static func load(_ file: String) throws -> Incident {
        do {
            let bytes = try InputFile.read(file, limit: IncidentDecoder.maximumBytes)
            return try IncidentDecoder.decode(bytes)
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
            JSONReportRenderer.render(top.map { n in
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
