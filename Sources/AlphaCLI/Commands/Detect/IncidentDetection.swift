import AlphaCore
import AlphaSignals

/// `detect` over an incident's metrics (one report per series), and the correlation of their anomalies with the logs.
enum IncidentDetection {
    /// The incident at `path`, with analyze's error handling (one line, exit 65 on bad input).
    static func load(_ path: String) throws -> Incident {
        var timings = StageTimings()
        return try AnalyzeCommand.load(path, timings: &timings)
    }

    /// Each series scored in time order (NaN points skipped and counted), with its kind.
    static func reports(_ incident: Incident, parameters: EnsembleParameters) -> [(report: SeriesReport, kind: MetricKind)] {
        incident.metrics.map { series in
            let order = series.timestamps.indices.filter { $0 < series.values.count && !series.values[$0].isNaN }
                .sorted { series.timestamps[$0] < series.timestamps[$1] }
            let values = order.map { series.values[$0] }
            let times = order.map { series.timestamps[$0] }
            let result = AnomalyEnsemble.run(values: values, timestamps: times, parameters: parameters.scaled(toPoints: values.count))
            let kind = MetricClassifier.classify(name: series.name, labels: series.labels, unit: series.unit).kind
            let report = SeriesReport(file: series.key, points: values.count, skippedRows: series.values.count - values.count, result: result)
            return (report, kind)
        }
    }

    /// Narratives of the metric anomalies and error bursts that happened together.
    static func narratives(_ incident: Incident, parameters: EnsembleParameters) async -> [IncidentNarrative] {
        let scored = reports(incident, parameters: parameters)
        let anomalies = scored.flatMap { item in
            item.report.result.events.map { AnomalyCorrelator.MetricAnomaly(series: item.report.file, kind: item.kind, event: $0) }
        }
        let logs = await LogAnalyzer().analyze(incident.logs, split: incident.deployedAt)
        return AnomalyCorrelator.correlate(metrics: anomalies, logs: logs, service: incident.service)
    }
}
