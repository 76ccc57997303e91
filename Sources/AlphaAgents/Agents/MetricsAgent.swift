import AlphaCore
import AlphaSignals

/// Reads the metric signals: which resources and rates moved beyond their noise after the split, and alerts that fired.
public struct MetricsAgent: Agent {
    public let name = "MetricsAgent"

    public init() {}

    /// What a series of each kind moving in each direction supports, at full strength.
    static let rising: [MetricKind: LabelWeights] = [
        .dbQueryTime: [.dbMissingIndex: 1.4, .nPlusOneQuery: 0.5, .lockContention: 0.5],
        .dbQueriesPerRequest: [.nPlusOneQuery: 2.6],
        .dbConnections: [.connectionPoolExhausted: 0.8],
        .poolInUse: [.connectionPoolExhausted: 1.2],
        .poolWait: [.connectionPoolExhausted: 1.5],
        .cacheErrors: [.cacheUnavailable: 1.8],
        .cpu: [.cpuSaturation: 1.6, .trafficSpike: 0.2],
        .cpuThrottling: [.cpuSaturation: 1.6],
        .memory: [.memoryLeak: 1.0],
        .disk: [.diskFull: 1.6],
        .restarts: [.memoryLeak: 0.8, .cpuSaturation: 0.2],
        .requestRate: [.trafficSpike: 2.4],
        .dependencyRate: [.retryStorm: 2.2],
        .dependencyLatency: [.dependencyFailure: 1.6, .retryStorm: 0.3],
        .dependencyErrors: [.dependencyFailure: 1.6, .rateLimited: 0.3],
        .lockWaits: [.lockContention: 2.2],
        .retries: [.retryStorm: 2.2, .dependencyFailure: 0.3],
        // A dependency answering 429 / throttling us: the cause unless something else made us call it far more.
        .rateLimited: [.rateLimited: 2.0],
        // SERVFAIL / failed lookups: resolution itself fails; NXDOMAIN can also be a mistyped host in a config.
        .dnsErrors: [.dnsFailure: 2.0, .badConfig: 0.2],
        .tlsErrors: [.certificateExpired: 2.0],
        .migrationFailures: [.migrationFailure: 2.2],
    ]
    static let falling: [MetricKind: LabelWeights] = [
        .cacheHitRatio: [.cacheRemoved: 1.5, .cacheUnavailable: 1.2],
        .poolMax: [.connectionPoolExhausted: 1.8],
    ]
    /// A resource pinned at its ceiling.
    static let saturated: [MetricKind: LabelWeights] = [
        .poolInUse: [.connectionPoolExhausted: 1.6],
        .cpu: [.cpuSaturation: 1.2],
        .disk: [.diskFull: 2.2],
        .memory: [.memoryLeak: 0.6],
    ]
    /// Steady linear growth (a leak, a filling disk).
    static let growing: [MetricKind: LabelWeights] = [
        .memory: [.memoryLeak: 2.0],
        .disk: [.diskFull: 1.0],
    ]

    public func findings(in context: AgentContext) async throws -> [Finding] {
        let metrics = context.signals.metrics
        let split = context.signals.split.time
        let detected = context.signals.detectorEvents
        var findings = metrics.series.flatMap { seriesFindings($0, split: split, detected: detected[$0.key] ?? []) }
        findings += Self.loadFindings(metrics.series)
        findings += Self.queriesPerRequestFindings(metrics.series)
        findings += Self.cacheFindings(metrics.series)
        findings += Self.certificateFindings(metrics.series)
        findings += Self.errorsAtChangeFindings(
            metrics.series, split: context.signals.split, explained: Self.explainsErrors(findings),
            commits: !context.incident.commits.isEmpty, configChanges: !context.signals.config.changes.isEmpty)
        findings += AlertReading.findings(context.incident.alerts)
        return findings
    }

