/// Decides whether one part of a token (the bytes between two delimiters) is a variable, byte by byte.
///
/// Token classes that are variables: anything with a digit (numbers, ids, IPs, hex with digits, versions, times),
/// paths (a `/` in a part longer than one byte), host and file names (a dot inside, a last label of 2-3 lowercase
/// letters: `zummit.com`, `app.log`), all-hex words of 8+ letters (`ffffffff`, `deadbeef`), and a whole quoted value
/// (`"RILJ_ACK_WL"`). The hot path and the cold path share this so they always agree.
struct VariablePart {
    private var length = 0
    /// OR and AND of the class bits (`ByteClassTable`) of the bytes so far.
    private var anyBits: UInt8 = 0
    private var allBits: UInt8 = 0xFF
    /// A dot was seen after the first byte and no non-dot byte since.
    private var dotPending = false
    private var internalDot = false
    /// Lowercase letters since the last dot (-1 once anything else appears), for the host-name class.
    private var lowercaseSinceDot = 0
    /// The quote that opened this part, or 0.
    private let openingQuote: UInt8

    /// A part that starts after `opener` (the delimiter before it, 0 at the start of a token).
    @inline(__always)
    init(after opener: UInt8) {
        openingQuote = (opener == UInt8(ascii: "\"") || opener == UInt8(ascii: "'")) ? opener : 0
    }

    /// Feeds the next byte of the part, given its class bits.
    @inline(__always)
    mutating func feed(bits: UInt8) {
        anyBits |= bits
        allBits &= bits
        if bits & ByteClassTable.dot != 0 {
            if length > 0 { dotPending = true }
            lowercaseSinceDot = 0
        } else {
            if dotPending {
                internalDot = true
                dotPending = false
            }
            if lowercaseSinceDot >= 0 { lowercaseSinceDot = bits & ByteClassTable.lowercase != 0 ? lowercaseSinceDot + 1 : -1 }
        }
        length += 1
    }

    /// Feeds the next byte of the part.
    @inline(__always)
    mutating func feed(_ byte: UInt8) {
        feed(bits: ByteClassTable.bits[Int(byte)])
    }

    /// Whether the part, ended by `closer` (a delimiter, or 0 at the end of the token), is a variable.
    @inline(__always)
    func isVariable(closedBy closer: UInt8) -> Bool {
        if anyBits & ByteClassTable.digit != 0 { return true }
        if internalDot && (lowercaseSinceDot == 2 || lowercaseSinceDot == 3) { return true }
        if anyBits & ByteClassTable.slash != 0 && length > 1 { return true }
        if allBits & ByteClassTable.hex != 0 && length >= 8 { return true }
        return openingQuote != 0 && closer == openingQuote && length > 0
    }
}
