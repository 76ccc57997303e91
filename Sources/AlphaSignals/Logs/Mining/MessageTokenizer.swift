/// Splits a log message into whitespace tokens and masks the variable parts of each token.
///
/// A token is cut into parts at punctuation (`=`, `:`, `,`, brackets, quotes, see `ByteClass.isDelimiter`); a part
/// that contains a digit is a variable (numbers, hex ids, IPs, durations, block ids, versioned paths) and is written
/// `<*>`. If what is left of a token between its brackets/quotes has no letter (`10.1.2.3:8080`, `1,2`), the whole
/// core collapses to one `<*>`.
///
/// Two entry points: `signature` (the hot path: one pass, no allocation, a hash of the masked tokens) and `tokens`
/// (the cold path, taken once per new signature: masked token texts and their ids).
enum MessageTokenizer {
    /// The result of the hot path.
    struct Signature {
        /// Hash of the masked token sequence and its length.
        var hash: UInt64
        /// Number of tokens (capped at the configured maximum).
        var tokenCount: Int
    }

    /// Hashes the masked token sequence of `bytes[start...]` without allocating.
    ///
    /// At most `maxTokens` tokens are read; if the message has more, the last one stands for the rest (`<*>`).
    /// Bytes of a part are gathered eight at a time into one word before mixing, which keeps the hash's dependency
    /// chain short; this hash only has to tell masked shapes apart, it is not the token id of the cold path.
    @inline(__always)
    static func signature(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, maxTokens: Int) -> Signature {
        ByteClassTable.bits.withUnsafeBufferPointer { table in
            signature(bytes, from: start, maxTokens: maxTokens, table: table)
        }
    }

    @inline(__always)
    static func signature(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, maxTokens: Int, table: UnsafeBufferPointer<UInt8>
    ) -> Signature {
        let n = bytes.count
        let separator = ByteClassTable.space | ByteClassTable.delimiter
        var i = start
        var line = TokenHash.seed
        var count = 0
        while i < n {
            while i < n, table[Int(bytes[i])] & ByteClassTable.space != 0 { i += 1 }
            if i >= n { break }
            if count == maxTokens - 1, hasTokenAfterCurrent(bytes, from: i) {
                // Too many tokens: the rest reads as one variable, as `tokens` does.
                line = TokenHash.combine(line, TokenHash.variableToken)
                count += 1
                return Signature(hash: TokenHash.combine(line, UInt64(count)), tokenCount: count)
            }
            let tokenStart = i
            var token = TokenHash.seed
            var part = VariablePart(after: 0)
            var partHash = token
            var word: UInt64 = 0
            var wordLength: UInt64 = 0
            var closer: UInt8 = 0
            while true {
                let byte: UInt8 = i < n ? bytes[i] : 0x20
                let bits = table[Int(byte)]
                if bits & separator != 0 {
                    // End of a part: its bytes, or one variable marker.
                    if part.isVariable(closedBy: bits & ByteClassTable.delimiter != 0 ? byte : 0) {
                        token = TokenHash.combine(token, TokenHash.variablePart)
                    } else {
                        token = TokenHash.combine(partHash ^ (wordLength << 56), word)
                    }
                    if bits & ByteClassTable.space != 0 { break }
                    closer = byte
                    token = TokenHash.fold(token, byte)
                    part = VariablePart(after: closer)
                    partHash = token
                    word = 0
                    wordLength = 0
                } else {
                    part.feed(bits: bits)
                    word = (word << 8) | UInt64(byte)
                    wordLength += 1
                    if wordLength & 7 == 0 {
                        partHash = TokenHash.combine(partHash, word)
                        word = 0
                    }
                }
                i += 1
            }
            if i - tokenStart > maxTokenBytes { token = TokenHash.combine(TokenHash.seed, TokenHash.variablePart) }
            line = TokenHash.combine(line, token)
            count += 1
        }
        return Signature(hash: TokenHash.combine(line, UInt64(count)), tokenCount: count)
    }

    /// A token longer than this (a base64 blob, a 1 MB line without spaces) is one variable, so no template ever
    /// holds a huge literal.
    static let maxTokenBytes = 256

    /// True if another token starts after the one beginning at `start`.
    static func hasTokenAfterCurrent(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        let n = bytes.count
        while i < n, !ByteClass.isSpace(bytes[i]) { i += 1 }
        while i < n, ByteClass.isSpace(bytes[i]) { i += 1 }
        return i < n
    }

    /// The masked tokens of `bytes[start...]`: texts (as bytes) in order, with the same token cap as `signature`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, maxTokens: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        let n = bytes.count
        var i = start
        while i < n {
            while i < n, ByteClass.isSpace(bytes[i]) { i += 1 }
            if i >= n { break }
            if result.count == maxTokens - 1, hasTokenAfterCurrent(bytes, from: i) {
                result.append(Array("<*>".utf8))
                return result
            }
            let tokenStart = i
            while i < n, !ByteClass.isSpace(bytes[i]) { i += 1 }
            guard i - tokenStart <= maxTokenBytes else {
                result.append(TokenClasses.variable)
                continue
            }
            let text = masked(UnsafeBufferPointer(rebasing: bytes[tokenStart..<i]))
            result.append(TokenClasses.refine(text, after: result.last))
        }
        return result
    }

    /// The masked text of one token.
    static func masked(_ token: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(token.count)
        var partStart = 0
        var part = VariablePart(after: 0)
        var i = 0
        func closePart(_ end: Int, _ closer: UInt8) {
            if part.isVariable(closedBy: closer) {
                out.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: ">")])
            } else if partStart < end {
                out.append(contentsOf: token[partStart..<end])
            }
        }
        while i < token.count {
            let byte = token[i]
            if ByteClass.isDelimiter(byte) {
                closePart(i, byte)
                out.append(byte)
                partStart = i + 1
                part = VariablePart(after: byte)
            } else {
                part.feed(byte)
            }
            i += 1
        }
        closePart(token.count, 0)
        return collapsingLetterlessCore(out)
    }

    /// `[<*>,<*>]` → `[<*>]`, `<*>:<*>` → `<*>`: a core of only variables and punctuation is one variable.
    static func collapsingLetterlessCore(_ masked: [UInt8]) -> [UInt8] {
        var lead = 0
        while lead < masked.count, isOpener(masked[lead]) { lead += 1 }
        var trail = masked.count
        while trail > lead, isCloser(masked[trail - 1]) { trail -= 1 }
        guard lead < trail else { return masked }
        var sawVariable = false
        var k = lead
        while k < trail {
            let byte = masked[k]
            if ByteClass.isLetter(byte) || ByteClass.isDigit(byte) || byte >= 0x80 { return masked }
            if byte == UInt8(ascii: "*"), k > lead, masked[k - 1] == UInt8(ascii: "<") { sawVariable = true }
            k += 1
        }
        guard sawVariable, trail - lead > 3 else { return masked }
        var out = Array(masked[0..<lead])
        out.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: ">")])
        out.append(contentsOf: masked[trail...])
        return out
    }

    private static func isOpener(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }
}
