import AlphaCore
import AlphaSignals

/// Reads the config diff: risky keys that changed, and changed values that error messages name.
public struct ConfigAgent: Agent {
    public let name = "ConfigAgent"

    public init() {}

    /// What a change to a key of each risk class supports, by direction (nil: non-numeric change), at full strength.
    static func weights(risk: ConfigRisk, direction: ChangeDirection?, key: String) -> LabelWeights {
        let k = key.lowercased()
        switch (risk, direction) {
        case (.pool, .down?): return [.connectionPoolExhausted: 2.4]
        case (.pool, _): return [.connectionPoolExhausted: 0.3]
        case (.retries, .up?): return [.retryStorm: 2.2]
        case (.retries, _): return [.retryStorm: 0.3]
        case (.timeout, .down?): return [.retryStorm: 0.9, .dependencyFailure: 0.4, .badConfig: 0.6]
        case (.timeout, _): return [.badConfig: 0.3]
        case (.cache, .down?): return [.cacheRemoved: 1.8]
        case (.cache, nil):
            // A cache switched off is a removal; a cache address changed is a cache that may not be reachable.
            if k.contains("url") || k.contains("host") || k.contains("addr") { return [.cacheUnavailable: 1.0, .badConfig: 0.8] }
            return [.cacheRemoved: 1.4, .badConfig: 0.3]
        case (.cache, _): return [.badConfig: 0.3]
        case (.endpoint, _): return [.badConfig: 1.2, .dependencyFailure: 0.3]
        case (.flag, _): return [.badConfig: 0.7]
        case (.limit, .down?):
            if k.contains("rate") || k.contains("quota") { return [.rateLimited: 0.8, .badConfig: 0.6] }
            return [.badConfig: 0.8]
        case (.limit, _): return [.badConfig: 0.4]
        case (.credential, _): return [.badConfig: 1.0]
        case (.tls, _): return [.certificateExpired: 1.0, .badConfig: 0.6]
        case (.resources, .down?):
            if k.contains("cpu") { return [.cpuSaturation: 1.2] }
            if k.contains("mem") { return [.memoryLeak: 0.4, .badConfig: 1.0] }
            return [.badConfig: 0.6, .trafficSpike: 0.2]
        case (.resources, _): return [.badConfig: 0.2]
        default: return [:]
        }
    }
    static let cacheSwitchedOff: LabelWeights = [.cacheRemoved: 2.2]

    /// Whether a changed value is a switch turned on (true) or off (false); nil when it is not a switch.
    static func switchedOn(_ change: ConfigChange) -> Bool? {
        switch change.after {
        case .bool(let b)?: return b
        case .string(let s)?:
            switch s.lowercased() {
            case "true", "on", "yes", "enabled", "1": return true
            case "false", "off", "no", "disabled", "0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// A changed value that the errors name is the strongest sign that the change itself broke things.
    static let namedByErrors: LabelWeights = [.badConfig: 2.2]

    public func findings(in context: AgentContext) async throws -> [Finding] {
        var findings: [Finding] = []
        for change in context.signals.config.changes {
            if change.risk == .cache, let on = Self.switchedOn(change) {
                // A cache switched off removes it; switched on, it removes nothing.
                let evidence = Evidence(id: "config:\(change.key)", source: .config, summary: Self.describe(change), ref: change.key, weight: 0)
                if !on { findings += Self.cacheSwitchedOff.findings(strength: 1, evidence: evidence, culprit: Culprit(configKey: change.key)) }
                continue
            }
            let evidence = Evidence(
                id: "config:\(change.key)",
                source: .config,
                summary: Self.describe(change),
                ref: change.key,
                weight: 0
            )
            let culprit = Culprit(configKey: change.key)
            if change.risky {
                findings += Self.weights(risk: change.risk, direction: change.direction, key: change.key)
                    .findings(strength: Self.strength(change), evidence: evidence, culprit: culprit)
            }
            if Self.loggingMadeVerbose(change) {
                // DEBUG or TRACE logging writes many times the bytes per request: the classic way a log volume fills.
                var verbose = evidence
                verbose.id += ":verbose"
                verbose.summary += ": log output grows many times over"
                findings += Self.verboseLogging.findings(strength: 1, evidence: verbose, culprit: culprit)
            }
            if change.risk == .credential, let refused = Self.credentialsRefused(context.signals.logs) {
                // A changed secret followed by servers refusing our credentials: the change is what broke the login,
                // even though no error quotes the secret (they never do).
                var named = evidence
                named.id += ":refused"
                named.summary += ", and \(refused) authentication failures follow it"
                findings += Self.namedByErrors.findings(strength: 1, evidence: named, culprit: culprit)
            }
            if change.mentionedInErrors {
                var named = evidence
                named.id += ":named"
                named.summary += ", and error messages name the new value"
                findings += Self.namedByErrors.findings(strength: 1, evidence: named, culprit: culprit)
            }
        }
        return findings
    }

    static let verboseLogging: LabelWeights = [.diskFull: 1.4, .badConfig: 0.3]

    /// A log level key (`logging.level`, `log_level`, `LOG_LEVEL`) changed to DEBUG, TRACE or ALL.
    static func loggingMadeVerbose(_ change: ConfigChange) -> Bool {
        let key = change.key.lowercased()
        guard key.contains("log"), key.hasSuffix("level"), case .string(let value)? = change.after else { return false }
        return ["debug", "trace", "all", "verbose"].contains(value.lowercased())
    }

    /// How many authentication failures the logs show after the split, when they are new or grew (nil otherwise).
    static func credentialsRefused(_ logs: LogSignals) -> Int? {
        guard let auth = logs.categories.first(where: { $0.category == .authFailure }), auth.countAfter > 2 * auth.countBefore else { return nil }
        return auth.countAfter
    }

    /// Bigger numeric moves count more: halving a pool is strong, 20 → 19 is not.
    static func strength(_ change: ConfigChange) -> Double {
        guard let ratio = change.ratio, ratio.isFinite, ratio > 0 else { return 1 }
        let factor = ratio >= 1 ? ratio : 1 / ratio
        return max(0.25, Strength.ratio(factor, full: 2.5))
    }

    static func describe(_ change: ConfigChange) -> String {
        switch change.kind {
        case .added: return "config \(change.key) added: \(change.after?.scalarText ?? "")"
        case .removed: return "config \(change.key) removed (was \(change.before?.scalarText ?? ""))"
        case .changed: return "config \(change.key) changed \(change.before?.scalarText ?? "") → \(change.after?.scalarText ?? "")"
        }
    }
}
