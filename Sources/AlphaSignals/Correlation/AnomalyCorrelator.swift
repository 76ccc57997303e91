import AlphaCore

/// Groups metric anomalies and log error bursts that fall within ±5 minutes of each other into narratives
/// (the coherence seed's temporal correlation). Pure and single pass over the time-sorted signals.
public enum AnomalyCorrelator {
    /// Signals within this many seconds of a group's first signal join it.
    public static let window: Double = 300

    /// A metric anomaly as the correlator needs it.
    public struct MetricAnomaly: Sendable {
        public var series: String
        public var kind: MetricKind
        public var event: AnomalyEvent

        public init(series: String, kind: MetricKind, event: AnomalyEvent) {
            self.series = series
            self.kind = kind
            self.event = event
        }
    }

    /// Narratives in time order. `service` names the story's subject when the incident has one.
    public static func correlate(metrics: [MetricAnomaly], logs: LogSignals, service: String?) -> [IncidentNarrative] {
        var items: [(signal: CorrelatedSignal, kind: MetricKind?, category: ErrorCategory?, errors: Int, score: Double)] = []
        for m in metrics {
            let signal = CorrelatedSignal(source: .metrics, name: m.series, time: m.event.start, text: m.event.explanation)
            items.append((signal, m.kind, nil, 0, m.event.score))
        }
        for spike in logs.spikes {
            let text = "\(spike.errors) error events (baseline \(format(spike.baseline)) a minute)"
            items.append((CorrelatedSignal(source: .logs, name: "error burst", time: spike.start, text: text), nil, nil, spike.errors, 1))
        }
        for signature in logs.signatures where signature.isNew && signature.level >= .error {
            guard let first = signature.firstSeen else { continue }
            let category = signature.category ?? .other
            let text = "\(signature.countAfter) new \(category.rawValue.replacing("_", with: " ")) errors: \"\(signature.template.prefix(100))\""
            items.append((CorrelatedSignal(source: .logs, name: category.rawValue, time: first, text: text), nil, category, signature.countAfter, 1))
        }
        items.sort { $0.signal.time < $1.signal.time }

        var narratives: [IncidentNarrative] = []
        var index = 0
        while index < items.count {
            let anchor = items[index].signal.time
            var group = [items[index]]
            index += 1
            while index < items.count, items[index].signal.time - anchor <= window {
                group.append(items[index])
                index += 1
            }
            // A lone signal is an anomaly, not a story.
            guard group.count >= 2 else { continue }
            let categories = Set(group.compactMap(\.category))
            let errors = group.reduce(0) { $0 + $1.errors }
            let strongest = group.filter { $0.signal.source == .metrics }.sorted { $0.score > $1.score }
            let subject = service.map { " \($0)" } ?? ""
            var parts: [String] = []
            if errors > 0 {
                let named = categories.map(\.rawValue).sorted().joined(separator: ", ")
                parts.append("\(errors) error events" + (named.isEmpty ? "" : " (\(named))"))
            }
            // The story names the strongest anomalies; the signals list keeps every one.
            parts += strongest.prefix(3).map { "\(shortName($0.signal.name)) \($0.signal.text)" }
            if strongest.count > 3 { parts.append("and \(strongest.count - 3) more anomal\(strongest.count == 4 ? "y" : "ies")") }
            let narrative = "At \(clock(anchor))\(subject): " + parts.joined(separator: "; ") + "."
            narratives.append(
                IncidentNarrative(
                    start: anchor, end: group.last?.signal.time ?? anchor, signals: group.map(\.signal), narrative: narrative,
                    hypothesis: "Hypothesis: " + hypothesis(group.map { ($0.kind, $0.category, $0.score) }, errors: errors) + "."))
        }
        return narratives
    }

    /// The first rule whose metric kinds or error categories the group shows.
    static let rules: [(kinds: Set<MetricKind>, categories: Set<ErrorCategory>, text: String)] = [
        ([.memory, .cpu, .disk, .restarts, .cpuThrottling], [.oom, .diskFull, .cpuThrottle, .crash], "error burst caused by resource exhaustion"),
        ([.poolInUse, .poolWait, .poolMax, .dbConnections], [.poolTimeout, .tooManyConnections], "errors follow connection pool saturation"),
        (
            [.dbQueryTime, .dbQueriesPerRequest, .dbQueryRate, .lockWaits], [.slowQuery, .statementTimeout, .deadlock, .lockTimeout],
            "errors follow a database slowdown"
        ),
        ([.cacheHitRatio, .cacheErrors], [], "errors follow a cache failure"),
        (
            [.dependencyLatency, .dependencyErrors, .dependencyRate, .retries],
            [.connectionRefused, .timeout, .upstreamError, .dns, .tls, .rateLimit, .retry], "errors follow a failing dependency"
        ),
        ([.requestRate], [], "errors follow a rise in load"),
    ]

    /// The rule that explains the most of the group: each metric anomaly adds its score to the rules naming its kind,
    /// each error category a full point to the rules naming it.
    static func hypothesis(_ signals: [(kind: MetricKind?, category: ErrorCategory?, score: Double)], errors: Int) -> String {
        var best: (text: String, weight: Double)?
        for rule in rules {
            let weight = signals.reduce(0.0) { sum, s in
                if let kind = s.kind, rule.kinds.contains(kind) { return sum + s.score }
                if let category = s.category, rule.categories.contains(category) { return sum + 1 }
                return sum
            }
            if weight > (best?.weight ?? 0) { best = (rule.text, weight) }
        }
        return best?.text ?? (errors > 0 ? "errors coincide with the metric changes above" : "these metrics changed together")
    }

    /// A series key without its labels (`http_request_duration_seconds_p99{service="x"}` → `http_request_duration_seconds_p99`).
    static func shortName(_ key: String) -> String {
        String(key.prefix { $0 != "{" })
    }

    /// `HH:MM` in UTC.
    static func clock(_ t: Double) -> String {
        String(Timestamp.format(t).dropFirst(11).prefix(5))
    }

    static func format(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
