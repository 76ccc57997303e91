/// Everything the deterministic layer found in one incident, before any agent reasons over it.
public struct IncidentSignals: Sendable {
    public var logs: LogSignals
    public var metrics: MetricSignals
    public var commits: CommitSignals
    public var config: ConfigSignals
    /// Where "before" ends and "after" begins for the incident as a whole.
    public var split: SplitPoint
    /// Wall time of each source's extraction, milliseconds.
    public var timings: [String: Double]
    /// The streaming detectors' events for each anomalous series, by series key.
    public var detectorEvents: [String: [AnomalyEvent]] = [:]
    /// Anomalies and error bursts that happened together (±5 minutes), as narratives.
    public var narratives: [IncidentNarrative] = []

    public init(
        logs: LogSignals = LogSignals(), metrics: MetricSignals = MetricSignals(), commits: CommitSignals = CommitSignals(),
        config: ConfigSignals = ConfigSignals(), split: SplitPoint = SplitPoint(time: nil, source: .none), timings: [String: Double] = [:]
    ) {
        self.logs = logs
        self.metrics = metrics
        self.commits = commits
        self.config = config
        self.split = split
        self.timings = timings
    }
}
