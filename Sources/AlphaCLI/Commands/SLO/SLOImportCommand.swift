import AlphaSLO
import ArgumentParser

/// `alpha-sre slo import FILE`: converts OpenSLO / Sloth / Pyrra to our YAML, naming every unsupported field.
struct SLOImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Convert OpenSLO, Sloth or Pyrra definitions to alpha-sre YAML (warnings name unsupported fields).")

    @Argument(help: "The definitions file, or - for standard input.")
    var file: String

    @Option(help: "Output format: table (our YAML) or json (summary with warnings).")
    var format: SLOOutputFormat = .table

    @Flag(help: "Exit with status 4 when any field was not supported.")
    var strict = false

    func run() async throws {
        let result = try SLODefinitions.parse(yaml: try SLOFiles.read(file))
        if format == .json {
            print(
                try SLOText.json(Summary(format: result.format, slos: result.slos.map { "\($0.service)/\($0.name)" }, warnings: result.warnings)),
                terminator: "")
        } else {
            for w in result.warnings { SLOFiles.warn("\(file): \(w)") }
            print("# Imported from \(result.format) by alpha-sre slo import")
            print(SLOYAMLWriter.write(result.slos), terminator: "")
        }
        if strict && !result.warnings.isEmpty { throw ExitCode(4) }
    }

    struct Summary: Encodable {
        var format: String
        var slos: [String]
        var warnings: [String]
    }
}
