/// Strings: found with an 8-bytes-at-a-time scan; made straight from the input bytes when they have no escapes.
/// Invalid UTF-8 becomes U+FFFD (`String(decoding:as:)` repairs it), never an error.
extension JSONReader {
    /// Reads a string value.
    @inline(__always)
    mutating func readString() throws(InputError) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw typeError(expected: "a string") }
        position += 1
        let token = try scanStringBody()
        if !token.escaped { return string(start: token.start, end: token.end) }
        return try unescapeToString(token)
    }

    /// Reads a string value and returns where its contents are, without building a `String`.
    mutating func readStringToken() throws(InputError) -> Key {
        guard try peek() == UInt8(ascii: "\"") else { throw typeError(expected: "a string") }
        position += 1
        return try scanStringBody()
    }

    /// Decodes a scanned string token (escapes and all).
    mutating func unescapeToString(_ token: Key) throws(InputError) -> String {
        scratch.removeAll(keepingCapacity: true)
        if let bad = Self.unescape(bytes, start: token.start, end: token.end, into: &scratch) {
            let saved = position
            position = bad
            defer { position = saved }
            throw syntaxError("invalid escape sequence in a string")
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// A string made from raw input bytes, repairing invalid UTF-8.
    @inline(__always)
    func string(start: Int, end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Decodes an escaped token, replacing invalid escapes instead of failing (for error messages and keys).
    func decodeEscaped(start: Int, end: Int) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(end - start)
        _ = Self.unescape(bytes, start: start, end: end, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Scans from just after an opening quote to just after the closing one.
    /// Returns the contents' range and whether they contain escapes.
    @inline(__always)
    mutating func scanStringBody() throws(InputError) -> Key {
        let start = position
        var escaped = false
        let count = bytes.count
        var index = start
        guard let base = bytes.baseAddress else { throw unexpectedEnd() }
        while true {
            // Eight bytes at a time while there are eight: look for '"' or '\'.
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let found = Self.zeroBytes(word ^ 0x2222_2222_2222_2222) | Self.zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
                if found != 0 {
                    index += found.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else {
                position = count
                throw unexpectedEnd()
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return Key(start: start, end: index, escaped: escaped)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
            } else {
                index += 1
            }
        }
    }

    /// A word whose high bit is set in every byte of `word` that is zero (exact for the lowest such byte).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Appends the unescaped UTF-8 of `bytes[start..<end]` to `output`. Returns the offset of the first invalid
    /// escape (which is replaced by U+FFFD), or nil when all were valid. Lone surrogates become U+FFFD.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into output: inout [UInt8]) -> Int? {
        var firstBad: Int?
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < end else {
                firstBad = firstBad ?? index
                appendScalar(0xFFFD, to: &output)
                break
            }
            let kind = bytes[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(kind)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "u"):
                guard let unit = hex4(bytes, index, end) else {
                    firstBad = firstBad ?? index - 2
                    appendScalar(0xFFFD, to: &output)
                    continue
                }
                index += 4
                if (0xD800..<0xDC00).contains(unit), index + 6 <= end, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hex4(bytes, index + 2, end), (0xDC00..<0xE000).contains(low)
                {
                    index += 6
                    appendScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), to: &output)
                } else if (0xD800..<0xE000).contains(unit) {
                    appendScalar(0xFFFD, to: &output)
                } else {
                    appendScalar(unit, to: &output)
                }
            default:
                firstBad = firstBad ?? index - 2
                appendScalar(0xFFFD, to: &output)
            }
        }
        return firstBad
    }

    /// Four hex digits at `index` (all before `end`), or nil.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> UInt32? {
        guard index + 4 <= end else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends a Unicode scalar value (≤ 0x10FFFF, not a surrogate) as UTF-8.
    private static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
