public import AlphaCore

/// Writes a ``JSONValue`` as compact JSON text (members in order), so the simulator's output needs no Foundation.
public enum JSONText {
    /// The JSON text of `value`: compact, except that top-level members and the entries of `logs` start new lines.
    public static func render(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(1 << 16)
        write(value, into: &out, depth: 0)
        return out
    }

    /// The JSON text of `value` on one line (a JSON log line).
    public static func line(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, depth: 1)
        return out
    }

    static func write(_ value: JSONValue, into out: inout String, depth: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): string(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += depth == 0 ? ",\n" : "," }
                write(item, into: &out, depth: depth + 1)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += depth == 0 ? ",\n" : "," }
                string(member.key, into: &out)
                out += ":"
                write(member.value, into: &out, depth: member.key == "logs" && depth == 0 ? 0 : depth + 1)
            }
            out += "}"
        }
    }

    /// Integers without a fraction, others with up to 6 significant decimals (enough for metrics).
    static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        let scaled = (n * 1_000_000).rounded() / 1_000_000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 { return String(Int64(scaled)) }
        return String(scaled)
    }

    static func string(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
