import AlphaCore

/// Small JSON objects for audit `before`/`after` values, built the same way by every engine.
public enum AuditText {
    /// `{"k":"v",...}` with keys in the given order and strings escaped per RFC 8259.
    public static func object(_ fields: KeyValuePairs<String, String>) -> String {
        JSONString.object(fields.lazy.map { (key: $0.key, value: $0.value) })
    }

    /// The audit description of a token (never its hash).
    public static func token(_ token: APIToken) -> String {
        object(["id": token.id, "name": token.name, "role": token.role.rawValue, "revoked": token.revokedAt == nil ? "false" : "true"])
    }
}
