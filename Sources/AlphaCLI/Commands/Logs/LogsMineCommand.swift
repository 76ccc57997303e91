import AlphaSignals
import ArgumentParser

/// `alpha-sre logs mine FILE|-`: the templates of a log, with counts, first/last seen and an example line.
struct LogsMineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mine",
        abstract: "Mine log templates (variables written <*>) from a file or standard input, streaming.",
        discussion: """
            Prints one row per template: id (stable 16-hex hash of the template text), template, count, first and \
            last seen (line numbers, and ISO-8601 timestamps when lines carry them), and one example line.
            --per-line prints CSV line,template_id,template instead, one row per input line in input order.
            --baseline FILE compares against an earlier log: new templates, and templates whose rate (per minute \
            when both logs have timestamps, else per 1000 lines) rose or fell, ranked by surprise.
            """
    )

    @Argument(help: "The log file, or - for standard input.")
    var file: String

    @Option(help: "Output format: table, json or csv.")
    var format: MineOutputFormat = .table

    @Flag(help: "Write CSV line,template_id,template with one row per input line.")
    var perLine = false

    @Option(help: "An earlier log to compare against (new templates, rates that rose or fell).")
    var baseline: String?

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func run() throws {
        var session = MiningSession(keepsLineAssignments: perLine)
        let progress = ProgressReporter(enabled: !quiet)
        if let baseline {
            try session.mine(path: baseline, phase: .baseline, progress: progress)
        }
        try session.mine(path: file, phase: .current, progress: progress)
        progress.finish()
        let report = session.miner.report()
        var sink = OutputSink()
        if perLine {
            session.writePerLine(report: report, to: &sink)
        } else if baseline != nil {
            let rows = BaselineComparison.compare(session: session, report: report)
            MineOutput.write(rows, format: format, to: &sink)
        } else {
            let rows = TemplateSummary.rows(session: session, report: report, phase: .current)
            MineOutput.write(rows, format: format, to: &sink)
        }
        sink.flush()
    }
}

/// `--format`.
enum MineOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
