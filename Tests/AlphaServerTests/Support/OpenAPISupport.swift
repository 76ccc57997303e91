import AlphaCore
import AlphaServer
import Foundation
import Testing

/// The served OpenAPI document, parsed, with the look-ups the tests need: operations, `$ref` resolution and the
/// schema of a documented response.
struct OpenAPISpec {
    /// One documented operation.
    struct Operation {
        /// Upper-case HTTP method, as `AlphaServerApp.routes()` spells it.
        var method: String
        var path: String
        var object: JSONObject

        /// `METHOD /path`, the route table's format.
        var route: String { "\(method) \(path)" }
    }

    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let root: JSONObject

    init(json: String = OpenAPIDocument.json) throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        guard let root = value.objectValue else { throw SpecError("the document is not a JSON object") }
        self.root = root
    }

    var operations: [Operation] {
        guard let paths = root["paths"]?.objectValue else { return [] }
        return paths.members.flatMap { path, item in
            (item.objectValue?.members ?? []).compactMap { key, value in
                guard Self.methods.contains(key), let object = value.objectValue else { return nil }
                return Operation(method: key.uppercased(), path: path, object: object)
            }
        }
    }

    func operation(_ route: String) -> Operation? {
        operations.first { $0.route == route }
    }

    /// Follows local `$ref`s (`#/components/...`) until the value is not a reference.
    func resolve(_ value: JSONValue) throws -> JSONValue {
        var current = value
        var seen: Set<String> = []
        while let reference = current.objectValue?["$ref"]?.stringValue {
            guard reference.hasPrefix("#/"), seen.insert(reference).inserted else { throw SpecError("unresolvable $ref \(reference)") }
            var node: JSONValue = .object(root)
            for part in reference.dropFirst(2).split(separator: "/") {
                guard let next = node.objectValue?[String(part)] else { throw SpecError("dangling $ref \(reference)") }
                node = next
            }
            current = node
        }
        return current
    }

    /// The documented responses of an operation, keyed by status code (`"202"`, `"4XX"`, `"default"`), resolved.
    func responses(of operation: Operation) throws -> [(code: String, response: JSONObject)] {
        try (operation.object["responses"]?.objectValue?.members ?? []).map { code, value in
            guard let response = try resolve(value).objectValue else { throw SpecError("\(operation.route) \(code) is not an object") }
            return (code, response)
        }
    }

    /// The schema documented for `route`'s `status` response under `mediaType`.
    func responseSchema(_ route: String, status: Int, mediaType: String = "application/json") throws -> JSONValue {
        guard let operation = operation(route) else { throw SpecError("\(route) is not documented") }
        guard let response = try responses(of: operation).first(where: { $0.code == String(status) })?.response else {
            throw SpecError("\(route) documents no \(status) response")
        }
        guard let schema = response["content"]?.objectValue?[mediaType]?.objectValue?["schema"] else {
            throw SpecError("\(route) \(status) has no \(mediaType) schema")
        }
        return schema
    }

    struct SpecError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// A small structural JSON Schema checker: enough of 2020-12 to say whether a response body has the documented shape
/// (`$ref`, `type` with null, `const`, `enum`, `required`, `properties`, `additionalProperties`, `items`, `anyOf`/`oneOf`).
/// Members an object schema with `properties` does not list are reported unless its `additionalProperties` is `true` or a
/// schema, so a field the server adds without documenting it fails the test.
struct SchemaChecker {
    let spec: OpenAPISpec

    /// Every mismatch between `value` and `schema`, as `path: what`; empty when it conforms.
    func mismatches(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") throws -> [String] {
        guard let schema = try spec.resolve(schema).objectValue else { return [] }
        for keyword in ["anyOf", "oneOf"] {
            if let branches = schema[keyword]?.arrayValue {
                let results = try branches.map { try mismatches(value, $0, at: path) }
                if !results.contains(where: \.isEmpty) {
                    return ["\(path): matches no branch of \(keyword) (\(results.map { $0.joined(separator: "; ") }.joined(separator: " | ")))"]
                }
            }
        }
        var found: [String] = []
        if let types = Self.types(schema["type"]), !types.contains(where: { Self.matches(value, type: $0) }) {
            return ["\(path): expected \(types.joined(separator: " or ")), got \(Self.typeName(value))"]
        }
        if let constant = schema["const"], constant != value { found.append("\(path): expected \(constant.scalarText)") }
        if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
            found.append("\(path): \(value.scalarText) is not one of \(allowed.map(\.scalarText))")
        }
        // A schema that only combines others (`anyOf` with a description) says nothing about members itself.
        if case .object(let object) = value, schema["properties"] != nil || schema["required"] != nil || schema["additionalProperties"] != nil {
            found += try objectMismatches(object, schema, at: path)
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (index, element) in elements.enumerated() {
                found += try mismatches(element, items, at: "\(path)[\(index)]")
            }
        }
        return found
    }

    private func objectMismatches(_ object: JSONObject, _ schema: JSONObject, at path: String) throws -> [String] {
        var found: [String] = []
        let properties = schema["properties"]?.objectValue ?? JSONObject()
        for case .string(let name) in schema["required"]?.arrayValue ?? [] where object[name] == nil {
            found.append("\(path): required member '\(name)' is missing")
        }
        let additional = schema["additionalProperties"]
        for (key, member) in object.members {
            if let property = properties[key] {
                found += try mismatches(member, property, at: "\(path).\(key)")
            } else if additional == nil || additional == .bool(false) {
                found.append("\(path): member '\(key)' is not documented")
            } else if let additional, additional != .bool(true) {
                found += try mismatches(member, additional, at: "\(path).\(key)")
            }
        }
        return found
    }

    private static func types(_ value: JSONValue?) -> [String]? {
        switch value {
        case .string(let type): [type]
        case .array(let types): types.compactMap(\.stringValue)
        default: nil
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// `openapi-spec-validator` (PyPI), when it can run here: the console script on PATH, else `python3 -m`.
/// Under `CI=true` its absence fails the validation test instead of skipping it (as PostgreSQL does for the store).
enum SpecValidator {
    static let command: [String]? = {
        for candidate in [["openapi-spec-validator"], ["python3", "-m", "openapi_spec_validator"]] where run(candidate + ["--help"])?.status == 0 {
            return candidate
        }
        return nil
    }()
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let enabled = command != nil || required
    static let skipReason: Comment =
        "OpenAPI validation skipped: openapi-spec-validator is not installed (pip install openapi-spec-validator==0.9.0; scripts/test does it)"

    struct Missing: Error, CustomStringConvertible {
        var description: String { "CI=true but openapi-spec-validator cannot run (neither on PATH nor as python3 -m openapi_spec_validator)" }
    }

    /// Runs `arguments` through `/usr/bin/env` (so PATH decides), returning the exit status and the merged output; nil
    /// when the process cannot start.
    static func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return nil
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
