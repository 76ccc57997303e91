/// What to fetch to evaluate an SLO: counter selectors per role, or one gauge query judged per slice.
public enum SLODataPlan: Sendable, Equatable {
    /// Counter selectors (two of good, bad, total).
    case counters(good: String?, bad: String?, total: String?)
    /// A gauge query with its threshold (timeslices).
    case gauge(query: String, op: SLOIndicator.ThresholdOperator, threshold: Double)
}

extension SLOSpec {
    /// The data to fetch; throws when a query is neither a selector nor a `sum(rate(SELECTOR[{{.window}}]))` template.
    public func dataPlan() throws(SLOError) -> SLODataPlan {
        switch indicator {
        case .ratio(let good, let bad, let total):
            return .counters(good: try Self.selector(good), bad: try Self.selector(bad), total: try Self.selector(total))
        case .latencyHistogram(let metric, let matchers, let threshold):
            return .counters(
                good: "\(metric)_bucket\(PrometheusRules.addMatcher(matchers, "le=\"\(threshold)\""))", bad: nil, total: "\(metric)_count\(matchers)")
        case .threshold(let query, let op, let threshold):
            return .gauge(query: query, op: op, threshold: threshold)
        }
    }

    private static func selector(_ query: String?) throws(SLOError) -> String? {
        guard let query else { return nil }
        if PromSelector.parse(query) != nil { return query.trimmingSpaces }
        if let inner = PrometheusRules.templateSelector(query), PromSelector.parse(inner) != nil { return inner }
        throw .invalidData("cannot read raw counters for '\(query)': use a selector or sum(rate(SELECTOR[{{.window}}]))")
    }
}
