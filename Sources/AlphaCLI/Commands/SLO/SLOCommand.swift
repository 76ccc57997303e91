import ArgumentParser

/// `alpha-sre slo`: SLOs, error budgets, burn rates and the release gate.
struct SLOCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slo",
        abstract: "SLOs, error budgets, burn-rate alerts, forecasts and the release gate (docs/slo.md).",
        subcommands: [
            SLOStatusCommand.self, SLOBurnCommand.self, SLOForecastCommand.self, SLOGateCommand.self, SLORulesCommand.self, SLOImportCommand.self,
        ]
    )
}
