import AlphaCore
import AlphaSignals

/// How hard users are hit, from the symptoms: it sets the severity of every hypothesis.
struct Impact: Sendable {
    /// Highest error ratio (0–1) after the split, from error-ratio series.
    var errorRatio: Double
    /// Largest latency change ratio.
    var latencyRatio: Double
    /// Error records per minute after ÷ before.
    var logErrorIncrease: Double

    init(_ signals: IncidentSignals) {
        let series = signals.metrics.series
        errorRatio = series.filter { $0.kind == .errorRatio }.map(\.after.median).filter(\.isFinite).max() ?? 0
        latencyRatio = series.filter { $0.kind == .latency }.compactMap(\.changeRatio).filter(\.isFinite).max() ?? 1
        logErrorIncrease = signals.logs.errorRateIncrease.isFinite ? signals.logs.errorRateIncrease : 0
    }

    var level: Severity {
        if errorRatio >= 0.05 || latencyRatio >= 5 { return .critical }
        if errorRatio >= 0.01 || latencyRatio >= 2 || logErrorIncrease >= 3 { return .high }
        if errorRatio > 0.001 || latencyRatio >= 1.3 || logErrorIncrease >= 1.5 { return .medium }
        return .low
    }

    /// Severity of one hypothesis: the incident's impact, tempered by how sure we are of the cause.
    func severity(for label: CauseLabel, confidence: Double) -> Severity {
        var s = level
        // A full disk or an expired certificate stops service outright, whatever the metrics caught of it.
        if label == .diskFull || label == .certificateExpired { s = max(s, .high) }
        if confidence < 0.1 { return .low }
        if confidence < 0.3 { return min(s, .medium) }
        return s
    }

    var summary: String {
        var parts: [String] = []
        if errorRatio > 0 { parts.append("error ratio up to \(MetricsAgent.format(errorRatio * 100, digits: 1))%") }
        if latencyRatio > 1.05 { parts.append("latency ×\(MetricsAgent.format(latencyRatio, digits: 1))") }
        if logErrorIncrease > 1.05 { parts.append("log error rate ×\(MetricsAgent.format(logErrorIncrease, digits: 1))") }
        return parts.isEmpty ? "No clear symptom in the data." : "Symptoms: " + parts.joined(separator: ", ") + "."
    }
}
