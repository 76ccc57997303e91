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
            let (result, skipped) = AnomalyEnsemble.run(series: series, parameters: parameters)
            let kind = MetricClassifier.classify(name: series.name, labels: series.labels, unit: series.unit).kind
            return (SeriesReport(file: series.key, points: series.values.count - skipped, skippedRows: skipped, result: result), kind)
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