    /// "Latency up with traffic flat" points at our own resources; latency up with traffic ×5 points at the traffic.
    /// When request rate rose well beyond its noise, every resource that saturated with it is evidence of a spike, and
    /// the rise is evidence against the causes that only load would otherwise explain.
    static func loadFindings(_ series: [MetricSignal]) -> [Finding] {
        guard
            let traffic = series.filter({ $0.kind == .requestRate && $0.anomalous && $0.direction == .up })
                .max(by: { ($0.changeRatio ?? 1) < ($1.changeRatio ?? 1) }),
            let ratio = traffic.changeRatio, ratio >= trafficRise
        else { return [] }
        let strength = Strength.ratio(ratio, full: 4)
        let load = Evidence(
            id: "metrics:\(traffic.key):load", source: .metrics,
            summary: "request rate ×\(format(ratio, digits: 1)) (\(traffic.key)): resource saturation follows the load",
            ref: traffic.key, weight: 0, time: traffic.onset)
        var findings = explainedByLoad.findings(strength: strength, evidence: load)
        for resource in series where resource.anomalous && resource.direction == .up && loadedResources.contains(resource.kind) {
            let evidence = Evidence(
                id: "metrics:\(resource.key):with-load", source: .metrics,
                summary: "\(resource.key) rose with the traffic (\(format(resource.changeRatio ?? 1, digits: 1))×)", ref: resource.key, weight: 0,
                time: resource.onset)
            findings += saturatedByLoad.findings(strength: strength, evidence: evidence)
        }
        return findings
    }

    /// Queries issued per second rising far faster than requests: each request now issues many more queries.
    static func queriesPerRequestFindings(_ series: [MetricSignal]) -> [Finding] {
        guard
            let queries = series.filter({ $0.kind == .dbQueryRate && $0.anomalous && $0.direction == .up })
                .max(by: { ($0.changeRatio ?? 1) < ($1.changeRatio ?? 1) }), let queryRatio = queries.changeRatio
        else { return [] }
        let requestRatio = series.first { $0.kind == .requestRate && $0.anomalous }?.changeRatio ?? 1
        let perRequest = queryRatio / max(requestRatio, 0.1)
        guard perRequest >= 3 else { return [] }
        let evidence = Evidence(
            id: "metrics:\(queries.key):per-request", source: .metrics,
            summary: "\(queries.key) ×\(format(queryRatio, digits: 1)) while requests ×\(format(requestRatio, digits: 1)): "
                + "about \(format(perRequest, digits: 0))× more queries per request",
            ref: queries.key, weight: 0, time: queries.onset)
        return moreQueriesPerRequest.findings(strength: Strength.ratio(perRequest, full: 10), evidence: evidence)
    }

    static let moreQueriesPerRequest: LabelWeights = [.nPlusOneQuery: 2.4]

    /// When the cache hit ratio collapses, more queries per request are the reads the cache used to serve: evidence
    /// against an N+1 query, whose extra queries come with the cache working.
    static func cacheFindings(_ series: [MetricSignal]) -> [Finding] {
        guard let cache = series.first(where: { $0.kind == .cacheHitRatio && $0.anomalous && $0.direction == .down }),
            let ratio = cache.changeRatio, ratio < 0.7
        else { return [] }
        let evidence = Evidence(
            id: "metrics:\(cache.key):explains-queries", source: .metrics,
            summary: "\(cache.key) fell to \(format(ratio, digits: 2))× of its baseline: reads go to the database", ref: cache.key, weight: 0,
            time: cache.onset)
        return explainedByCache.findings(strength: min(1, (1 - ratio) / 0.7), evidence: evidence)
    }

    static let explainedByCache: LabelWeights = [.nPlusOneQuery: -1.2]
    static let trafficRise = 1.8
    /// Resources that a rise in load drives up.
    static let loadedResources: Set<MetricKind> = [.cpu, .poolInUse, .poolWait, .dbConnections, .memory, .dbQueryTime]
    static let saturatedByLoad: LabelWeights = [.trafficSpike: 0.8]
    /// Evidence against causes that load alone explains, when load rose.
    static let explainedByLoad: LabelWeights = [
        .cpuSaturation: -1.2, .connectionPoolExhausted: -1.2, .memoryLeak: -0.8, .dbMissingIndex: -0.6, .nPlusOneQuery: -0.6,
    ]

