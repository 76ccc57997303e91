public import ArgumentParser

/// The `alpha-sre` root command: every capability is a subcommand.
public struct AlphaSRECommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "alpha-sre",
        abstract: "An AI SRE: finds what broke an incident, with evidence, and waits for a human to approve any fix.",
        version: "0.1.0",
        subcommands: [
            AnalyzeCommand.self,
            LogsCommand.self,
            SLOCommand.self,
            DetectCommand.self,
            SimulateCommand.self,
            EvalCommand.self,
            AdminCommand.self,
            AuditCommand.self,
            ServeCommand.self,
        ]
    )

    public init() {}

    /// Parses the command line and runs the chosen command. Input errors of any command print one line and exit 65
    /// (sysexits' EX_DATAERR), an unreachable database one line and exit 69 (EX_UNAVAILABLE); everything else is
    /// reported by ArgumentParser.
    public static func runMain() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as any InputFailure {
            Terminal.printError(failure.description)
            Self.exit(withError: ExitCode(65))
        } catch let failure as DatabaseUnavailable {
            Terminal.printError(failure.description)
            Self.exit(withError: ExitCode(DatabaseUnavailable.exitCode))
        } catch {
            Self.exit(withError: error)
        }
    }
}
