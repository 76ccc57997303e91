import AlphaSignals
import ArgumentParser
import Foundation

/// `alpha-sre detect PATH`: streaming anomaly detection with explanations over `timestamp,value` CSV files.
struct DetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Find anomalies in metric CSV files (timestamp,value) and explain them.",
        discussion: """
            PATH is a CSV file or a folder searched recursively for *.csv. Every file is scored with the same \
            parameter set. --nab-out DIR writes NAB result files (timestamp,value,anomaly_score) as \
            DIR/<folder>/<name>.csv, mirroring the input tree.
            """
    )

    /// Output format.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case table, json
    }

    @Argument(help: "A CSV file (timestamp,value) or a folder of CSV files.")
    var path: String

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
