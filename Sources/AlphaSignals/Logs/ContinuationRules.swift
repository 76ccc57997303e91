/// Which stack-trace dialect a record's continuation lines are in, once recognised.
enum TraceDialect: UInt8 {
    case none, python, java, go, node
}

/// Decides whether a raw line continues the previous record (stack frames, `Caused by:`, indented text) rather
/// than starting a new one. Lines with a leading timestamp and JSON lines always start a record.
enum ContinuationRules {
    /// - Parameters:
    ///   - dialect: the trace dialect seen so far in the open record; updated when this line reveals one.
    ///   - previousHasTimestamp: whether the open record has a timestamp (timestamp-less logs do not merge
    ///     exception-looking lines wholesale).
    static func isContinuation(_ b: UnsafeBufferPointer<UInt8>, dialect: inout TraceDialect, previousHasTimestamp: Bool) -> Bool {
        let n = b.count
        guard n > 0 else { return true }
        let first = b[0]
        if first == UInt8(ascii: "{") { return false }
        if LogBytes.isSpace(first) {
            var i = 0
            while i < n, LogBytes.isSpace(b[i]) { i += 1 }
            if i == n { return true }
            if LogTimestampParser.parse(b, from: i) != nil { return false }
            noteDialect(b, i, &dialect)
            return true
        }
        if LogBytes.matches(b, at: 0, "Traceback (most recent call last)") {
            dialect = .python
            return true
        }
        if LogBytes.matches(b, at: 0, "Caused by: ") || LogBytes.matches(b, at: 0, "... ") {
            dialect = .java
            return true
        }
        if LogBytes.matches(b, at: 0, "goroutine "), LogBytes.find(UInt8(ascii: "["), in: b, from: 10, to: min(n, 40)) != nil {
            dialect = .go
            return true
        }
        if LogBytes.matches(b, at: 0, "During handling of the above exception") || LogBytes.matches(b, at: 0, "The above exception was") {
            return true
        }
        // Inside a trace only a timestamped line (or a level word, for Go/JVM) starts a new record. Outside one, an
        // exception header right after a timestamped record continues it. The timestamp is only parsed when a trace
        // is open, so ordinary head lines are not parsed twice.
        switch dialect {
        case .python:
            if LogTimestampParser.parse(b, from: 0) != nil { return false }
            dialect = .none  // the exception line closes the traceback
            return true
        case .go, .java:
            if LogTimestampParser.parse(b, from: 0) != nil { return false }
            return !LineHeadParser.startsWithLevelWord(b)
        case .node, .none:
            return previousHasTimestamp && LineHeadParser.isExceptionHeader(b, 0, n)
        }
    }

    private static func noteDialect(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ dialect: inout TraceDialect) {
        if LogBytes.matches(b, at: i, "File \"") {
            dialect = .python
        } else if LogBytes.matches(b, at: i, "at ") {
            if dialect == .none { dialect = b[0] == 9 ? .java : .node }
        } else if dialect == .none, b[0] == 9, i < b.count, b[i] == UInt8(ascii: "/") {
            dialect = .go
        }
    }
}

extension LineHeadParser {
    /// Whether the line's first token is a level word (such a line starts a new record even inside a trace).
    static func startsWithLevelWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = 0
        while e < b.count, e < 12, !LogBytes.isSpace(b[e]) { e += 1 }
        return LevelWords.level(b, 0, e) != nil
    }
}
