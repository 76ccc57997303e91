import ArgumentParser

/// `alpha-sre logs`: log tools.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Log tools: template mining.",
        subcommands: [LogsMineCommand.self]
    )
}
