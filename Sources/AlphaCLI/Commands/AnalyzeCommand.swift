import ArgumentParser

/// `alpha-sre analyze FILE`: ranked root causes for one incident.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze an incident (JSON, see docs/incident-format.md) and print ranked root causes."
    )

    @Argument(help: "The incident file, or - for standard input.")
    var file: String

    func run() async throws {
        throw CleanExit.message("analyze: pipeline not wired yet")
    }
}
