/// A single-pass cursor over the bytes of a JSON document.
///
/// It never builds a document tree on its own: callers walk objects and arrays with `beginObject`/`nextMember`
/// and `beginArray`/`nextElement` and read the scalars they need straight into typed storage. It keeps a path
/// stack (`metrics.latency.points[17][1]`) only to name the place in error messages. Every read is bounds-checked,
/// so malformed input ends in an `InputError`, never a trap.
struct JSONReader {
    /// The whole input.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var position: Int = 0
    /// How many objects and arrays enclose the cursor.
    var depth: Int = 0
    /// Where the cursor is, for error messages.
    var path: [JSONPathComponent] = []
    /// Reused buffer for strings with escapes (avoids one allocation per escaped string).
    var scratch: [UInt8] = []
    /// The nesting limit (objects and arrays).
    let maximumDepth: Int

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// True when the cursor has consumed everything.
    var isAtEnd: Bool { position >= bytes.count }

    /// Moves past spaces, tabs, newlines and carriage returns.
    @inline(__always)
    mutating func skipWhitespace() {
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// The next significant byte, without consuming it; throws at the end of the input.
    @inline(__always)
    mutating func peek() throws(InputError) -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw unexpectedEnd() }
        return bytes[position]
    }

    /// The byte at `index`, or nil past the end.
    @inline(__always)
    func byte(at index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    /// Consumes `null` if it is next; leaves the cursor alone otherwise.
    mutating func consumeNull() throws(InputError) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try readLiteral("null")
        return true
    }

    /// Consumes the literal `word` (`true`, `false`, `null`) or throws a syntax error.
    mutating func readLiteral(_ word: StaticString) throws(InputError) {
        let length = word.utf8CodeUnitCount
        for offset in 0..<length {
            guard let actual = byte(at: position + offset) else { throw unexpectedEnd() }
            guard actual == word.utf8Start[offset] else { throw syntaxError("invalid literal, expected \(word)") }
        }
        position += length
        try expectDelimiter()
    }

    /// After a scalar, the next significant byte must end it (`,` `]` `}` whitespace or the end of input).
    @inline(__always)
    func expectDelimiter() throws(InputError) {
        guard let next = byte(at: position) else { return }
        switch next {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return
        default: throw syntaxError("unexpected \(Self.describeByte(next)) after a value")
        }
    }

    /// Reads `true` or `false`.
    mutating func readBool() throws(InputError) -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return false
        default: throw typeError(expected: "true or false")
        }
    }
}
