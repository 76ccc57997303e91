/// Locates the well-known fields of a logfmt line (`ts=... level=error msg="..." service=x`).
enum LogfmtScanner {
    /// True when the line starts like logfmt: `key=` with a plain identifier key.
    static func looksLikeLogfmt(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end, i - start < 24 {
            let c = b[i]
            if c == UInt8(ascii: "=") { return i > start && i + 1 < end && b[i + 1] != UInt8(ascii: " ") }
            guard LogBytes.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "@") || c == UInt8(ascii: "-")
            else { return false }
            i += 1
        }
        return false
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> LogStructuredFields {
        var fields = LogStructuredFields()
        var i = start
        while i < end {
            while i < end, LogBytes.isSpace(b[i]) { i += 1 }
            let keyStart = i
            while i < end, b[i] != UInt8(ascii: "="), !LogBytes.isSpace(b[i]) { i += 1 }
            let keyEnd = i
            guard i < end, b[i] == UInt8(ascii: "=") else { continue }
            i += 1
            var span: LogValueSpan
            if i < end, b[i] == UInt8(ascii: "\"") {
                var j = i + 1
                var escaped = false
                while j < end, b[j] != UInt8(ascii: "\"") {
                    if b[j] == UInt8(ascii: "\\") {
                        escaped = true
                        j += 1
                    }
                    j += 1
                }
                let close = min(j, end)
                span = LogValueSpan(start: i + 1, end: close, isString: true, escaped: escaped, isObject: false)
                i = close + 1
            } else {
                let valueStart = i
                while i < end, !LogBytes.isSpace(b[i]) { i += 1 }
                span = LogValueSpan(start: valueStart, end: i, isString: true, escaped: false, isObject: false)
            }
            if let kind = LogFieldKind.of(b, keyStart, keyEnd) { fields.assign(kind, span) }
        }
        return fields
    }
}
