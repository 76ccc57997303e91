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
    /// Causes that are consequences of load when traffic itself rose: their weight is scaled down.
    static let loadBound: Set<CauseLabel> = [.cpuSaturation, .connectionPoolExhausted, .memoryLeak, .dbMissingIndex]
    static let trafficRise = 1.8

    public func findings(in context: AgentContext) async throws -> [Finding] {
        let metrics = context.signals.metrics
        let split = context.signals.split.time
        let trafficRose = metrics.series.contains { $0.kind == .requestRate && $0.anomalous && ($0.changeRatio ?? 1) >= Self.trafficRise }
        var findings: [Finding] = []
        for signal in metrics.series {
            findings += seriesFindings(signal, split: split)
        }
        if trafficRose {
            // A rise in load explains saturation; "latency up with traffic flat" is what points at our own resources.
            findings = findings.map { f in
                var f = f
                if Self.loadBound.contains(f.label) { f.evidence.weight = (f.evidence.weight * 0.4 * 100).rounded() / 100 }
                return f
            }
        }
        findings += AlertReading.findings(context.incident.alerts)
        return findings
    }

    func seriesFindings(_ signal: MetricSignal, split: Double?) -> [Finding] {
        var findings: [Finding] = []
        let timing = Self.timing(onset: signal.onset, split: split)
        if signal.anomalous {
            let table = signal.direction == .up ? Self.rising[signal.kind] : signal.direction == .down ? Self.falling[signal.kind] : nil
            if let table {
                let size = signal.changeRatio.map { r in Strength.ratio(r >= 1 ? r : 1 / max(r, 1e-9), full: 3) } ?? 1
                let strength = Strength.zScore(signal.zScore, full: 8) * max(size, 0.3) * timing
                findings += table.findings(strength: strength, evidence: evidence(signal, what: Self.describeChange(signal)), culprit: culprit(signal))
            }
        }
        if signal.saturated, let table = Self.saturated[signal.kind] {
            findings += table.findings(strength: timing, evidence: evidence(signal, what: "pinned at its ceiling", suffix: "saturated"), culprit: culprit(signal))
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
