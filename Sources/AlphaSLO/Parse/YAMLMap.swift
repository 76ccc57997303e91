import Yams

/// A YAML mapping being read field by field; every key nobody read is reported as unsupported.
///
/// Importers read what they understand through this wrapper and call `reportUnread(into:)` at the end, so an
/// unknown or unsupported field is always named in a warning instead of being silently dropped.
final class YAMLMap {
    let path: String
    private let pairs: [(key: String, value: Node)]
    private var read: Set<String> = []

    init?(_ node: Node?, path: String) {
        guard let node, case .mapping(let mapping) = node else { return nil }
        self.path = path
        pairs = mapping.compactMap { pair in pair.key.string.map { ($0, pair.value) } }
    }

    var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> Node? {
        read.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A scalar as text (numbers keep their original spelling).
    func string(_ key: String) -> String? {
        guard let n = node(key) else { return nil }
        if case .scalar(let s) = n { return s.string }
        return nil
    }

    func requiredString(_ key: String) throws(SLOError) -> String {
        guard let s = string(key), !s.isEmpty else { throw .missingField(child(key)) }
        return s
    }

    func bool(_ key: String) throws(SLOError) -> Bool? {
        guard let s = string(key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw .invalidValue(child(key), "expected true or false, got '\(s)'")
        }
    }

    func double(_ key: String) throws(SLOError) -> Double? {
        guard let s = string(key) else { return nil }
        guard let d = Double(s), d.isFinite else { throw .invalidValue(child(key), "expected a number, got '\(s)'") }
        return d
    }

    func decimal(_ key: String) throws(SLOError) -> ExactRatio? {
        guard var s = string(key) else { return nil }
        if s.hasSuffix("%") { s.removeLast() }
        if let slash = s.firstIndex(of: "/"), let n = ExactRatio(decimal: String(s[..<slash]).trimmingSpaces),
            let d = ExactRatio(decimal: String(s[s.index(after: slash)...]).trimmingSpaces), let r = n / d
        {
            return r
        }
        guard let r = ExactRatio(decimal: s.trimmingSpaces) else { throw .invalidValue(child(key), "expected a decimal number, got '\(s)'") }
        return r
    }

    func minutes(_ key: String) throws(SLOError) -> Int? {
        guard let s = string(key) else { return nil }
        guard let m = PromDuration.minutes(s) else { throw .invalidValue(child(key), "expected a duration like 5m, 1h, 30d; got '\(s)'") }
        return m
    }

    func map(_ key: String) -> YAMLMap? { YAMLMap(node(key), path: child(key)) }

    func sequence(_ key: String) -> [Node] {
        guard let n = node(key), case .sequence(let s) = n else { return [] }
        return Array(s)
    }

    func stringMap(_ key: String) -> [String: String] {
        guard let m = map(key) else { return [:] }
        var out: [String: String] = [:]
        for k in m.keys { out[k] = m.string(k) }
        return out
    }

    /// Marks keys as deliberately ignored (they carry no meaning for the math), without a warning.
    func ignore(_ keys: String...) { for k in keys { read.insert(k) } }

    func reportUnread(into warnings: inout [String]) {
        for (key, _) in pairs where !read.contains(key) {
            warnings.append("unsupported field \(child(key)) ignored")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
