import AlphaAgents
import AlphaCore
import AlphaSimulator
import ArgumentParser
import Foundation

/// `alpha-sre eval DIR`: runs the analyzer over a labelled corpus and scores it against `truth.json`.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the analyzer on a labelled corpus (from `alpha-sre simulate`): accuracy, culprits, calibration, latency.",
        discussion: """
            DIR holds incident files and truth.json ({"file.json": {"labels": [...], "culprit": {...}}}).
            --fit fits the score→confidence mapping (Platt scaling) on DIR and writes it with --write; evaluate it on a
            corpus from other seeds with --model FILE.
            """
    )

    @Argument(help: "Directory with incidents and truth.json.")
    var dir: String

    @Option(name: .shortAndLong, help: "Output format: table or json.")
    var format: EvalFormat = .table

    @Option(help: "A calibration file (as written by --fit) whose slope and intercept replace the built-in ones.")
    var model: String?

    @Flag(help: "Also list every incident whose top hypothesis is wrong: file, true causes, top 3 reported.")
    var misses = false

    @Flag(help: "Fit Platt scaling of score to confidence on this corpus.")
    var fit = false

    @Option(help: "Where --fit writes the fitted parameters.")
    var write: String = "calibration/fusion.json"

    enum EvalFormat: String, ExpressibleByArgument {
        case table, json
    }

    func run() async throws {
        do {
            let truth = try Self.loadTruth(dir)
            let fusion = try model.map(Self.loadModel) ?? .standard
            let analyzer = IncidentAnalyzer(model: fusion)
            let files = try OutputDirectory.jsonFiles(in: dir)
            let clock = ContinuousClock()
            let started = clock.now
            var cases: [EvalCase] = []
            for name in files {
                guard let t = truth[name] else { continue }
                let begin = clock.now
                let bytes = try Self.read(dir + "/" + name)
                let incident: Incident
                do { incident = try IncidentDecoder.decode(bytes) } catch { throw SimulateFailure.data("\(name): \(error)") }
                let report = await analyzer.analyze(incident)
                let ms = Double((clock.now - begin).components.attoseconds) / 1e15 + Double((clock.now - begin).components.seconds) * 1000
                cases.append(EvalCase(name: name, truth: t, hypotheses: report.hypotheses, latencyMs: ms))
            }
            if cases.isEmpty { throw SimulateFailure.data("\(dir): no incident listed in truth.json was found") }
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let summary = EvalSummary(cases, totalSeconds: seconds)
            if fit {
                try fitAndWrite(cases, model: fusion, before: summary)
            } else {
                Terminal.write(format == .json ? JSONText.render(summary.json) : summary.table())
                if misses { Terminal.write(Self.missList(cases)) }
            }
        } catch let failure as SimulateFailure {
            Terminal.printError(failure.description)
            throw ExitCode(65)
        }
    }

    private func fitAndWrite(_ cases: [EvalCase], model: FusionModel, before: EvalSummary) throws {
        var scores: [Double] = []
        var outcomes: [Bool] = []
        for c in cases {
            let truth = Set(c.truth.labels)
            for h in c.hypotheses where h.label != .unknown {
                scores.append(h.score)
                outcomes.append(truth.contains(h.label))
            }
        }
        let (slope, intercept) = PlattScaling.fit(scores: scores, outcomes: outcomes)
        var fitted = model
        fitted.slope = slope
        fitted.intercept = intercept
        let after = EvalSummary.calibration(zip(scores, outcomes).map { (fitted.confidence(score: $0.0), $0.1) })
        let text = JSONText.render(
            .object(
                JSONObject([
                    ("slope", .number((slope * 1e6).rounded() / 1e6)), ("intercept", .number((intercept * 1e6).rounded() / 1e6)),
                    ("prior", .number(model.prior)), ("withinAgentDiscount", .number(model.withinAgentDiscount)),
                    ("agreementBonus", .number(model.agreementBonus)), ("agreementThreshold", .number(model.agreementThreshold)),
                    ("reportThreshold", .number(model.reportThreshold)),
                    ("fitted_on", .string("\(cases.count) incidents, \(scores.count) hypotheses in \(dir)")),
                    ("command", .string("alpha-sre eval \(dir) --fit --write \(write)")),
                ])))
        if let slash = write.lastIndex(of: "/") { _ = try OutputDirectory(creating: String(write[..<slash])) }
        let parent = write.lastIndex(of: "/").map { String(write[..<$0]) } ?? "."
        let file = write.lastIndex(of: "/").map { String(write[write.index(after: $0)...]) } ?? write
        try OutputDirectory(creating: parent).write(text + "\n", to: file)
        Terminal.write(
            """
            fitted on \(scores.count) hypotheses of \(cases.count) incidents: confidence = σ(\(before.fixed(slope, 4)) · score + \(before.fixed(intercept, 4)))
            training ECE \(before.fixed(before.ece, 3)) → \(before.fixed(after.ece, 3)), Brier \(before.fixed(before.brier, 3)) → \(before.fixed(after.brier, 3))
            wrote \(write)
            """)
    }

    /// One line per incident whose first hypothesis is not a true cause.
    static func missList(_ cases: [EvalCase]) -> String {
        var out = "misses (file: true causes → top 3 reported)\n"
        for c in cases {
            let truth = Set(c.truth.labels)
            guard let first = c.hypotheses.first?.label, !truth.contains(first) else {
                if c.hypotheses.isEmpty { out += "  \(c.name): \(c.truth.labels.map(\.rawValue).joined(separator: " + ")) → (nothing)\n" }
                continue
            }
            let top = c.hypotheses.prefix(3).map { "\($0.label.rawValue) \(Double(Int($0.confidence * 100)) / 100)" }
            out += "  \(c.name): \(c.truth.labels.map(\.rawValue).joined(separator: " + ")) → \(top.joined(separator: ", "))\n"
        }
        return out
    }

    static func read(_ path: String) throws -> [UInt8] {
        do { return try InputFile.read(path, limit: IncidentDecoder.maximumBytes) } catch { throw SimulateFailure.io(error.description) }
    }

    static func parse(_ path: String) throws -> JSONValue {
        let bytes = try read(path)
        do { return try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) } catch { throw SimulateFailure.data("\(path): not valid JSON") }
    }

    static func loadTruth(_ dir: String) throws -> [String: GroundTruth] {
        guard let members = try parse(dir + "/truth.json").objectValue?.members else {
            throw SimulateFailure.data("\(dir)/truth.json: expected an object {file: {labels, culprit}}")
        }
        var out: [String: GroundTruth] = [:]
        for (name, value) in members {
            guard let t = GroundTruth(json: value) else { throw SimulateFailure.data("\(dir)/truth.json: \(name): expected {labels: [...]}") }
            out[name] = t
        }
        return out
    }

    static func loadModel(_ path: String) throws -> FusionModel {
        guard let o = try parse(path).objectValue else { throw SimulateFailure.data("\(path): expected a JSON object") }
        var m = FusionModel.standard
        if let v = o["slope"]?.numberValue { m.slope = v }
        if let v = o["intercept"]?.numberValue { m.intercept = v }
        if let v = o["prior"]?.numberValue { m.prior = v }
        if let v = o["withinAgentDiscount"]?.numberValue { m.withinAgentDiscount = v }
        if let v = o["agreementBonus"]?.numberValue { m.agreementBonus = v }
        if let v = o["agreementThreshold"]?.numberValue { m.agreementThreshold = v }
        if let v = o["reportThreshold"]?.numberValue { m.reportThreshold = v }
        return m
    }
}
