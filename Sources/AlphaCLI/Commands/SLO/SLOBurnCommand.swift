import AlphaSLO
import ArgumentParser
import Foundation

/// `alpha-sre slo burn`: error ratios and burn rates over every window, and the alert tiers.
struct SLOBurnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "burn", abstract: "Burn rates over 5m…3d and the multi-window alert tiers.")

    @OptionGroup var input: SLOInputOptions

    @Flag(help: "With --prometheus: also ask Prometheus (/api/v1/query) for each window's ratio, to compare with ours.")
    var comparePromql = false

    func run() async throws {
        let assessments = try await input.assess()
        var promql: [String: [Int: Double]] = [:]
        if comparePromql, let url = input.prometheus {
            let client = PrometheusClient(baseURL: url)
            let specs = try input.loadSLOs()
            for a in assessments {
                guard let spec = specs.first(where: { $0.service == a.service && $0.name == a.name }) else { continue }
                for w in a.snapshot.windows {
                    let expr = PrometheusRules.errorRatioQuery(spec, window: PromDuration.format(minutes: w.windowMinutes))
                    if let v = try await client.query(expr, at: a.snapshot.time).first?.value, v.isFinite {
                        promql["\(a.service)/\(a.name)", default: [:]][w.windowMinutes] = v
                    }
                }
            }
        }
        if input.format == .json {
            print(
                try SLOText.json(
                    assessments.map { BurnView(slo: "\($0.service)/\($0.name)", snapshot: $0.snapshot, risk: $0.risk, firing: $0.firingTiers) }),
                terminator: "")
            return
        }
        for a in assessments {
            print("\(a.service)/\(a.name)  composite \(SLOText.burn(a.snapshot.compositeBurn))  risk \(a.risk?.description ?? "no-data")")
            let theirs = promql["\(a.service)/\(a.name)"]
            var windows = SLOTable(header: ["WINDOW", "BAD", "TOTAL", "ERROR RATIO", "BURN"] + (theirs == nil ? [] : ["PROMQL RATIO"]))
            for w in a.snapshot.windows {
                windows.rows.append(
                    [
                        PromDuration.format(minutes: w.windowMinutes), w.events.map { String(format: "%.0f", $0.bad) } ?? "-",
                        w.events.map { String(format: "%.0f", $0.total) } ?? "-", SLOText.ratio(w.errorRatio), SLOText.burn(w.burnRate),
                    ] + (theirs == nil ? [] : [theirs?[w.windowMinutes].map { String($0) } ?? "no-data"]))
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
        /// PromQL's ratio per window when `--compare-promql` was given.
        var promql: [String: Double]?
    }
}
