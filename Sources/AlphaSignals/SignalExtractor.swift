public import AlphaCore

/// Runs the four deterministic analyzers over an incident, logs and metrics concurrently.
public struct SignalExtractor: Sendable {
    public init() {}

    /// Extracts every signal. The split is the deploy time when given; otherwise the logs' change point, then the metrics'.
    public func extract(_ incident: Incident) async -> IncidentSignals {
        let clock = ContinuousClock()
        let split = incident.deployedAt
        async let logsResult = timed(clock) { await LogAnalyzer().analyze(incident.logs, split: split) }
        async let metricsResult = timed(clock) { await MetricsAnalyzer().analyze(incident.metrics, split: split) }
        async let commitsResult = timed(clock) { CommitAnalyzer().analyze(incident.commits) }
        let (logs, logsMs) = await logsResult
        // The config differ looks for changed values in error messages, so it runs once the logs are read.
        let errorMessages = logs.signatures.filter { $0.level >= .warn }.map(\.example)
        let (config, configMs) = await timed(clock) { ConfigAnalyzer().analyze(incident.config, errorMessages: errorMessages) }
        let (metrics, metricsMs) = await metricsResult
        let (commits, commitsMs) = await commitsResult

        var signals = IncidentSignals(
            logs: logs, metrics: metrics, commits: commits, config: config,
            split: Self.overallSplit(deployedAt: incident.deployedAt, logs: logs.split, metrics: metrics.split),
            timings: ["logs": logsMs, "metrics": metricsMs, "commits": commitsMs, "config": configMs]
        )
        let (detected, detectMs) = await timed(clock) { Self.detect(incident, metrics: metrics, logs: logs) }
        signals.detectorEvents = detected.events
        signals.narratives = detected.narratives
        signals.timings["detectors"] = detectMs
        return signals
    }

    /// The streaming detectors over the series the before/after analysis found anomalous (a few of possibly hundreds,
    /// so the large-incident budget holds), and the correlation of their events with the log error bursts.
    static func detect(_ incident: Incident, metrics: MetricSignals, logs: LogSignals) -> (
        events: [String: [AnomalyEvent]], narratives: [IncidentNarrative]
    ) {
        let anomalous = Dictionary(metrics.series.filter(\.anomalous).map { ($0.key, $0.kind) }, uniquingKeysWith: { first, _ in first })
        guard !anomalous.isEmpty else { return ([:], []) }
        var events: [String: [AnomalyEvent]] = [:]
        var correlated: [AnomalyCorrelator.MetricAnomaly] = []
        for series in incident.metrics {
            let key = series.key
            guard let kind = anomalous[key] else { continue }
            let result = AnomalyEnsemble.run(series: series).result
            events[key] = result.events
            correlated += result.events.map { AnomalyCorrelator.MetricAnomaly(series: key, kind: kind, event: $0) }
        }
        return (events, AnomalyCorrelator.correlate(metrics: correlated, logs: logs, service: incident.service))
    }

    static func overallSplit(deployedAt: Double?, logs: SplitPoint, metrics: SplitPoint) -> SplitPoint {
        if let deployedAt { return SplitPoint(time: deployedAt, source: .deployedAt) }
        if logs.time != nil { return logs }
        return metrics
    }

    private func timed<T: Sendable>(_ clock: ContinuousClock, _ work: @Sendable () async -> T) async -> (T, Double) {
        let start = clock.now
        let value = await work()
        return (value, (clock.now - start).milliseconds)
    }
}

extension Duration {
    /// The duration in milliseconds.
    public var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
