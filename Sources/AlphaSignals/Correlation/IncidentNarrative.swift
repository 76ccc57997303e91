/// One thing that happened at a time: a metric anomaly or a burst of errors in the logs.
public struct CorrelatedSignal: Sendable, Codable, Equatable {
    public enum Source: String, Sendable, Codable { case metrics, logs }
    public var source: Source
    /// The series key or the error category.
    public var name: String
    /// Epoch seconds.
    public var time: Double
    /// What it is, in words.
    public var text: String

    public init(source: Source, name: String, time: Double, text: String) {
        self.source = source
        self.name = name
        self.time = time
        self.text = text
    }
}

/// Signals that happened within the correlation window of each other, told as one story with a hypothesis.
public struct IncidentNarrative: Sendable, Codable, Equatable {
    /// Epoch seconds of the first and last signal.
    public var start: Double
    public var end: Double
    public var signals: [CorrelatedSignal]
    /// "At 09:31 orders-api: 13 error events (pool_timeout), p99 latency 14× its baseline since 09:31."
    public var narrative: String
    /// "Hypothesis: error burst caused by resource exhaustion."
    public var hypothesis: String

    public init(start: Double, end: Double, signals: [CorrelatedSignal], narrative: String, hypothesis: String) {
        self.start = start
        self.end = end
        self.signals = signals
        self.narrative = narrative
        self.hypothesis = hypothesis
    }
}
