/// Decodes JSON/logfmt backslash escapes (`\n`, `\"`, `\uXXXX` with surrogate pairs) into UTF-8 bytes.
enum LogEscapes {
    /// Appends the bytes of `span` to `out`, decoded when the span is escaped.
    static func append(_ b: UnsafeBufferPointer<UInt8>, _ span: LogValueSpan, to out: inout [UInt8]) {
        let end = min(span.end, b.count)
        guard span.start < end else { return }
        guard span.escaped else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[span.start..<end]))
            return
        }
        var i = span.start
        while i < end {
            let c = b[i]
            guard c == UInt8(ascii: "\\"), i + 1 < end else {
                out.append(c)
                i += 1
                continue
            }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(32)
            case UInt8(ascii: "u"):
                guard let high = hex4(b, i, end) else {
                    out.append(UInt8(ascii: "?"))
                    continue
                }
                i += 4
                var scalarValue = UInt32(high)
                if (0xD800..<0xDC00).contains(high), i + 6 <= end, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u"),
                    let low = hex4(b, i + 2, end), (0xDC00..<0xE000).contains(low)
                {
                    scalarValue = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    i += 6
                }
                let scalar = Unicode.Scalar(scalarValue) ?? "?"
                out.append(contentsOf: UTF8.encode(scalar) ?? [UInt8(ascii: "?")])
            default: out.append(e)
            }
        }
    }

    private static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i + 4 <= end else { return nil }
        var value = 0
        for k in i..<(i + 4) {
            let c = b[k]
            guard LogBytes.isHex(c) else { return nil }
            value = value * 16 + (LogBytes.isDigit(c) ? Int(c &- 48) : Int(LogBytes.lower(c) &- 87))
        }
        return value
    }
}

extension UTF8 {
    /// The UTF-8 bytes of one scalar.
    fileprivate static func encode(_ scalar: Unicode.Scalar) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4)
        UTF8.encode(scalar) { bytes.append($0) }
        return bytes
    }
}
