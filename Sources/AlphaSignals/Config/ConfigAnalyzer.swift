public import AlphaCore

/// Diffs the previous and current configuration and judges each change: numeric values with units, direction, risk class,
/// and whether the new value shows up in the incident's error messages.
public struct ConfigAnalyzer: Sendable {
    /// A stateless analyzer.
    public init() {}

    /// Changes (current order for added/changed keys, then removed keys in previous order) and the flattened current config.
    /// Without a previous configuration nothing is diffed (`diffed` false) and only `current` is filled.
    public func analyze(_ config: ConfigSnapshot?, errorMessages: [String]) -> ConfigSignals {
        guard let config else { return ConfigSignals() }
        let current = ConfigFlattener.flatten(config.current)
        var currentMap: [String: JSONValue] = [:]
        for leaf in current { currentMap[leaf.key] = leaf.value }
        guard let previousObject = config.previous else { return ConfigSignals(diffed: false, changes: [], current: currentMap) }
        let previous = ConfigFlattener.flatten(previousObject)
        var previousMap: [String: JSONValue] = [:]
        for leaf in previous { previousMap[leaf.key] = leaf.value }
        let errors = ErrorText(errorMessages)
        var changes: [ConfigChange] = []
        var seen = Set<String>()
        for leaf in current where seen.insert(leaf.key).inserted {
            let value = currentMap[leaf.key] ?? leaf.value
            if let before = previousMap[leaf.key] {
                if before != value { changes.append(Self.change(key: leaf.key, kind: .changed, before: before, after: value, errors: errors)) }
            } else {
                changes.append(Self.change(key: leaf.key, kind: .added, before: nil, after: value, errors: errors))
            }
        }
        var seenRemoved = Set<String>()
        for leaf in previous where currentMap[leaf.key] == nil && seenRemoved.insert(leaf.key).inserted {
            changes.append(Self.change(key: leaf.key, kind: .removed, before: previousMap[leaf.key], after: nil, errors: errors))
        }
        return ConfigSignals(diffed: true, changes: changes, current: currentMap)
    }

    static func change(key: String, kind: ConfigChange.Kind, before: JSONValue?, after: JSONValue?, errors: ErrorText) -> ConfigChange {
        let numericBefore = before.flatMap(ConfigNumber.parse)
        let numericAfter = after.flatMap(ConfigNumber.parse)
        var ratio: Double?
        var direction: ChangeDirection?
        if let numericBefore, let numericAfter {
            if numericBefore != 0 { ratio = numericAfter / numericBefore }
            direction = numericAfter > numericBefore ? .up : numericAfter < numericBefore ? .down : .flat
        }
        let risk = ConfigRisk.classify(key: key)
        return ConfigChange(
            key: key, kind: kind, before: before, after: after, numericBefore: numericBefore, numericAfter: numericAfter, ratio: ratio,
            direction: direction, risk: risk, risky: risk != .other, mentionedInErrors: errors.mentions(key: key, value: after ?? before))
    }
}
