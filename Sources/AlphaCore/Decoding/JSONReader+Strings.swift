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
        // Unescaping never needs more than twice the input (an invalid two-byte escape becomes three-byte U+FFFD).
        let needed = (token.end - token.start) * 2 + 4
        if scratch.count < needed { scratch = [UInt8](repeating: 0, count: max(needed, 4096)) }
        let bytes = self.bytes
        let (written, bad) = scratch.withUnsafeMutableBufferPointer { output in
            Self.unescape(bytes, start: token.start, end: token.end, into: output)
        }
        if let bad {
            let saved = position
            position = bad
            defer { position = saved }
            throw syntaxError("invalid escape sequence in a string")
        }
        return scratch.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<written]), as: UTF8.self) }
    }

    /// A string made from raw input bytes, repairing invalid UTF-8.
    @inline(__always)
    func string(start: Int, end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Decodes an escaped token, replacing invalid escapes instead of failing (for error messages and keys).
    func decodeEscaped(start: Int, end: Int) -> String {
        var buffer = [UInt8](repeating: 0, count: (end - start) * 2 + 4)
        let written = buffer.withUnsafeMutableBufferPointer { output in
            Self.unescape(bytes, start: start, end: end, into: output).written
        }
        return String(decoding: buffer.prefix(written), as: UTF8.self)
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

    /// Writes the unescaped UTF-8 of `bytes[start..<end]` to `output`, which must hold `2 * (end - start) + 4` bytes.
    /// Returns how many bytes were written and the offset of the first invalid escape (replaced by U+FFFD), if any.
    /// Lone surrogates become U+FFFD. Runs without escapes are copied in bulk.
    static func unescape(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> (written: Int, firstBad: Int?) {
        guard let source = bytes.baseAddress, let target = output.baseAddress, end - start >= 0, output.count >= 2 * (end - start) + 4 else {
            return (0, nil)
        }
        var firstBad: Int?
        var written = 0
        var index = start
        while index < end {
            var runEnd = index
            while runEnd < end, bytes[runEnd] != UInt8(ascii: "\\") { runEnd += 1 }
            if runEnd > index {
                (target + written).update(from: source + index, count: runEnd - index)
                written += runEnd - index
                index = runEnd
                continue
            }
            guard index + 1 < end else {
                firstBad = firstBad ?? index
                written = appendScalar(0xFFFD, to: target, at: written)
                break
            }
            let kind = bytes[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): written = appendByte(kind, to: target, at: written)
            case UInt8(ascii: "n"): written = appendByte(0x0A, to: target, at: written)
            case UInt8(ascii: "t"): written = appendByte(0x09, to: target, at: written)
            case UInt8(ascii: "r"): written = appendByte(0x0D, to: target, at: written)
            case UInt8(ascii: "b"): written = appendByte(0x08, to: target, at: written)
            case UInt8(ascii: "f"): written = appendByte(0x0C, to: target, at: written)
            case UInt8(ascii: "u"):
                guard let unit = hex4(bytes, index, end) else {
                    firstBad = firstBad ?? index - 2
                    written = appendScalar(0xFFFD, to: target, at: written)
                    continue
                }
                index += 4
                if (0xD800..<0xDC00).contains(unit), index + 6 <= end, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hex4(bytes, index + 2, end), (0xDC00..<0xE000).contains(low)
                {
                    index += 6
                    written = appendScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), to: target, at: written)
                } else if (0xD800..<0xE000).contains(unit) {
                    written = appendScalar(0xFFFD, to: target, at: written)
                } else {
                    written = appendScalar(unit, to: target, at: written)
                }
            default:
                firstBad = firstBad ?? index - 2
                written = appendScalar(0xFFFD, to: target, at: written)
            }
        }
        return (written, firstBad)
    }

    @inline(__always)
    private static func appendByte(_ byte: UInt8, to target: UnsafeMutablePointer<UInt8>, at offset: Int) -> Int {
        target[offset] = byte
        return offset + 1
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

    /// Writes a Unicode scalar value (≤ 0x10FFFF, not a surrogate) as UTF-8; returns the new offset.
    private static func appendScalar(_ scalar: UInt32, to target: UnsafeMutablePointer<UInt8>, at offset: Int) -> Int {
        switch scalar {
        case 0..<0x80:
            target[offset] = UInt8(scalar)
            return offset + 1
        case 0x80..<0x800:
            target[offset] = UInt8(0xC0 | scalar >> 6)
            target[offset + 1] = UInt8(0x80 | scalar & 0x3F)
            return offset + 2
        case 0x800..<0x10000:
            target[offset] = UInt8(0xE0 | scalar >> 12)
            target[offset + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[offset + 2] = UInt8(0x80 | scalar & 0x3F)
            return offset + 3
        default:
            target[offset] = UInt8(0xF0 | scalar >> 18 & 0x07)
            target[offset + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            target[offset + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[offset + 3] = UInt8(0x80 | scalar & 0x3F)
            return offset + 4
        }
    }
}
