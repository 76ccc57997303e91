public import AlphaCore

/// A named set of causes: one per label (the label's name), `incident-b` (missing index + cache removal + pool
/// reduction in one deploy), or a random draw.
public enum Scenario: Sendable, Equatable {
    case label(CauseLabel)
    case incidentB
    case random

    /// Names accepted by `--scenario`.
    public static var names: [String] { ["incident-b"] + FaultCatalog.labels.map(\.rawValue) }

    /// The scenario named `name`, or nil.
    public init?(name: String) {
        if name == "incident-b" {
            self = .incidentB
        } else if name == "random" {
            self = .random
        } else if let label = CauseLabel(rawValue: String(name.map { $0 == "-" ? "_" : $0 })), label != .unknown {
            self = .label(label)
        } else {
            return nil
        }
    }

    /// The faults this scenario injects.
    public func faults(dependency: String, rng: inout SplitMix64) -> [Fault] {
        switch self {
        case .label(let label): return [FaultCatalog.fault(label, dependency: dependency, rng: &rng)]
        case .incidentB:
            var index = FaultCatalog.missingIndex(&rng)
            index.edits = [.init(.hotQueryIndexed, 0), .init(.tableRows, rng.uniform(2_000_000, 3_500_000))]
            let cache = Fault(
                label: .cacheRemoved, variant: "config-disabled", edits: [.init(.cacheEnabled, 0)],
                origin: .config([ConfigChange(keyPath: ["cache", "enabled"], previous: .bool(true), current: .bool(false))]))
            let size = Double(rng.int(3...5))
            let pool = Fault(
                label: .connectionPoolExhausted, variant: "config-pool-size", edits: [.init(.poolSize, size), .init(.maxOverflow, 0)],
                origin: .config([
                    ConfigChange(keyPath: ["database", "pool_size"], previous: .number(20), current: .number(size)),
                    ConfigChange(keyPath: ["database", "max_overflow"], previous: .number(10), current: .number(0)),
                ]))
            return [index, cache, pool]
        case .random:
            let labels = FaultCatalog.labels
            guard let first = rng.pick(labels) else { return [] }
            var faults = [FaultCatalog.fault(first, dependency: dependency, rng: &rng)]
            // One incident in five has a second (or third) independent cause, as real postmortems often do.
            if rng.chance(0.2) {
                let extra = rng.chance(0.3) ? 2 : 1
                var tries = 0
                while faults.count < 1 + extra, tries < 20 {
                    tries += 1
                    guard let next = rng.pick(labels) else { break }
                    let candidate = FaultCatalog.fault(next, dependency: dependency, rng: &rng)
                    if Self.compatible(candidate, with: faults) { faults.append(candidate) }
                }
            }
            return faults
        }
    }

    /// Two causes can co-occur when they touch different knobs, carry different config keys and are not the same label;
    /// dependency-side causes exclude one another (one upstream fails one way at a time).
    static func compatible(_ f: Fault, with others: [Fault]) -> Bool {
        let dependencySide: Set<CauseLabel> = [.dependencyFailure, .retryStorm, .rateLimited, .certificateExpired, .dnsFailure, .badConfig]
        for o in others {
            if o.label == f.label { return false }
            if dependencySide.contains(o.label) && dependencySide.contains(f.label) { return false }
            if !Set(o.edits.map(\.knob)).isDisjoint(with: f.edits.map(\.knob)) { return false }
            if case .commit(let a) = o.origin, case .commit(let b) = f.origin, a.path == b.path { return false }
            if case .config(let a) = o.origin, case .config(let b) = f.origin,
                !Set(a.map(\.dottedKey)).isDisjoint(with: b.map(\.dottedKey))
            {
                return false
            }
        }
        return true
    }
}
