import AlphaCore
import AlphaSLO
import ArgumentParser
import Foundation

/// `alpha-sre slo gate SERVICE`: the release decision; exit 0 = go (or overridden), 3 = blocked.
struct SLOGateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate", abstract: "Release decision for a service: exit 0 to release, 3 when blocked (for CI pipelines).")

    @Argument(help: "The service to gate.")
    var gateService: String

    @Option(help: "The release-gate policy (YAML); default: block at FREEZE, under 10% budget, or exhaustion within 3 days.")
    var policy: String?

    @OptionGroup var input: SLOInputOptions

    func run() async throws {
        var gatePolicy = GatePolicy()
        if let policy {
            let parsed = try GatePolicy.parse(yaml: try SLOFiles.read(policy))
            for w in parsed.warnings { SLOFiles.warn("\(policy): \(w)") }
            gatePolicy = parsed.policy
        }
        var options = input
        options.service = gateService
        let assessments = try await options.assess()
        // `assess()` has already rejected an unreadable --at.
        let now = input.at.flatMap { Timestamp.parse($0) ?? Double($0) } ?? Date().timeIntervalSince1970
        let decision = ReleaseGate.decide(service: gateService, inputs: assessments.map(\.gateInput), policy: gatePolicy, at: now)
        if input.format == .json {
            print(try SLOText.json(decision), terminator: "")
        } else {
            print("\(decision.service): \(decision.outcome.rawValue.uppercased())")
            for r in decision.reasons { print("  \(decision.outcome == .overridden ? "would block" : "blocked"): \(r.slo) [\(r.rule)] \(r.detail)") }
            for o in decision.overrides { print("  override by \(o.by) until \(Timestamp.format(o.until)): \(o.reason)") }
            for n in decision.notes { print("  note: \(n)") }
        }
        if !decision.allowsRelease { throw ExitCode(3) }
    }
}
