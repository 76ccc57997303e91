/// Small JSON objects for audit `before`/`after` values, built the same way by every engine.
public enum AuditText {
    /// `{"k":"v",...}` with keys in the given order and strings escaped per RFC 8259.
    public static func object(_ fields: KeyValuePairs<String, String>) -> String {
        var out = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { out += "," }
            out += quoted(key) + ":" + quoted(value)
        }
        return out + "}"
    }

    /// A JSON string literal.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = Hex.encode([UInt8(truncatingIfNeeded: scalar.value)])
                out += "\\u00" + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The audit description of a token (never its hash).
    public static func token(_ token: APIToken) -> String {
        object(["id": token.id, "name": token.name, "role": token.role.rawValue, "revoked": token.revokedAt == nil ? "false" : "true"])
    }
}
