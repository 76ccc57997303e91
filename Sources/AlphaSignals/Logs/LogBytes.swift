/// Byte-level helpers for the log hot path: classification and literal matching on UTF-8 bytes, no `String`.
enum LogBytes {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 97 < 6 }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }

    /// True when `literal` occurs at `at` (exact bytes).
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at >= 0, at + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[at + k] != p[k] { return false }
        return true
    }

    /// True when `literal` (lowercase) occurs at `at`, ignoring ASCII case in `bytes`.
    @inline(__always)
    static func matchesIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at >= 0, at + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where lower(bytes[at + k]) != p[k] { return false }
        return true
    }

    /// True when the bytes in `start..<end` are exactly `literal`, ignoring ASCII case.
    @inline(__always)
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ literal: StaticString) -> Bool {
        end - start == literal.utf8CodeUnitCount && matchesIgnoringCase(bytes, at: start, literal)
    }

    /// Index of the first occurrence of `byte` in `start..<end`, or nil.
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        while i < end {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` (lowercase ASCII) occurs in `start..<end` ignoring case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0, end - start >= count else { return count == 0 }
        let first = needle.utf8Start[0]
        var i = start
        let last = end - count
        while i <= last {
            if lower(bytes[i]) == first, matchesIgnoringCase(bytes, at: i, needle) { return true }
            i += 1
        }
        return false
    }

    /// Runs `body` over the UTF-8 bytes of `text` without copying when the string is native.
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Builds a `String` from a byte range (repairing invalid UTF-8).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= bytes.count else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Parses unsigned decimal digits in `start..<start+count` (at most 18, so the value cannot overflow).
    @inline(__always)
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, count > 0, count <= 18, start + count <= bytes.count else { return nil }
        var value = 0
        for k in start..<(start + count) {
            let b = bytes[k]
            guard isDigit(b) else { return nil }
            value = value * 10 + Int(b &- 48)
        }
        return value
    }
}
