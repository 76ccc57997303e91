public import ArgumentParser

/// The `alpha-sre` root command: every capability is a subcommand.
public struct AlphaSRECommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "alpha-sre",
        abstract: "An AI SRE: finds what broke an incident, with evidence, and waits for a human to approve any fix.",
        version: "0.1.0",
        subcommands: [
            AnalyzeCommand.self,
            DetectCommand.self,
        ]
    )

    public init() {}
}
