import AlphaSLO
import ArgumentParser

/// `alpha-sre slo status`: budget, risk and alerts per SLO.
struct SLOStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Error budget, risk level and firing alerts per SLO.")

    @OptionGroup var input: SLOInputOptions

    func run() async throws {
        let assessments = try await input.assess()
        if input.format == .json {
            print(try SLOText.json(assessments), terminator: "")
            return
        }
        var table = SLOTable(header: ["SLO", "OBJECTIVE", "PERIOD", "ERROR RATIO", "BUDGET LEFT", "COMPOSITE", "RISK", "FIRING"])
        for a in assessments {
            let b = a.snapshot.budgetStatus
            table.rows.append([
                "\(a.service)/\(a.name)", "\(a.objectivePercent)%", a.period, SLOText.ratio(b.errorRatio),
                b.state == .noData ? "no-data" : SLOText.percent(b.remaining), SLOText.burn(a.snapshot.compositeBurn),
                a.risk?.description ?? "no-data", a.firingTiers.isEmpty ? "-" : a.firingTiers.joined(separator: ","),
            ])
        }
        print(table.render(), terminator: "")
    }
}
