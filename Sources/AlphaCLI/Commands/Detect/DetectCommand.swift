import AlphaSignals
import ArgumentParser
import Foundation

/// `alpha-sre detect PATH`: streaming anomaly detection with explanations over `timestamp,value` CSV files.
struct DetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Find anomalies in metrics (CSV files or an incident) and explain them; correlate them with the logs.",
        discussion: """
            PATH is a CSV file (timestamp,value), a folder searched recursively for *.csv, or an incident JSON \
            (every metric series is scored). Every series is scored with the same parameter set. --nab-out DIR \
            writes NAB result files (timestamp,value,anomaly_score) as DIR/<folder>/<name>.csv, mirroring the input tree. \
            --correlate INCIDENT.json groups the incident's metric anomalies and log error bursts that happened within \
            five minutes of each other into narratives with a hypothesis.
            """
    )

    /// Output format.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case table, json
    }

    @Argument(help: "A CSV file (timestamp,value), a folder of CSV files, or an incident JSON.")
    var path: String?

    @Option(help: "Correlate an incident's metric anomalies with its error bursts (±5 minutes) into narratives.")
    var correlate: String?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(name: .customLong("nab-out"), help: "Write NAB result files under this folder.")
    var nabOut: String?

    @Option(help: "Report points scoring at least this (0…1); default: the NAB-tuned alert score.")
    var alert: Double?

    init() {}

    func run() async throws {
        var parameters = EnsembleParameters.standard
        if let alert {
            guard (0...1).contains(alert) else { throw ValidationError("--alert must be between 0 and 1") }
            parameters.alertScore = alert
        }
        if let correlate {
            let narratives = await IncidentDetection.narratives(try IncidentDetection.load(correlate), parameters: parameters)
            switch format {
            case .table: print(DetectTableRenderer.render(narratives), terminator: "")
            case .json: print(try DetectJSONRenderer.render(narratives))
            }
            return
        }
        guard let path else { throw ValidationError("give a CSV file, a folder or an incident JSON, or --correlate INCIDENT.json") }
        if path.hasSuffix(".json") || path == "-" {
            guard nabOut == nil else { throw ValidationError("--nab-out takes CSV input (NAB's format), not an incident") }
            let reports = IncidentDetection.reports(try IncidentDetection.load(path), parameters: parameters).map(\.report)
            switch format {
            case .table: print(DetectTableRenderer.render(reports), terminator: "")
            case .json: print(try DetectJSONRenderer.render(reports))
            }
            return
        }
        let inputs = try DetectInput.collect(path)
        guard !inputs.isEmpty else { throw ValidationError("no CSV files found at \(path)") }
        var reports: [SeriesReport] = []
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: input.url))
            let table = TimeSeriesCSV.parse(bytes)
            let result = AnomalyEnsemble.run(values: table.values, timestamps: table.timestamps, parameters: parameters)
            if let nabOut {
                try NABResultWriter.write(table: table, scores: result.scores, to: URL(fileURLWithPath: nabOut), relativePath: input.relativePath)
            }
            reports.append(SeriesReport(file: input.relativePath, points: table.values.count, skippedRows: table.skippedRows, result: result))
        }
        switch format {
        case .table: print(DetectTableRenderer.render(reports), terminator: "")
        case .json: print(try DetectJSONRenderer.render(reports))
        }
    }
}
