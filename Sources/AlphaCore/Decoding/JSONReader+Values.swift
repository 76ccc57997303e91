/// Free-form values (config, attributes, labels) and skipping of unknown members.
extension JSONReader {
    /// Reads any value into a `JSONValue` (for the small free-form parts of the contract only).
    mutating func readValue() throws(InputError) -> JSONValue {
        switch try peek() {
        case UInt8(ascii: "{"): return .object(try readObject())
        case UInt8(ascii: "["):
            var items: [JSONValue] = []
            var state = try beginArray()
            while try nextElement(&state) { items.append(try readValue()) }
            return .array(items)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw syntaxError("expected a value, found \(describeValue())")
        }
    }

    /// Reads an object into a `JSONObject`, members in input order.
    mutating func readObject() throws(InputError) -> JSONObject {
        var members: [(key: String, value: JSONValue)] = []
        var state = try beginObject()
        while let key = try nextMember(&state) {
            members.append((keyText(key), try readValue()))
        }
        return JSONObject(members)
    }

    /// Reads an object of strings (labels, annotations); numbers and booleans are kept as text, nulls dropped.
    mutating func readStringMap() throws(InputError) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        var state = try beginObject()
        while let key = try nextMember(&state) {
            guard let value = try readScalarText() else { continue }
            pairs.append((keyText(key), value))
        }
        return pairs
    }

    /// A string, or a number/boolean as written; nil for null; an error for objects and arrays.
    mutating func readScalarText() throws(InputError) -> String? {
        switch try peek() {
        case UInt8(ascii: "\""): return try readString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumberText()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return try readBool() ? "true" : "false"
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return nil
        default: throw typeError(expected: "a string")
        }
    }

    /// A string, or null (nil).
    mutating func readOptionalString() throws(InputError) -> String? {
        if try consumeNull() { return nil }
        return try readString()
    }

    /// Skips any value, checking its syntax and depth but building nothing.
    mutating func skipValue() throws(InputError) {
        switch try peek() {
        case UInt8(ascii: "{"):
            var state = try beginObject()
            while try nextMember(&state) != nil { try skipValue() }
        case UInt8(ascii: "["):
            var state = try beginArray()
            while try nextElement(&state) { try skipValue() }
        case UInt8(ascii: "\""):
            position += 1
            _ = try scanStringBody()
        case UInt8(ascii: "t"): try readLiteral("true")
        case UInt8(ascii: "f"): try readLiteral("false")
        case UInt8(ascii: "n"): try readLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try readNumber()
        default: throw syntaxError("expected a value, found \(describeValue())")
        }
    }
}
