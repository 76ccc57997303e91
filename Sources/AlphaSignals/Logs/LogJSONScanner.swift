/// A small, byte-level scanner for one JSON object per line: it locates the well-known fields
/// (see `LogFieldKind`) without decoding anything else. Nested `error`/`err` objects are searched for their
/// `message` and `stack`. Returns nil for anything that is not a well-formed object.
enum LogJSONScanner {
    static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, depth: Int = 0) -> LogStructuredFields? {
        guard start < end, end <= b.count, b[start] == UInt8(ascii: "{") else { return nil }
        var fields = LogStructuredFields()
        var i = skipSpace(b, start + 1, end)
        if i < end, b[i] == UInt8(ascii: "}") { return fields }
        while i < end {
            guard b[i] == UInt8(ascii: "\"") else { return nil }
            let keyStart = i + 1
            guard let (keyEnd, _) = stringEnd(b, keyStart, end) else { return nil }
            i = skipSpace(b, keyEnd + 1, end)
            guard i < end, b[i] == UInt8(ascii: ":") else { return nil }
            i = skipSpace(b, i + 1, end)
            guard let (span, next) = value(b, i, end) else { return nil }
            if let kind = LogFieldKind.of(b, keyStart, keyEnd) {
                if kind == .error, span.isObject, depth < 2 {
                    if let nested = scan(b, from: span.start, to: span.end, depth: depth + 1) {
                        if let message = nested.message { fields.assign(.error, message) }
                        if let stack = nested.stack { fields.assign(.stack, stack) }
                    }
                } else {
                    fields.assign(kind, span)
                }
            }
            i = skipSpace(b, next, end)
            guard i < end else { return nil }
            if b[i] == UInt8(ascii: "}") { return fields }
            guard b[i] == UInt8(ascii: ",") else { return nil }
            i = skipSpace(b, i + 1, end)
        }
        return nil
    }

    /// The closing quote of a string whose content starts at `i`, and whether it has escapes.
    @inline(__always)
    private static func stringEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (end: Int, escaped: Bool)? {
        var j = i
        var escaped = false
        while j < end {
            let c = b[j]
            if c == UInt8(ascii: "\"") { return (j, escaped) }
            if c == UInt8(ascii: "\\") {
                escaped = true
                j += 2
            } else {
                j += 1
            }
        }
        return nil
    }

    /// The span of the value at `i` and the index just past it.
    private static func value(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (LogValueSpan, Int)? {
        guard i < end else { return nil }
        let c = b[i]
        if c == UInt8(ascii: "\"") {
            guard let (close, escaped) = stringEnd(b, i + 1, end) else { return nil }
            return (LogValueSpan(start: i + 1, end: close, isString: true, escaped: escaped, isObject: false), close + 1)
        }
        if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
            var depth = 0
            var j = i
            while j < end {
                let d = b[j]
                if d == UInt8(ascii: "\"") {
                    guard let (close, _) = stringEnd(b, j + 1, end) else { return nil }
                    j = close + 1
                    continue
                }
                if d == UInt8(ascii: "{") || d == UInt8(ascii: "[") {
                    depth += 1
                } else if d == UInt8(ascii: "}") || d == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 {
                        return (LogValueSpan(start: i, end: j + 1, isString: false, escaped: false, isObject: c == UInt8(ascii: "{")), j + 1)
                    }
                }
                j += 1
            }
            return nil
        }
        var j = i
        while j < end {
            let d = b[j]
            if d == UInt8(ascii: ",") || d == UInt8(ascii: "}") || d == UInt8(ascii: "]") || LogBytes.isSpace(d) { break }
            j += 1
        }
        guard j > i else { return nil }
        return (LogValueSpan(start: i, end: j, isString: false, escaped: false, isObject: false), j)
    }

    @inline(__always)
    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, LogBytes.isSpace(b[j]) || b[j] == 10 { j += 1 }
        return j
    }
}
