public import AlphaCore

/// Flattens nested configuration into dotted keys: `database.pool.size`, `env.REDIS_URL`, `containers[0].resources.limits.memory`.
public enum ConfigFlattener {
    /// Leaves in input order. Empty objects and arrays are kept as leaves (so emptying a list is a visible change).
    public static func flatten(_ object: JSONObject) -> [(key: String, value: JSONValue)] {
        var out: [(key: String, value: JSONValue)] = []
        append(.object(object), prefix: "", into: &out, depth: 0)
        return out
    }

    /// Deep nesting beyond this is kept as one leaf: config is never that deep, hostile input might be.
    private static let maximumDepth = 64

    private static func append(_ value: JSONValue, prefix: String, into out: inout [(key: String, value: JSONValue)], depth: Int) {
        switch value {
        case .object(let object) where !object.isEmpty && depth < maximumDepth:
            for member in object.members {
                append(member.value, prefix: prefix.isEmpty ? member.key : prefix + "." + member.key, into: &out, depth: depth + 1)
            }
        case .array(let array) where !array.isEmpty && depth < maximumDepth:
            for (index, element) in array.enumerated() {
                append(element, prefix: "\(prefix)[\(index)]", into: &out, depth: depth + 1)
            }
        default:
            out.append((prefix, value))
        }
    }
}
