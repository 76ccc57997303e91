extension String {
    /// Substring test on UTF-8 bytes: the detectors run hundreds of needles per line, and the generic
    /// `contains(_:)` from the string-processing module is far slower (especially in debug builds).
    func has(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// True when `needle` occurs not glued to a preceding letter or digit (`index=true` in `,index=true`, not in `firstvalueindex=true`).
    func hasWord(_ needle: String) -> Bool {
        let bytes = Array(utf8)
        var start = 0
        while start < bytes.count, let offset = String(decoding: bytes[start...], as: UTF8.self).utf8Offset(of: needle) {
            let position = start + offset
            if position == 0 { return true }
            let previous = bytes[position - 1]
            let isAlphanumeric =
                (previous >= UInt8(ascii: "a") && previous <= UInt8(ascii: "z")) || (previous >= UInt8(ascii: "A") && previous <= UInt8(ascii: "Z"))
                || (previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9"))
            if !isAlphanumeric { return true }
            start = position + 1
        }
        return false
    }

    /// Non-overlapping occurrences of `needle`.
    func utf8Count(of needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var rest = Substring(self)
        while let offset = String(rest).utf8Offset(of: needle) {
            count += 1
            rest = Substring(String(decoding: rest.utf8.dropFirst(offset + needle.utf8.count), as: UTF8.self))
        }
        return count
    }

    /// Byte offset of the first occurrence of `needle`, or nil.
    func utf8Offset(of needle: String) -> Int? {
        if needle.isEmpty { return 0 }
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { pattern in Self.search(haystack, pattern) }
        }
        if let found, let result = found { return result }
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        return haystack.withUnsafeBufferPointer { h in pattern.withUnsafeBufferPointer { n in Self.search(h, n) } }
    }

    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = needle.count
        guard count > 0 else { return 0 }
        guard haystack.count >= count else { return nil }
        let first = needle[0]
        var index = 0
        let last = haystack.count - count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == count { return index }
            }
            index += 1
        }
        return nil
    }
}
