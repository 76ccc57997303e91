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

        return IncidentSignals(
            logs: logs, metrics: metrics, commits: commits, config: config,
            split: Self.overallSplit(deployedAt: incident.deployedAt, logs: logs.split, metrics: metrics.split),
            timings: ["logs": logsMs, "metrics": metricsMs, "commits": commitsMs, "config": configMs]
        )
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
