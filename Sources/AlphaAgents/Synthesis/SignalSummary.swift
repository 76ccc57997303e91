import AlphaCore
import AlphaSignals

/// The signal layer's output as it appears in the report: capped lists, JSON values, no NaN.
enum SignalSummary {
    /// How many items of each long list a report carries (the full lists stay in memory for the agents).
    static let listCap = 25

    static func report(_ signals: IncidentSignals) -> ReportSignals {
        var logs = signals.logs
        logs.signatures = Array(logs.signatures.prefix(listCap))
        logs.stackTraces = Array(logs.stackTraces.prefix(10))
        logs.spikes = Array(logs.spikes.prefix(listCap))
        var metrics = signals.metrics
        metrics.series = Array(metrics.series.filter(\.anomalous).prefix(listCap))
        var config = signals.config
        config.current = [:]
        return ReportSignals(
            logs: json(logs), metrics: json(metrics), commits: json(signals.commits), config: json(config), alerts: .null,
            correlations: json(Array(signals.narratives.prefix(listCap))))
    }

    /// Encodes a value into a `JSONValue`, with non-finite numbers as null.
    static func json(_ value: some Encodable) -> JSONValue {
        (try? JSONValueEncoder.encode(value)) ?? .null
    }
}
