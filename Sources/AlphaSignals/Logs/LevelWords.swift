/// Recognises level words (`ERROR`, `err`, `E`, `WARNING`, `[error]`, `<W>`, ...) and pino/bunyan numeric levels.
enum LevelWords {
    /// The level named by the token `start..<end`, after stripping brackets and a trailing `:`.
    /// One-letter forms (`E`, `W`, ...) count only in upper case; words ignore case.
    static func level(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> LogLevel? {
        var s = start
        var e = end
        while s < e, isWrapper(b[s]) { s += 1 }
        while e > s, isWrapper(b[e - 1]) || b[e - 1] == UInt8(ascii: ":") { e -= 1 }
        let length = e - s
        guard length >= 1, length <= 11 else { return nil }
        if length == 1 {
            switch b[s] {
            case UInt8(ascii: "T"): return .trace
            case UInt8(ascii: "D"): return .debug
            case UInt8(ascii: "I"): return .info
            case UInt8(ascii: "W"): return .warn
            case UInt8(ascii: "E"): return .error
            case UInt8(ascii: "F"), UInt8(ascii: "C"): return .fatal
            default: return nil
            }
        }
        switch LogBytes.lower(b[s]) {
        case UInt8(ascii: "t"):
            if LogBytes.equalsIgnoringCase(b, s, e, "trace") || LogBytes.equalsIgnoringCase(b, s, e, "trc") { return .trace }
        case UInt8(ascii: "d"):
            if LogBytes.equalsIgnoringCase(b, s, e, "debug") || LogBytes.equalsIgnoringCase(b, s, e, "dbg") { return .debug }
        case UInt8(ascii: "f"):
            if LogBytes.equalsIgnoringCase(b, s, e, "fatal") || LogBytes.equalsIgnoringCase(b, s, e, "ftl") { return .fatal }
            if LogBytes.equalsIgnoringCase(b, s, e, "fine") || LogBytes.equalsIgnoringCase(b, s, e, "finer") { return .debug }
        case UInt8(ascii: "i"):
            if LogBytes.equalsIgnoringCase(b, s, e, "info") || LogBytes.equalsIgnoringCase(b, s, e, "inf")
                || LogBytes.equalsIgnoringCase(b, s, e, "information")
            {
                return .info
            }
        case UInt8(ascii: "n"):
            if LogBytes.equalsIgnoringCase(b, s, e, "notice") { return .info }
        case UInt8(ascii: "l"):
            if LogBytes.equalsIgnoringCase(b, s, e, "log") { return .info }  // PostgreSQL's LOG
        case UInt8(ascii: "w"):
            if LogBytes.equalsIgnoringCase(b, s, e, "warn") || LogBytes.equalsIgnoringCase(b, s, e, "warning")
                || LogBytes.equalsIgnoringCase(b, s, e, "wrn")
            {
                return .warn
            }
        case UInt8(ascii: "e"):
            if LogBytes.equalsIgnoringCase(b, s, e, "error") || LogBytes.equalsIgnoringCase(b, s, e, "err")
                || LogBytes.equalsIgnoringCase(b, s, e, "eror")
            {
                return .error
            }
            if LogBytes.equalsIgnoringCase(b, s, e, "emerg") || LogBytes.equalsIgnoringCase(b, s, e, "emergency") { return .fatal }
        case UInt8(ascii: "c"):
            if LogBytes.equalsIgnoringCase(b, s, e, "critical") || LogBytes.equalsIgnoringCase(b, s, e, "crit") { return .fatal }
        case UInt8(ascii: "s"):
            if LogBytes.equalsIgnoringCase(b, s, e, "severe") { return .error }
        case UInt8(ascii: "p"):
            if LogBytes.equalsIgnoringCase(b, s, e, "panic") { return .fatal }
        case UInt8(ascii: "a"):
            if LogBytes.equalsIgnoringCase(b, s, e, "alert") { return .fatal }
        default:
            break
        }
        return nil
    }

    /// pino/bunyan numeric levels: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
    static func numeric(_ value: Int) -> LogLevel? {
        switch value {
        case 60...: .fatal
        case 50..<60: .error
        case 40..<50: .warn
        case 30..<40: .info
        case 20..<30: .debug
        case 10..<20: .trace
        default: nil
        }
    }

    /// A level from a raw string value (`"ERROR"`, `"err"`, `"50"`).
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> LogLevel? {
        if let level = level(b, start, end) { return level }
        guard end - start <= 2, end > start, let value = LogBytes.digits(b, start, end - start) else { return nil }
        return numeric(value)
    }

    @inline(__always)
    private static func isWrapper(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "(")
            || c == UInt8(ascii: ")")
    }
}
