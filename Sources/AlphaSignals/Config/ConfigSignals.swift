public import AlphaCore

/// What a configuration key governs, for judging how risky a change to it is.
public enum ConfigRisk: String, Sendable, Codable, CaseIterable, Hashable {
    case pool, timeout, retries, cache, endpoint, flag, limit, credential, tls, resources, other
}

/// One changed key.
public struct ConfigChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case added, removed, changed }
    /// Dotted path (`database.pool.size`, `env.REDIS_URL`, `containers[0].resources.limits.memory`).
    public var key: String
    public var kind: Kind
    public var before: JSONValue?
    public var after: JSONValue?
    /// Numeric values when both sides are numbers or numeric strings with units ("512Mi", "30s", "5%").
    public var numericBefore: Double?
    public var numericAfter: Double?
    /// after ÷ before, when both are numeric and before ≠ 0.
    public var ratio: Double?
    public var direction: ChangeDirection?
    public var risk: ConfigRisk
    /// True when the key governs something that commonly breaks services (risk other than `.other`).
    public var risky: Bool
    /// True when the new value (or the key's last segment) appears in an error message.
    public var mentionedInErrors: Bool

    public init(
        key: String, kind: Kind, before: JSONValue?, after: JSONValue?, numericBefore: Double?, numericAfter: Double?, ratio: Double?,
        direction: ChangeDirection?, risk: ConfigRisk, risky: Bool, mentionedInErrors: Bool
    ) {
        self.key = key
        self.kind = kind
        self.before = before
        self.after = after
        self.numericBefore = numericBefore
        self.numericAfter = numericAfter
        self.ratio = ratio
        self.direction = direction
        self.risk = risk
        self.risky = risky
        self.mentionedInErrors = mentionedInErrors
    }

    enum CodingKeys: String, CodingKey {
        case key, kind, before, after
        case numericBefore = "numeric_before"
        case numericAfter = "numeric_after"
        case ratio, direction, risk, risky
        case mentionedInErrors = "mentioned_in_errors"
    }
}

/// The config analyzer's output.
public struct ConfigSignals: Sendable, Codable, Equatable {
    /// True when a previous configuration was given (otherwise only `current` is known and nothing is diffed).
    public var diffed: Bool
    public var changes: [ConfigChange]
    /// The current configuration, flattened to dotted keys (for culprits and values).
    public var current: [String: JSONValue]

    public init(diffed: Bool = false, changes: [ConfigChange] = [], current: [String: JSONValue] = [:]) {
        self.diffed = diffed
        self.changes = changes
        self.current = current
    }
}
