import AlphaAgents
import AlphaCore
import AlphaSimulator
import ArgumentParser

/// `alpha-sre simulate`: labelled incidents from the model of the stack, plus `truth.json`.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Generate labelled incidents from a model of a FastAPI + PostgreSQL + Redis service.",
        discussion: """
            Each incident is written as DIR/NAME.json in the contract of docs/incident-format.md; DIR/truth.json maps each
            file to its injected causes and culprit. Scenarios: \(Scenario.names.joined(separator: ", ")).
            The same --seed always gives the same files.
            """
    )

    @Option(help: "A named scenario (a cause label, or incident-b).")
    var scenario: String?

    @Flag(help: "Draw causes at random (about one incident in five has two or three causes).")
    var random = false

    @Option(help: "Seed of the first incident; incident i uses seed + i.")
    var seed: UInt64 = 1

    @Option(help: "How many incidents to write.")
    var count: Int = 1

    @Option(help: "Output directory (created if missing).")
    var out: String

    @Flag(help: "Use one plain presentation (plain logs, Prometheus names, git diffs) instead of varying it.")
    var plain = false

    @Flag(help: "Analyze each incident, apply the fixes for its top 3 causes in the model, and show whether it recovers.")
    var applyFixes = false

    func validate() throws {
        if (scenario == nil) == !random { throw ValidationError("give exactly one of --scenario NAME or --random") }
        if let scenario, Scenario(name: scenario) == nil {
            throw ValidationError("unknown scenario '\(scenario)'; one of: \(Scenario.names.joined(separator: ", "))")
        }
        if count < 1 || count > 100_000 { throw ValidationError("--count must be between 1 and 100000") }
    }

    func run() async throws {
        let chosen = random ? Scenario.random : (scenario.flatMap(Scenario.init(name:)) ?? .random)
        let prefix = random ? "sim" : (scenario ?? "sim")
        do {
            let dir = try OutputDirectory(creating: out)
            let generator = IncidentGenerator()
            var truth: [(key: String, value: JSONValue)] = []
            for i in 0..<count {
                let s = seed &+ UInt64(i)
                let incident = generator.generate(scenario: chosen, seed: s, style: plain ? .plain : nil)
                let name = "\(prefix)-\(s).json"
                try dir.write(JSONText.render(incident.document) + "\n", to: name)
                truth.append((name, incident.truth.json))
                if count <= 20 {
                    Terminal.write("\(dir.path)/\(name): \(incident.truth.labels.map(\.rawValue).joined(separator: " + "))")
                }
                if applyFixes { await replayFixes(incident, name: name, seed: s) }
            }
            try dir.write(JSONText.render(.object(JSONObject(truth))) + "\n", to: "truth.json")
            if count > 20 { Terminal.write("wrote \(count) incidents and truth.json to \(dir.path)") }
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(73)
        }
    }

    /// Analyzes the incident and replays the fixes of its top three causes in the model.
    private func replayFixes(_ incident: GeneratedIncident, name: String, seed: UInt64) async {
        let text = JSONText.render(incident.document)
        guard let decoded = try? IncidentDecoder.decode(Array(text.utf8)) else { return }
        let report = await IncidentAnalyzer().analyze(decoded)
        let labels = report.hypotheses.prefix(3).map(\.label).filter { $0 != .unknown }
        let r = FixReplay.run(faults: incident.faults, fixing: labels, seed: seed)
        func ms(_ v: Double) -> String { String(Int(v.rounded())) + " ms" }
        func pct(_ v: Double) -> String { String(Double(Int((v * 1000).rounded())) / 10) + "%" }
        var line = "  fixes for \(labels.map(\.rawValue).joined(separator: ", ")): "
        line += "p50 \(ms(r.baseline.latencyP50Ms)) → \(ms(r.broken.latencyP50Ms)) → \(ms(r.fixed.latencyP50Ms)), "
        line += "errors \(pct(r.baseline.errorRatio)) → \(pct(r.broken.errorRatio)) → \(pct(r.fixed.errorRatio)): "
        line += r.recovered ? "recovered" : "not recovered"
        if !r.unfixedLabels.isEmpty { line += " (left in place: \(r.unfixedLabels.map(\.rawValue).joined(separator: ", ")))" }
        Terminal.write(line)
    }
}
