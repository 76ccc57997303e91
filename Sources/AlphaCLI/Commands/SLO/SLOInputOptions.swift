import AlphaCore
import AlphaSLO
import ArgumentParser

/// Options shared by the commands that evaluate SLOs over data.
struct SLOInputOptions: ParsableArguments {
    @Option(name: .customLong("slo"), help: "SLO definitions (our YAML, OpenSLO, Sloth or Pyrra).")
    var definitions: String

    @Option(help: "CSV samples: timestamp plus two of good,bad,total (cumulative counters); optional slo column.")
    var data: String?

    @Option(help: "An incident JSON (docs/incident-format.md) whose metrics hold the SLO's counters.")
    var incident: String?

    @Option(help: "A Prometheus base URL (http://127.0.0.1:9090) to query over its HTTP API.")
    var prometheus: String?

    @Option(help: "Evaluation time (RFC 3339 or epoch seconds); default: the last sample (or now for Prometheus).")
    var at: String?

    @Option(help: "Only SLOs of this service.")
    var service: String?

    @Option(help: "Only the SLO with this name.")
    var name: String?

    @Option(help: "Output format: table or json.")
    var format: SLOOutputFormat = .table

    func validate() throws {
        let sources = [data, incident, prometheus].compactMap { $0 }
        guard sources.count == 1 else { throw ValidationError("give exactly one of --data, --incident or --prometheus") }
    }

    /// The selected SLOs, with import warnings printed to standard error.
    func loadSLOs() throws -> [SLOSpec] {
        let text = try SLOFiles.read(definitions)
        let result = try SLODefinitions.parse(yaml: text)
        for w in result.warnings { SLOFiles.warn("\(definitions): \(w)") }
        let selected = result.slos.filter { (service == nil || $0.service == service) && (name == nil || $0.name == name) }
        guard !selected.isEmpty else { throw ValidationError("no SLO matches --service/--name in \(definitions)") }
        return selected
    }

    /// Evaluates every selected SLO at the evaluation time.
    func assess() async throws -> [SLOAssessment] {
        let slos = try loadSLOs()
        let explicitTime = try at.map { text -> Double in
            guard let t = Timestamp.parse(text) ?? Double(text) else { throw ValidationError("--at: cannot read time '\(text)'") }
            return t
        }
        let source: any SLOSampleSource
        if let data {
            source = try CSVSampleSource(path: data)
        } else if let incident {
            source = try IncidentSampleSource(path: incident)
        } else if let prometheus {
            source = try PrometheusSampleSource(baseURL: prometheus, at: explicitTime)
        } else {
            throw ValidationError("no data source")
        }
        var out: [SLOAssessment] = []
        for spec in slos {
            let series = try await source.series(for: spec)
            guard series.count > 0 else { throw SLOError.invalidData("no samples for \(spec.service)/\(spec.name)") }
            var index = series.count - 1
            if let explicitTime {
                guard let i = series.index(at: explicitTime) else {
                    throw SLOCLIError("\(spec.service)/\(spec.name): no samples at or before --at \(Timestamp.format(explicitTime))")
                }
                index = i
            }
            out.append(SLOAssessment.evaluate(spec: spec, series: series, at: index))
        }
        return out
    }
}
