public import AlphaCore

/// Replays an incident's faults in the model and applies the fixes for a list of labels (typically the analyzer's
/// top hypotheses): the demo's "apply the patch, the metrics return to normal", and its check.
public enum FixReplay {
    /// Golden signals averaged over a phase's last intervals.
    public struct Phase: Sendable, Equatable {
        public var latencyP50Ms: Double
        public var latencyP99Ms: Double
        public var errorRatio: Double

        init(_ metrics: ArraySlice<IntervalMetrics>) {
            let n = Double(max(1, metrics.count))
            latencyP50Ms = metrics.map(\.latencyP50Ms).reduce(0, +) / n
            latencyP99Ms = metrics.map(\.latencyP99Ms).reduce(0, +) / n
            errorRatio = metrics.map(\.errorRatio).reduce(0, +) / n
        }
    }

    /// Before the faults, with them, and after the fixes.
    public struct Result: Sendable, Equatable {
        public var baseline: Phase
        public var broken: Phase
        public var fixed: Phase
        /// Injected causes the given labels fixed, and those they left in place.
        public var fixedLabels: [CauseLabel]
        public var unfixedLabels: [CauseLabel]

        /// Latency p50 within 30% (+2 ms) of baseline and the error ratio within half a point.
        public var recovered: Bool {
            fixed.latencyP50Ms <= baseline.latencyP50Ms * 1.3 + 2 && fixed.errorRatio <= baseline.errorRatio + 0.005
        }
    }

    /// Runs 20 healthy intervals, injects `faults`, runs 20, applies the fixes for `labels`, runs 8 more.
    public static func run(faults: [Fault], fixing labels: [CauseLabel], seed: UInt64) -> Result {
        var sim = Simulation(seed: seed)
        let baseline = sim.run(intervals: 20)
        for f in faults { sim.inject(f) }
        let broken = sim.run(intervals: 20)
        var fixed: [CauseLabel] = []
        for label in labels where sim.applyFix(for: label) { fixed.append(label) }
        let after = sim.run(intervals: 8)
        let unfixed = faults.map(\.label).filter { !fixed.contains($0) }
        return Result(
            baseline: Phase(baseline.suffix(8)), broken: Phase(broken.suffix(4)), fixed: Phase(after.suffix(4)), fixedLabels: fixed,
            unfixedLabels: unfixed)
    }
}
