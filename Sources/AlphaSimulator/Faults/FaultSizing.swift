import AlphaCore

/// Sizes a fault to the traffic at its onset, so that the label is true of the incident: a `cpu_saturation` fault
/// saturates the CPU, a pool reduction exhausts the pool, a leak approaches the limit within the window. Without
/// this, a fault drawn at 4 a.m. traffic could leave no trace and its label would be wrong.
enum FaultSizing {
    /// `probe` is the healthy system's interval at the onset; `remaining` the seconds from onset to the window's end.
    static func size(_ fault: Fault, probe: IntervalMetrics, remaining: Double, rng: inout SplitMix64) -> Fault {
        var f = fault
        let base = SystemParameters.baseline
        let lambda = max(1, probe.requestRate)
        func set(_ knob: Knob, _ value: Double) {
            if let i = f.edits.firstIndex(where: { $0.knob == knob }) { f.edits[i].value = value } else { f.edits.append(.init(knob, value)) }
        }
        switch f.label {
        case .cpuSaturation:
            set(.cpuMsPerRequest, rng.uniform(0.97, 1.3) * base[.cpuCores] * 1000 / lambda)
        case .trafficSpike:
            let cpuRho = lambda * base[.cpuMsPerRequest] / 1000 / base[.cpuCores]
            set(.trafficMultiplier, max(2.5, rng.uniform(1.0, 1.4) / max(0.05, cpuRho)))
        case .connectionPoolExhausted:
            // Offered load in connections (Little's law) over the new capacity: 1.0–1.8 × overloaded.
            let capacity = max(1, (probe.poolInUse / rng.uniform(0.95, 1.8)).rounded(.down))
            let overflow = min(2, (capacity / 3).rounded(.down))
            set(.poolSize, capacity - overflow)
            set(.maxOverflow, overflow)
            if case .config(var changes) = f.origin {
                for i in changes.indices where changes[i].keyPath.last == "pool_size" { changes[i].current = .number(capacity - overflow) }
                for i in changes.indices where changes[i].keyPath.last == "max_overflow" { changes[i].current = .number(overflow) }
                f.origin = .config(changes)
            } else if case .commit = f.origin {
                f.origin = .commit(CodeSnippets.pool(size: Int(capacity - overflow), overflow: Int(overflow)))
            }
        case .memoryLeak:
            let headroom = base[.memoryLimitBytes] - base[.memoryBaselineBytes]
            set(.memoryLeakBytesPerRequest, rng.uniform(0.85, 1.6) * headroom / (lambda * max(60, remaining)))
        case .rateLimited:
            let calls = f.edits.first { $0.knob == .dependencyCallsPerRequest }?.value ?? base[.dependencyCallsPerRequest]
            set(.dependencyRateLimitRps, rng.uniform(0.35, 0.7) * lambda * calls)
        default:
            break
        }
        return f
    }
}
