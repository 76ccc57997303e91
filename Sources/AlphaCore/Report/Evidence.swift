/// Where a piece of evidence comes from.
public enum EvidenceSource: String, Sendable, Codable, CaseIterable, Hashable {
    case logs, metrics, commits, config, alerts, history
}

/// One checkable fact that supports a hypothesis: what was seen, where (a reference into the input), and how much
/// it counts (its log-odds weight in synthesis).
public struct Evidence: Sendable, Codable, Equatable {
    /// Stable id, e.g. `logs:sig:3fa2c1d0`, `metrics:db_query_time_seconds`, `commits:a1b2c3:app/db.py`.
    public var id: String
    public var source: EvidenceSource
    public var summary: String
    /// What the evidence points at: a log signature id, a metric name, `sha:file`, a config key.
    public var ref: String?
    /// The log-odds contribution of this evidence to its hypothesis.
    public var weight: Double
    /// When the evidence starts (epoch seconds), if it has a time.
    public var time: Double?

    public init(id: String, source: EvidenceSource, summary: String, ref: String? = nil, weight: Double, time: Double? = nil) {
        self.id = id
        self.source = source
        self.summary = summary
        self.ref = ref
        self.weight = weight
        self.time = time
    }

    enum CodingKeys: String, CodingKey { case id, source, summary, ref, weight, time }
}
