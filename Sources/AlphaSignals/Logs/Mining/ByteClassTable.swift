/// One load per byte instead of a chain of comparisons on the hot path: each byte's classes as bits.
enum ByteClassTable {
    static let space: UInt8 = 1
    static let delimiter: UInt8 = 2
    static let digit: UInt8 = 4
    /// Hex digit (digits included).
    static let hex: UInt8 = 8
    static let slash: UInt8 = 16
    static let dot: UInt8 = 32
    static let lowercase: UInt8 = 64

    /// The class bits of every byte value, derived from `ByteClass` so both stay in agreement.
    static let bits: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        var bits: UInt8 = 0
        if ByteClass.isSpace(byte) { bits |= space }
        if ByteClass.isDelimiter(byte) { bits |= delimiter }
        if ByteClass.isDigit(byte) { bits |= digit }
        if ByteClass.isHexDigit(byte) { bits |= hex }
        if byte == UInt8(ascii: "/") { bits |= slash }
        if byte == UInt8(ascii: ".") { bits |= dot }
        if byte &- 0x61 < 26 { bits |= lowercase }
        return bits
    }
}
