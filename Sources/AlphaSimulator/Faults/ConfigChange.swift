public import AlphaCore

/// A change to one key of the service's configuration.
public struct ConfigChange: Sendable, Equatable {
    /// Path from the root, e.g. `["database", "pool_size"]`.
    public var keyPath: [String]
    public var previous: JSONValue
    public var current: JSONValue

    public init(keyPath: [String], previous: JSONValue, current: JSONValue) {
        self.keyPath = keyPath
        self.previous = previous
        self.current = current
    }

    /// The dotted key as `culprit.config_key` spells it.
    public var dottedKey: String { keyPath.joined(separator: ".") }
}