    func seriesFindings(_ signal: MetricSignal, split: Double?, detected: [AnomalyEvent] = []) -> [Finding] {
        var findings: [Finding] = []
        let timing = Self.timing(onset: signal.onset, split: split)
        if signal.anomalous {
            let table = signal.direction == .up ? Self.rising[signal.kind] : signal.direction == .down ? Self.falling[signal.kind] : nil
            if let table {
                let size = signal.changeRatio.map { r in Strength.ratio(r >= 1 ? r : 1 / max(r, 1e-9), full: 3) } ?? 1
                let strength = Strength.zScore(signal.zScore, full: 8) * max(size, 0.3) * timing
                // The streaming detectors' strongest reading of the same series, in their words, backs the change up.
                let reading = detected.max { $0.score < $1.score }.map { "; detector: \($0.explanation)" } ?? ""
                let evidence = evidence(signal, what: Self.describeChange(signal) + reading)
                findings += table.findings(strength: strength, evidence: evidence, culprit: culprit(signal))
            }
        }
        if signal.saturated, let table = Self.saturated[signal.kind] {
            findings += table.findings(
                strength: timing, evidence: evidence(signal, what: "pinned at its ceiling", suffix: "saturated"), culprit: culprit(signal))
        }
        if let trend = signal.trend, trend.slope > 0, trend.rSquared >= 0.8, let table = Self.growing[signal.kind], signal.direction == .up {
            let evidence = evidence(signal, what: "grows linearly (R² \(Self.format(trend.rSquared, digits: 2)))", suffix: "trend")
            findings += table.findings(strength: (trend.rSquared - 0.6) / 0.4, evidence: evidence, culprit: culprit(signal))
        }
        return findings
    }

    /// A change that starts near the split is about this incident; one long before it is weaker evidence.
    static func timing(onset: Double?, split: Double?) -> Double {
        guard let onset, let split else { return 1 }
        let lead = split - onset
        if lead <= 600 { return 1 }
        return max(0.3, 1 - (lead - 600) / 3600)
    }

    func evidence(_ signal: MetricSignal, what: String, suffix: String = "change") -> Evidence {
        Evidence(
            id: "metrics:\(signal.key):\(suffix)",
            source: .metrics,
            summary: "\(signal.key) \(what)",
            ref: signal.key,
            weight: 0,
            time: signal.onset
        )
    }

    func culprit(_ signal: MetricSignal) -> Culprit? {
        signal.dependency.map { Culprit(dependency: $0) }
    }

    static func describeChange(_ s: MetricSignal) -> String {
        let before = formatValue(s.before.median, unit: s.unit)
        let after = formatValue(s.after.median, unit: s.unit)
        var text = "\(s.direction == .up ? "rose" : "fell") from \(before) to \(after)"
        if let r = s.changeRatio, r.isFinite, r > 0 { text += " (\(format(r, digits: r < 10 ? 1 : 0))×)" }
        if let onset = s.onset { text += " from \(Timestamp.format(onset).prefix(19).replacing("T", with: " "))" }
        return text
    }

    static func formatValue(_ v: Double, unit: String) -> String {
        guard v.isFinite else { return "n/a" }
        switch unit {
        case "s": return v < 1 ? "\(format(v * 1000, digits: v < 0.01 ? 1 : 0)) ms" : "\(format(v, digits: 2)) s"
        case "ratio": return "\(format(v * 100, digits: v < 0.1 ? 2 : 1))%"
        case "bytes": return v >= Double(1 << 30) ? "\(format(v / Double(1 << 30), digits: 2)) GiB" : "\(format(v / Double(1 << 20), digits: 0)) MiB"
        case "per_s": return "\(format(v, digits: v < 10 ? 2 : 0))/s"
        default: return format(v, digits: abs(v) < 10 ? 2 : 0)
        }
    }

    /// Fixed-point formatting without Foundation.
    static func format(_ v: Double, digits: Int) -> String {
        guard v.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (v * scale).rounded() / scale
        if digits == 0 { return String(Int64(rounded)) }
        let whole = Int64(rounded.magnitude)
        let fraction = Int64(((rounded.magnitude - Double(whole)) * scale).rounded())
        var f = String(fraction)
        while f.count < digits { f = "0" + f }
        return (rounded < 0 ? "-" : "") + "\(whole).\(f)"
    }
}
