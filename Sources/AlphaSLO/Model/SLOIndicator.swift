/// Where an SLO's good/bad events come from, as Prometheus queries.
///
/// Queries are either counter selectors (`http_requests_total{code=~"5.."}`), which rules wrap as
/// `sum(rate(SELECTOR[window]))`, or templates containing `{{.window}}` (Sloth style) used verbatim.
public enum SLOIndicator: Sendable, Equatable {
    /// Event counters: two of good, bad, total (the third is derived).
    case ratio(good: String?, bad: String?, total: String?)
    /// A latency histogram: good = bucket `le` at the threshold, total = `_count`.
    case latencyHistogram(metric: String, matchers: String, thresholdSeconds: String)
    /// A gauge-like query judged per 1-minute slice (e.g. a p99 latency): the slice is good when `value op threshold`.
    case threshold(query: String, op: ThresholdOperator, threshold: Double)

    /// The comparison for threshold indicators (OpenSLO `op`: lt, lte, gt, gte), true when the slice is GOOD.
    public enum ThresholdOperator: String, Sendable, Codable {
        /// value < threshold is good.
        case lt
        /// value <= threshold is good.
        case lte
        /// value > threshold is good.
        case gt
        /// value >= threshold is good.
        case gte

        /// Whether `value` is good.
        public func isGood(_ value: Double, _ threshold: Double) -> Bool {
            switch self {
            case .lt: value < threshold
            case .lte: value <= threshold
            case .gt: value > threshold
            case .gte: value >= threshold
            }
        }

        /// The PromQL operator that selects BAD slices.
        public var promBadOperator: String {
            switch self {
            case .lt: ">="
            case .lte: ">"
            case .gt: "<="
            case .gte: "<"
            }
        }
    }
}
