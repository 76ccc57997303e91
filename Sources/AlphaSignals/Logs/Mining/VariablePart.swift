/// Decides whether one part of a token (the bytes between two delimiters) is a variable, byte by byte.
///
/// Token classes that are variables: anything with a digit (numbers, ids, IPs, hex with digits, versions, times),
/// paths (a `/` in a part longer than one byte), dotted names (`host.example.org`: a dot inside, a 2-3 letter last label), all-hex words of 8+ letters (`ffffffff`, `deadbeef`), and a whole quoted value
/// (`"RILJ_ACK_WL"`). The hot path and the cold path share this so they always agree.
struct VariablePart {
    private var length = 0
    private var hasDigit = false
    private var hasSlash = false
    private var internalDot = false
    private var previousWasDot = false
    private var nonHex = false
    /// Lowercase letters since the last dot (-1 once anything else appears), for the host-name class.
    private var lowercaseSinceDot = 0
    /// The quote that opened this part, or 0.
    private let openingQuote: UInt8

    /// A part that starts after `opener` (the delimiter before it, 0 at the start of a token).
    @inline(__always)
    init(after opener: UInt8) {
        openingQuote = (opener == UInt8(ascii: "\"") || opener == UInt8(ascii: "'")) ? opener : 0
    }

    /// Feeds the next byte of the part.
    @inline(__always)
    mutating func feed(_ byte: UInt8) {
        let isDot = byte == UInt8(ascii: ".")
        if ByteClass.isDigit(byte) {
            hasDigit = true
        } else if !ByteClass.isHexDigit(byte) {
            nonHex = true
            if byte == UInt8(ascii: "/") { hasSlash = true }
        }
        if previousWasDot && !isDot && length > 1 { internalDot = true }
        previousWasDot = isDot
        if isDot {
            lowercaseSinceDot = 0
        } else if lowercaseSinceDot >= 0 {
            lowercaseSinceDot = byte &- 0x61 < 26 ? lowercaseSinceDot + 1 : -1
        }
        length += 1
    }

    /// `zummit.com`, `csnsu.nsuok.edu`, `app.log`: dotted, ending in a 2-3 lowercase-letter label (a top-level domain
    /// or file extension). Dotted names with longer last labels (`android.intent.action.SCREEN_ON`) stay literal.
    private var lastLabelLooksLikeTLD: Bool { lowercaseSinceDot == 2 || lowercaseSinceDot == 3 }

    /// Whether the part, ended by `closer` (a delimiter, or 0 at the end of the token), is a variable.
    @inline(__always)
    func isVariable(closedBy closer: UInt8) -> Bool {
        if hasDigit || (internalDot && lastLabelLooksLikeTLD) { return true }
        if hasSlash && length > 1 { return true }
        if !nonHex && length >= 8 { return true }
        return openingQuote != 0 && closer == openingQuote && length > 0
    }
}
