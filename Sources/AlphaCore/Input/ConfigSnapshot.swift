/// The configuration in force: with `previous` the analyzer diffs the two; otherwise `current` is the whole configuration.
public struct ConfigSnapshot: Sendable, Equatable {
    public var previous: JSONObject?
    public var current: JSONObject

    public init(previous: JSONObject? = nil, current: JSONObject) {
        self.previous = previous
        self.current = current
    }
}
