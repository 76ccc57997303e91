/// What an SLO measures.
public enum SLOKind: String, Sendable, Codable, CaseIterable {
    /// Good requests ÷ all requests (e.g. non-5xx).
    case availability
    /// Requests faster than a threshold (histogram bucket) or a percentile under a threshold (timeslices).
    case latency
    /// Bad requests ÷ all requests, written as an error rate.
    case errorRate = "error-rate"
}
