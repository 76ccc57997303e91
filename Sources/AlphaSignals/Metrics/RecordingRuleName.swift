/// A Prometheus recording-rule name, `level:metric:operations` (https://prometheus.io/docs/practices/rules/):
/// the metric part is the longest colon-separated segment, and a rate-like operation (`rate1m`, `irate5m`,
/// `increase1h`) means the values are already per second.
struct RecordingRuleName {
    var metric: Substring

    /// Nil when the name has no colon or its operation is not a rate (such series are read like any other name).
    init?(_ name: String) {
        let segments = name.split(separator: ":")
        guard segments.count >= 2, let last = segments.last,
            let metric = segments.dropLast().max(by: { $0.count < $1.count })
        else { return nil }
        let operation = last.lowercased()
        guard ["rate", "irate", "increase"].contains(where: { operation.hasPrefix($0) }) || operation.contains("_rate") else { return nil }
        self.metric = metric
    }
}
