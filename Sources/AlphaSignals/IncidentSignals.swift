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
