import Foundation

/// Validates JSON against the subset of JSON Schema (2020-12) our contracts use: type, required, properties,
/// additionalProperties (schema form), items, prefixItems, enum, const, minimum, maximum, minItems, maxItems, oneOf, $ref
/// into $defs. Enough to hold the analyzer's output to `docs/schemas/analysis.schema.json` without a new dependency.
struct SchemaValidator {
    let root: [String: Any]

    init(schemaData: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: schemaData) as? [String: Any] else {
            throw ValidationFailure(path: "$", message: "schema is not an object")
        }
        self.root = root
    }

    struct ValidationFailure: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    /// All violations found (empty when valid).
    func validate(_ instance: Any) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        check(instance, against: root, path: "$", into: &failures)
        return failures
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let next = (node as? [String: Any])?[String(part)] else { return schema }
            node = next
        }
        return node as? [String: Any] ?? schema
    }

    private func check(_ value: Any, against rawSchema: [String: Any], path: String, into failures: inout [ValidationFailure]) {
        let schema = resolve(rawSchema)
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [(type as? String) ?? ""]
            if !types.contains(where: { matches(value, type: $0) }) {
                failures.append(ValidationFailure(path: path, message: "expected \(types.joined(separator: "|")), found \(describe(value))"))
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) {
            failures.append(ValidationFailure(path: path, message: "\(describe(value)) is not one of \(options)"))
        }
        if let constant = schema["const"], !equal(constant, value) {
            failures.append(ValidationFailure(path: path, message: "expected \(constant)"))
        }
        if let number = value as? NSNumber, !(value is Bool) {
            if let min = schema["minimum"] as? Double, number.doubleValue < min {
                failures.append(ValidationFailure(path: path, message: "\(number) < minimum \(min)"))
            }
            if let max = schema["maximum"] as? Double, number.doubleValue > max {
                failures.append(ValidationFailure(path: path, message: "\(number) > maximum \(max)"))
            }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                failures.append(ValidationFailure(path: path, message: "missing required \"\(key)\""))
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let sub = properties[key] as? [String: Any] {
                    check(member, against: sub, path: "\(path).\(key)", into: &failures)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: additional, path: "\(path).\(key)", into: &failures)
                }
            }
        }
        if let array = value as? [Any] {
            if let minItems = schema["minItems"] as? Int, array.count < minItems {
                failures.append(ValidationFailure(path: path, message: "fewer than \(minItems) items"))
            }
            if let maxItems = schema["maxItems"] as? Int, array.count > maxItems {
                failures.append(ValidationFailure(path: path, message: "more than \(maxItems) items"))
            }
            let prefix = schema["prefixItems"] as? [[String: Any]] ?? []
            for (i, item) in array.enumerated() {
                if i < prefix.count {
                    check(item, against: prefix[i], path: "\(path)[\(i)]", into: &failures)
                } else if let items = schema["items"] as? [String: Any] {
                    check(item, against: items, path: "\(path)[\(i)]", into: &failures)
                }
            }
        }
        if let oneOf = schema["oneOf"] as? [[String: Any]] {
            let passing = oneOf.filter { option in
                var sub: [ValidationFailure] = []
                check(value, against: option, path: path, into: &sub)
                return sub.isEmpty
            }
            if passing.count != 1 {
                failures.append(ValidationFailure(path: path, message: "matches \(passing.count) of the oneOf options, expected exactly 1"))
            }
        }
    }

    private func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "number": return value is NSNumber && !isBool(value)
        case "integer":
            guard let n = value as? NSNumber, !isBool(value) else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        case "null": return value is NSNull
        default: return true
        }
    }

    /// JSONSerialization gives true/false as a boolean NSNumber whose objCType is "c"; `is Bool` also holds for 0 and 1.
    private func isBool(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    private func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }

    private func describe(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: isBool(value) ? "a boolean" : "a number"
        }
    }
}
