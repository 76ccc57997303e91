import AlphaSLO
import ArgumentParser
import Foundation

/// `alpha-sre slo burn`: error ratios and burn rates over every window, and the alert tiers.
struct SLOBurnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "burn", abstract: "Burn rates over 5m…3d and the multi-window alert tiers.")

    @OptionGroup var input: SLOInputOptions

    func run() async throws {
        let assessments = try await input.assess()
        if input.format == .json {
            print(
                try SLOText.json(
                    assessments.map { BurnView(slo: "\($0.service)/\($0.name)", snapshot: $0.snapshot, risk: $0.risk, firing: $0.firingTiers) }),
                terminator: "")
            return
        }
        for a in assessments {
            print("\(a.service)/\(a.name)  composite \(SLOText.burn(a.snapshot.compositeBurn))  risk \(a.risk?.description ?? "no-data")")
            var windows = SLOTable(header: ["WINDOW", "BAD", "TOTAL", "ERROR RATIO", "BURN"])
            for w in a.snapshot.windows {
                windows.rows.append([
                    PromDuration.format(minutes: w.windowMinutes), w.events.map { String(format: "%.0f", $0.bad) } ?? "-",
                    w.events.map { String(format: "%.0f", $0.total) } ?? "-", SLOText.ratio(w.errorRatio), SLOText.burn(w.burnRate),
                ])
            }
            print(windows.render(), terminator: "")
            var tiers = SLOTable(header: ["TIER", "SEVERITY", "FACTOR", "THRESHOLD", "LONG", "SHORT", "CONDITION", "STATE"])
            for t in a.snapshot.tiers {
                tiers.rows.append([
                    t.tier, t.severity, SLOText.burn(t.factor), SLOText.ratio(t.threshold), SLOText.ratio(t.longRatio), SLOText.ratio(t.shortRatio),
                    t.enoughTraffic ? (t.conditionMet ? "met" : "-") : "low traffic", a.firingTiers.contains(t.tier) ? "FIRING" : "-",
                ])
            }
            print(tiers.render())
        }
    }

    struct BurnView: Encodable {
        var slo: String
        var snapshot: SLOSnapshot
        var risk: RiskLevel?
        var firing: [String]
    }
}
