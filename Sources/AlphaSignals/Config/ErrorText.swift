import AlphaCore

/// The incident's error messages, lowercased once, for "is this config value named in an error?" questions.
struct ErrorText: Sendable {
    private let messages: [String]

    init(_ messages: [String]) {
        self.messages = messages.map { $0.lowercased() }
    }

    /// Values too common to mean anything when found in an error message.
    static let trivial: Set<String> = [
        "true", "false", "null", "none", "nil", "yes", "no", "on", "off", "enabled", "disabled", "default", "info", "error", "warn",
        "http", "https", "0.0", "1.0", "100", "[]", "{}",
    ]

    /// True when the value (≥ 3 characters, not trivial), the host inside it, or a distinctive last key segment appears in a message.
    func mentions(key: String, value: JSONValue?) -> Bool {
        guard !messages.isEmpty else { return false }
        var needles: [String] = []
        if let value {
            switch value {
            case .string, .number:
                let text = value.scalarText.lowercased().trimmedWhitespace
                if text.count >= 3, !Self.trivial.contains(text) { needles.append(text) }
                for host in Self.hosts(in: text) where host.count >= 3 && host != text { needles.append(host) }
            default:
                break
            }
        }
        let segment = key.split(whereSeparator: { $0 == "." || $0 == "[" || $0 == "]" }).last.map { $0.lowercased() } ?? ""
        if segment.count >= 6, segment.contains("_") || segment.contains("-") { needles.append(segment) }
        return needles.contains { needle in messages.contains { $0.has(needle) } }
    }

    /// `postgres://user@db-2.internal:5432/app` → [db-2.internal]; `redis-new:6379` → [redis-new].
    static func hosts(in value: String) -> [String] {
        var text = Substring(value)
        guard value.has("://") || value.contains(":") && !value.contains(" ") else { return [] }
        if let scheme = text.firstRange(of: "://") { text = text[scheme.upperBound...] }
        if let at = text.lastIndex(of: "@") { text = text[text.index(after: at)...] }
        let host = text.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "," }
        return host.isEmpty ? [] : [String(host)]
    }
}
