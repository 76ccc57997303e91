import AlphaCore
import AlphaSignals

extension MetricsAgent {
    /// What errors that start right at the deploy support, when no metric names a more specific cause: the change
    /// that was deployed. Weak on purpose: a rising error ratio is a symptom of almost every cause, so this only lends
    /// the change a little weight when nothing in the metrics explains the errors otherwise. A deploy ships code and
    /// migrations alike, and errors from its first minute fit both equally: the metrics cannot tell them apart, so
    /// they support both (the commits and logs decide).
    static let errorsAtCommit: LabelWeights = [.codeRegression: 0.4, .migrationFailure: 0.4]
    static let errorsAtConfigChange: LabelWeights = [.badConfig: 0.4]
    /// How long after the deploy an error rise still counts as "right after it" (seconds); a rise one sample before it
    /// is the same rise seen through a coarse interval.
    static let changeWindow: ClosedRange<Double> = -60...900
    /// A metric finding at least this heavy for another cause explains the errors.
    static let explainingWeight = 0.5

    /// Own error ratio or rate rising from the deploy (never a dependency's errors: those name the dependency).
    static func errorsAtChangeFindings(
        _ series: [MetricSignal], split: SplitPoint, explained: Bool, commits: Bool, configChanges: Bool
    ) -> [Finding] {
        guard !explained, commits || configChanges, split.source == .deployedAt, let deploy = split.time else { return [] }
        let rising = series.filter { signal in
            guard signal.kind == .errorRatio || signal.kind == .errorRate, signal.anomalous, signal.direction == .up,
                let onset = signal.onset
            else { return false }
            return changeWindow.contains(onset - deploy)
        }
        guard let errors = rising.max(by: { $0.zScore < $1.zScore }), let onset = errors.onset else { return [] }
        let size = errors.changeRatio.map { Strength.ratio($0, full: 3) } ?? 1
        let strength = Strength.zScore(errors.zScore, full: 8) * max(size, 0.3)
        let after = Int(((onset - deploy) / 60).rounded())
        let evidence = Evidence(
            id: "metrics:\(errors.key):at-change", source: .metrics,
            summary: "\(errors.key) \(describeChange(errors)), \(after <= 0 ? "at" : "\(after) min after") the deploy, "
                + "with no resource, database, cache or dependency metric explaining it",
            ref: errors.key, weight: 0, time: onset)
        var findings: [Finding] = []
        if commits { findings += errorsAtCommit.findings(strength: strength, evidence: evidence) }
        if configChanges { findings += errorsAtConfigChange.findings(strength: strength, evidence: evidence) }
        return findings
    }

    /// True when a metric finding already names a cause other than the change itself.
    static func explainsErrors(_ findings: [Finding]) -> Bool {
        findings.contains { finding in
            finding.evidence.source == .metrics && finding.evidence.weight >= explainingWeight
                && finding.label != .codeRegression && finding.label != .badConfig
        }
    }

    /// A certificate's remaining lifetime that was positive in the window and reached zero or less after the split (or,
    /// without a split, by the end): the certificate expired during the incident. Read whether or not the series is
    /// "anomalous": a lifetime falls steadily, so the moment it crosses zero is not a change beyond its noise.
    static func certificateFindings(_ series: [MetricSignal]) -> [Finding] {
        series.filter { signal in
            guard signal.kind == .certExpiry, signal.after.count > 0, signal.after.min <= 0 else { return false }
            let highest = signal.before.count > 0 ? Swift.max(signal.before.max, signal.after.max) : signal.after.max
            return highest > 0
        }
        .flatMap { signal in
            let evidence = Evidence(
                id: "metrics:\(signal.key):expired", source: .metrics,
                summary: "\(signal.key) reached \(formatValue(signal.after.min, unit: signal.unit)): the certificate's lifetime ran out",
                ref: signal.key, weight: 0, time: signal.onset)
            return certificateExpired.findings(strength: 1, evidence: evidence)
        }
    }

    static let certificateExpired: LabelWeights = [.certificateExpired: 1.8]
}
