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
            --fit fits the score→confidence maps on DIR — isotonic regression (pool-adjacent-violators), one map for the
            leading cause of each incident and one for the causes it outranks — and writes their knots with --write
            (the file FusionModel.standard must equal); evaluate them on a corpus from other seeds with --model FILE.
            """
    )

    @Argument(help: "Directory with incidents and truth.json.")
    var dir: String

    @Option(name: .shortAndLong, help: "Output format: table or json.")
    var format: EvalFormat = .table

    @Option(help: "A calibration file (as written by --fit) whose knots and fields replace the built-in ones.")
    var model: String?

    @Flag(help: "Also list every incident whose top hypothesis is wrong: file, true causes, top 3 reported.")
    var misses = false

    @Flag(help: "Fit the score→confidence maps (isotonic, per rank group) on this corpus and write them (see --write).")
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
        let groups = IsotonicFit.rankGroups(cases)
        let leadingBlocks = IsotonicFit.blocks(groups.leading)
        let runnerUpBlocks = IsotonicFit.blocks(groups.runnersUp)
        var fitted = model
        fitted.leadingCause = Self.calibration(leadingBlocks)
        fitted.runnersUp = Self.calibration(runnerUpBlocks)
        let after = EvalSummary.calibration(Self.forecasts(cases, model: fitted))
        let hypotheses = groups.leading.count + groups.runnersUp.count
        let text = JSONText.render(
            .object(
                JSONObject([
                    ("leadingCause", Self.json(fitted.leadingCause)), ("runnersUp", Self.json(fitted.runnersUp)),
                    ("prior", .number(model.prior)), ("withinAgentDiscount", .number(model.withinAgentDiscount)),
                    ("agreementBonus", .number(model.agreementBonus)), ("agreementThreshold", .number(model.agreementThreshold)),
                    ("reportThreshold", .number(model.reportThreshold)),
                    (
                        "method",
                        .string(
                            "isotonic regression (PAV) of 'is a true cause' on the reported score, per rank group (leading cause, runners-up), "
                                + "blocks of at least \(IsotonicFit.defaultMinimumCount) hypotheses, knots at each block's lowest and highest score"
                        )
                    ),
                    ("fitted_on", .string("\(cases.count) incidents, \(hypotheses) hypotheses in \(dir)")),
                    ("command", .string("alpha-sre eval \(dir) --fit --write \(write)")),
                ])))
        let parent = write.lastIndex(of: "/").map { String(write[..<$0]) } ?? "."
        let file = write.lastIndex(of: "/").map { String(write[write.index(after: $0)...]) } ?? write
        try OutputDirectory(creating: parent).write(text + "\n", to: file)
        Terminal.write(
            """
            fitted on \(hypotheses) hypotheses of \(cases.count) incidents: isotonic, \(leadingBlocks.count) blocks for the leading cause \
            (\(groups.leading.count) hypotheses), \(runnerUpBlocks.count) for runners-up (\(groups.runnersUp.count))
            training ECE \(before.fixed(before.ece, 3)) → \(before.fixed(after.ece, 3)), Brier \(before.fixed(before.brier, 3)) → \(before.fixed(after.brier, 3))
            wrote \(write)
            """)
    }

    /// A fitted map with its knots rounded to 6 decimals, as the calibration file stores them (so that reading the file
    /// back gives the same model).
    static func calibration(_ blocks: [IsotonicFit.Block]) -> ConfidenceCalibration {
        ConfidenceCalibration(
            knots: IsotonicFit.knots(blocks).map {
                ConfidenceCalibration.Knot(score: ($0.score * 1e6).rounded() / 1e6, confidence: ($0.confidence * 1e6).rounded() / 1e6)
            })
    }

    /// Every reported hypothesis except `unknown` as a forecast, with the confidence `model` would give it.
    static func forecasts(_ cases: [EvalCase], model: FusionModel) -> [(Double, Bool)] {
        var out: [(Double, Bool)] = []
        for c in cases {
            let truth = Set(c.truth.labels)
            let ranked = c.hypotheses.filter { $0.label != .unknown }
            let confidences = model.confidences(rankedScores: ranked.map(\.score))
            for (h, p) in zip(ranked, confidences) { out.append(((p * 1000).rounded() / 1000, truth.contains(h.label))) }
        }
        return out
    }

    static func json(_ calibration: ConfidenceCalibration) -> JSONValue {
        .array(calibration.knots.map { .array([.number($0.score), .number($0.confidence)]) })
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
        if o["slope"] != nil, o["leadingCause"] == nil {
            throw SimulateFailure.data("\(path): a Platt calibration (slope, intercept) from an older --fit; refit it with --fit")
        }
        var m = FusionModel.standard
        if let v = o["leadingCause"] { m.leadingCause = try calibration(v, path: path, key: "leadingCause") }
        if let v = o["runnersUp"] { m.runnersUp = try calibration(v, path: path, key: "runnersUp") }
        if let v = o["prior"]?.numberValue { m.prior = v }
        if let v = o["withinAgentDiscount"]?.numberValue { m.withinAgentDiscount = v }
        if let v = o["agreementBonus"]?.numberValue { m.agreementBonus = v }
        if let v = o["agreementThreshold"]?.numberValue { m.agreementThreshold = v }
        if let v = o["reportThreshold"]?.numberValue { m.reportThreshold = v }
        return m
    }

    /// A calibration from its knots, `[[score, confidence], …]`.
    static func calibration(_ value: JSONValue, path: String, key: String) throws -> ConfidenceCalibration {
        guard let items = value.arrayValue else { throw SimulateFailure.data("\(path): \(key): expected [[score, confidence], …]") }
        var knots: [ConfidenceCalibration.Knot] = []
        for item in items {
            guard let pair = item.arrayValue, pair.count == 2, let score = pair.first?.numberValue, let confidence = pair.last?.numberValue else {
                throw SimulateFailure.data("\(path): \(key): a knot is [score, confidence]")
            }
            knots.append(ConfidenceCalibration.Knot(score: score, confidence: confidence))
        }
        return ConfidenceCalibration(knots: knots)
    }
}
