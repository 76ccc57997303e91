/// Per-tier alert state over time: `for` (pending) durations and notification cooldowns.
public struct AlertStateMachine: Sendable {
    /// The state of one tier.
    public enum State: String, Sendable, Codable {
        /// Condition false.
        case inactive
        /// Condition true for less than the tier's `for`.
        case pending
        /// Firing.
        case firing
    }

    private struct TierState {
        var state: State = .inactive
        var conditionSince: Int?
        var lastNotified: Int?
    }

    private let tiers: [BurnRateTier]
    private let cooldownMinutes: Int
    private var states: [String: TierState] = [:]

    /// A state machine for `policy`'s enabled tiers.
    public init(policy: AlertingPolicy) {
        tiers = policy.tiers.filter(\.enabled)
        cooldownMinutes = policy.cooldownMinutes
    }

    /// The current state of `tier`.
    public func state(of tier: String) -> State { states[tier]?.state ?? .inactive }

    /// The tiers firing now.
    public var firing: [String] { tiers.map(\.name).filter { state(of: $0) == .firing } }

    /// Feeds one evaluation; returns the notifications it caused.
    public mutating func update(minute: Int, evaluations: [TierEvaluation]) -> [AlertNotification] {
        var out: [AlertNotification] = []
        for tier in tiers {
            var s = states[tier.name] ?? TierState()
            let met = evaluations.first { $0.tier == tier.name }?.conditionMet ?? false
            if met {
                let since = s.conditionSince ?? minute
                s.conditionSince = since
                if s.state != .firing {
                    if minute - since >= tier.forMinutes {
                        s.state = .firing
                        if let last = s.lastNotified, minute - last < cooldownMinutes {
                            out.append(AlertNotification(kind: .suppressed, tier: tier.name, severity: tier.severity, minute: minute))
                        } else {
                            s.lastNotified = minute
                            out.append(AlertNotification(kind: .firing, tier: tier.name, severity: tier.severity, minute: minute))
                        }
                    } else {
                        s.state = .pending
                    }
                }
            } else {
                if s.state == .firing {
                    out.append(AlertNotification(kind: .resolved, tier: tier.name, severity: tier.severity, minute: minute))
                }
                s.state = .inactive
                s.conditionSince = nil
            }
            states[tier.name] = s
        }
        return out
    }
}
