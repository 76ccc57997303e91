public import AlphaCore

/// The model plus its faults, for the demo and tests: inject causes, run, apply fixes, run again.
public struct Simulation: Sendable {
    public private(set) var model: ServiceModel
    public let baseline: SystemParameters
    public private(set) var faults: [Fault] = []
    /// Epoch second of the next interval.
    public private(set) var clock: Double

    /// A healthy system at `start` with a steady traffic profile of `baseRps`.
    public init(seed: UInt64, baseRps: Double = 140, start: Double = 1_714_557_600, parameters: SystemParameters = .baseline) {
        baseline = parameters
        clock = start
        model = ServiceModel(
            parameters: parameters, traffic: TrafficProfile(baseRps: baseRps, diurnalAmplitude: 0), intervalSeconds: 15, seed: seed)
    }

    /// Injects a fault from now on.
    public mutating func inject(_ fault: Fault) {
        fault.inject(into: &model.parameters)
        faults.append(fault)
    }

    /// Applies a fix: the fault's knobs go back to baseline; a leak's process is restarted and a full volume cleaned,
    /// as the runbook's remediation does.
    public mutating func apply(_ fix: Fix) {
        fix.apply(to: &model.parameters)
        if fix.label == .memoryLeak { model.restart() }
        if fix.label == .diskFull { model.cleanDisk(to: 0.6) }
        faults.removeAll { $0.label == fix.label }
    }

    /// Applies the fix for the injected fault with `label`, if any (how an analyzer's suggested fix is replayed).
    @discardableResult
    public mutating func applyFix(for label: CauseLabel) -> Bool {
        guard let fault = faults.first(where: { $0.label == label }) else { return false }
        apply(fault.fix(from: baseline))
        return true
    }

    /// Runs `intervals` intervals and returns their metrics.
    public mutating func run(intervals: Int) -> [IntervalMetrics] {
        var out: [IntervalMetrics] = []
        for _ in 0..<max(0, intervals) {
            out.append(model.step(at: clock))
            clock += model.intervalSeconds
        }
        return out
    }
}
