/// Finds where the message of a raw log line starts, past its header (timestamp, level, pid, component).
///
/// Generic rules, no per-format configuration, tried in order:
/// 1. Pipe-separated headers (`20171223-22:15:29:606|Step_LSC|30002312|message`): a first field that starts with a
///    digit, up to three space-free fields ending in `|`.
/// 2. A level word among the first twelve tokens (`INFO`, `WARN`, `ERROR`, ..., or a one-letter Android/logcat level
///    `V D I W E F` right after a number): the message starts after it, after an optional `[context]` group and
///    an optional `component:` token (or a dotted `a.b.c` component followed by a `[context]` group).
/// 3. Syslog style: a `program[pid]:` token ending in `:` among tokens 2 to 6 of a line that starts with a
///    month name or a digit.
/// 4. Otherwise leading timestamp-like tokens (digits and `-:.,/+TZ` only) are skipped.
public enum HeaderSplitter {
    /// How many leading tokens may belong to the header.
    static let maxHeaderTokens = 12

    /// Byte offset where the message starts (equal to `bytes.count` for an empty message).
    public static func messageStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let start = pipeHeaderEnd(bytes) { return start }
        // Token bounds of the first `maxHeaderTokens` tokens, on the stack (this runs for every line).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * maxHeaderTokens) { bounds in
            var count = 0
            var i = 0
            let n = bytes.count
            var previousIsNumber = false
            while i < n, count < maxHeaderTokens {
                while i < n, ByteClass.isSpace(bytes[i]) { i += 1 }
                if i >= n { break }
                let start = i
                while i < n, !ByteClass.isSpace(bytes[i]) { i += 1 }
                // The level rule wins, so check it as tokens come and stop early (most lines have a level).
                if isLevel(bytes, start, i, previousIsNumber: previousIsNumber) { return afterLevel(bytes, levelEnd: i) }
                previousIsNumber = isNumber(bytes, start, i)
                bounds[2 * count] = start
                bounds[2 * count + 1] = i
                count += 1
            }
            return messageStart(in: bytes, tokens: TokenBounds(storage: UnsafeBufferPointer(bounds), count: count))
        }
    }

    /// The rules after the level rule, given the first header tokens.
    static func messageStart(in bytes: UnsafeBufferPointer<UInt8>, tokens: TokenBounds) -> Int {
        let starts = tokens.starts
        let ends = tokens.ends
        if tokens.count == 0 { return bytes.count }
        if let start = syslogProgramEnd(bytes, starts: starts, ends: ends) { return start }
        if let start = numericRecordHeaderEnd(bytes, starts: starts, ends: ends) { return start }
        var k = 0
        while k < tokens.count - 1, isTimestampLike(bytes, starts[k], ends[k]) { k += 1 }
        return starts[k]
    }

    /// The message start after a level token ending at `levelEnd`: past an optional `[context]` group, then past a
    /// `component:` token, or past a dotted component and the `[context]` group after it.
    static func afterLevel(_ bytes: UnsafeBufferPointer<UInt8>, levelEnd: Int) -> Int {
        var position = skipSpaces(bytes, from: levelEnd)
        let n = bytes.count
        if position < n, bytes[position] == UInt8(ascii: "[") {
            position = skipSpaces(bytes, from: closingBracket(bytes, from: position))
        }
        guard position < n else { return n }
        let start = position
        var end = start
        while end < n, !ByteClass.isSpace(bytes[end]) { end += 1 }
        if end - start > 1, bytes[end - 1] == UInt8(ascii: ":") { return skipSpaces(bytes, from: end) }
        let next = skipSpaces(bytes, from: end)
        if next < n, bytes[next] == UInt8(ascii: "["), isDottedName(bytes, start, end) {
            return skipSpaces(bytes, from: closingBracket(bytes, from: next))
        }
        return position
    }

    /// Position just past the `]` matching the `[` at `start` (or past the token if unbalanced within 512 bytes).
    static func closingBracket(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var depth = 0
        var i = start
        let limit = min(bytes.count, start + 512)
        while i < limit {
            if bytes[i] == UInt8(ascii: "[") {
                depth += 1
            } else if bytes[i] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return i + 1 }
            }
            i += 1
        }
        i = start
        while i < bytes.count, !ByteClass.isSpace(bytes[i]) { i += 1 }
        return i
    }

    static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count, ByteClass.isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// `digits|field|field|message`.
    static func pipeHeaderEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, ByteClass.isDigit(first) else { return nil }
        var pipes = 0
        var lastPipe = -1
        var i = 0
        let limit = min(bytes.count, 160)
        while i < limit, pipes < 3 {
            let byte = bytes[i]
            if ByteClass.isSpace(byte) { break }
            if byte == UInt8(ascii: "|") {
                pipes += 1
                lastPipe = i
            }
            i += 1
        }
        guard pipes >= 2 else { return nil }
        return skipSpaces(bytes, from: lastPipe + 1)
    }

    /// `Jun 14 15:16:01 combo sshd(pam_unix)[19939]: message`.
    static func syslogProgramEnd(_ bytes: UnsafeBufferPointer<UInt8>, starts: TokenBounds.Starts, ends: TokenBounds.Ends) -> Int? {
        guard let first = starts.first, first < bytes.count,
            ByteClass.isDigit(bytes[first]) || isMonthName(bytes, first, ends[0])
        else { return nil }
        for k in 1..<min(starts.count, 6) {
            let start = starts[k]
            let end = ends[k]
            guard end - start > 1, bytes[end - 1] == UInt8(ascii: ":") else { continue }
            if isClockTime(bytes, start, end) { continue }
            return skipSpaces(bytes, from: end)
        }
        return nil
    }

    /// Records of numeric and name fields (`134681 node-246 unix.hw state_change.unavailable 1084680778 1 message`):
    /// a line that starts with a number and has another number field among tokens 3 to 6 (not the last token)
    /// ends its header after the last such number.
    static func numericRecordHeaderEnd(_ bytes: UnsafeBufferPointer<UInt8>, starts: TokenBounds.Starts, ends: TokenBounds.Ends) -> Int? {
        guard starts.count >= 4, isNumber(bytes, starts[0], ends[0]) else { return nil }
        var last: Int?
        for k in 2..<min(starts.count - 1, 6) where isNumber(bytes, starts[k], ends[k]) || isSignedNumber(bytes, starts[k], ends[k]) {
            last = k
        }
        guard let last, last >= 3 else { return nil }
        return starts[last + 1]
    }

    /// `HH:MM:SS:`-like: digits and colons only.
    static func isClockTime(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for i in start..<end where !ByteClass.isDigit(bytes[i]) && bytes[i] != UInt8(ascii: ":") { return false }
        return true
    }

    static func isMonthName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == 3 else { return false }
        let word = (UInt32(bytes[start] | 0x20) << 16) | (UInt32(bytes[start + 1] | 0x20) << 8) | UInt32(bytes[start + 2] | 0x20)
        return monthWords.contains(word)
    }

    static let monthWords: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { name in
        name.utf8.reduce(UInt32(0)) { ($0 << 8) | UInt32($1) }
    }

    /// Digits and `-:.,/+TZ` only, with at least one digit.
    static func isTimestampLike(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var sawDigit = false
        for i in start..<end {
            let byte = bytes[i]
            if ByteClass.isDigit(byte) {
                sawDigit = true
                continue
            }
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"),
                UInt8(ascii: "+"), UInt8(ascii: "T"), UInt8(ascii: "Z"):
                continue
            default:
                return false
            }
        }
        return sawDigit
    }

    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        for i in start..<end where !ByteClass.isDigit(bytes[i]) { return false }
        return true
    }

    static func isSignedNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start >= 2 && bytes[start] == UInt8(ascii: "-") && isNumber(bytes, start + 1, end)
    }

    /// `a.b.c` with letters, no `:`.
    static func isDottedName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var dots = 0
        for i in start..<end {
            let byte = bytes[i]
            if byte == UInt8(ascii: ".") {
                dots += 1
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[") {
                return false
            }
        }
        return dots > 0
    }

    /// Level words, upper case, optionally in brackets; one-letter logcat levels only after a number.
    static func isLevel(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, previousIsNumber: Bool) -> Bool {
        var s = start
        var e = end
        if e - s >= 3, bytes[s] == UInt8(ascii: "["), bytes[e - 1] == UInt8(ascii: "]") {
            s += 1
            e -= 1
        }
        let length = e - s
        if length == 1 {
            guard previousIsNumber else { return false }
            switch bytes[s] {
            case UInt8(ascii: "V"), UInt8(ascii: "D"), UInt8(ascii: "I"), UInt8(ascii: "W"), UInt8(ascii: "E"), UInt8(ascii: "F"):
                return true
            default:
                return false
            }
        }
        guard length >= 4, length <= 8, bytes[s] &- 0x41 < 26 else { return false }
        var word: UInt64 = 0
        for i in s..<e { word = (word << 8) | UInt64(bytes[i]) }
        return levelWords.contains(word)
    }

    static let levelWords: [UInt64] =
        (["INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "SEVERE", "CRITICAL", "NOTICE", "ALERT", "EMERG"].map { name in
            name.utf8.reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
        })
}
