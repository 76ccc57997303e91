/// Timestamps in the contract: RFC 3339 strings or Unix epoch numbers.
extension JSONReader {
    /// Epoch numbers above this are milliseconds (10^11 seconds is the year 5138; 10^11 ms is 1973).
    static let millisecondThreshold = 1e11

    /// Reads a timestamp (string or number) as epoch seconds; nil for null.
    mutating func readTimestamp() throws(InputError) -> Double? {
        switch try peek() {
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return Self.epochSeconds(try readNumber())
        case UInt8(ascii: "\""):
            let start = position
            let token = try readStringToken()
            if let seconds = timestamp(in: token) { return seconds }
            position = start
            throw typeError(expected: "an RFC 3339 timestamp or epoch seconds")
        default:
            throw typeError(expected: "an RFC 3339 timestamp or epoch seconds")
        }
    }

    /// Parses a string token as RFC 3339 or as a numeric epoch (`"1714557600.5"`).
    func timestamp(in token: Key) -> Double? {
        if token.escaped {
            let text = decodeEscaped(start: token.start, end: token.end)
            if let seconds = Timestamp.parse(text) { return seconds }
            return Double(text).map(Self.epochSeconds)
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        if let (seconds, length) = Timestamp.parsePrefix(slice), length == slice.count { return seconds }
        if let (value, end) = Self.parseNumber(bytes, start: token.start, end: token.end, allowPlus: false), end == token.end {
            return Self.epochSeconds(value)
        }
        return nil
    }

    /// Seconds from an epoch number that may be in milliseconds.
    @inline(__always)
    static func epochSeconds(_ value: Double) -> Double {
        abs(value) > millisecondThreshold ? value / 1000 : value
    }
}
