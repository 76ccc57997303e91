public import AlphaCore

/// A parsed instant-vector selector `name{k="v",...}`: matches series from files, and builds promtool test series.
public struct PromSelector: Equatable, Sendable {
    /// The metric name.
    public var name: String
    /// Label matchers (`=`, `!=`, `=~`, `!~`).
    public var matchers: [(key: String, op: String, value: String)]

    public static func == (a: PromSelector, b: PromSelector) -> Bool {
        a.name == b.name && a.matchers.map(\.key) == b.matchers.map(\.key) && a.matchers.map(\.op) == b.matchers.map(\.op)
            && a.matchers.map(\.value) == b.matchers.map(\.value)
    }

    /// Parses a plain selector; `nil` for anything else (functions, templates, ranges).
    public static func parse(_ text: String) -> PromSelector? {
        let bytes = Array(text.trimmingSpaces.utf8)
        var i = 0
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95 || b == 58
        }
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        guard i > 0 else { return nil }
        let name = String(decoding: bytes[0..<i], as: UTF8.self)
        var matchers: [(key: String, op: String, value: String)] = []
        if i == bytes.count { return PromSelector(name: name, matchers: []) }
        guard bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 32 || bytes[i] == UInt8(ascii: ",") { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                return i == bytes.count - 1 ? PromSelector(name: name, matchers: matchers) : nil
            }
            let keyStart = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            guard i > keyStart else { return nil }
            let key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
            while i < bytes.count, bytes[i] == 32 { i += 1 }
            let opStart = i
            while i < bytes.count, bytes[i] == UInt8(ascii: "=") || bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "~") { i += 1 }
            let op = String(decoding: bytes[opStart..<i], as: UTF8.self)
            guard ["=", "!=", "=~", "!~"].contains(op) else { return nil }
            while i < bytes.count, bytes[i] == 32 { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var value: [UInt8] = []
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count { i += 1 }
                value.append(bytes[i])
                i += 1
            }
            guard i < bytes.count else { return nil }
            i += 1
            matchers.append((key, op, String(decoding: value, as: UTF8.self)))
        }
        return nil
    }

    /// Whether every matcher is an equality (so the selector names one concrete series).
    var isConcrete: Bool { matchers.allSatisfy { $0.op == "=" } }

    /// Whether a concrete series with `labels` (and `name`) is selected by this selector (equality matchers only).
    func selects(_ other: PromSelector) -> Bool {
        guard other.name == name else { return false }
        return matchers.allSatisfy { m in
            let v = other.matchers.first { $0.key == m.key }?.value ?? ""
            switch m.op {
            case "=": return v == m.value
            case "!=": return v != m.value
            default: return false
            }
        }
    }

    /// promtool series text: `name{a="b",c="d"}` with sorted labels.
    var seriesText: String {
        let sorted = matchers.sorted { $0.key < $1.key }
        if sorted.isEmpty { return name }
        return name + "{" + sorted.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
    }

    /// Whether `series` is selected (regex matchers are anchored, as in PromQL).
    public func matches(_ series: MetricSeries) -> Bool {
        guard series.name == name else { return false }
        for m in matchers {
            let v = series.label(m.key) ?? ""
            switch m.op {
            case "=": if v != m.value { return false }
            case "!=": if v == m.value { return false }
            case "=~", "!~":
                guard let regex = try? Regex("^(?:" + m.value + ")$") else { return false }
                let hit = (try? regex.wholeMatch(in: v)) != nil
                if hit != (m.op == "=~") { return false }
            default: return false
            }
        }
        return true
    }
}
