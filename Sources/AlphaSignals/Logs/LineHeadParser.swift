/// Parses the first line of a raw log line into a `LogLineHead`: plain text with a leading timestamp and level word,
/// syslog, klog, access logs, JSON lines and logfmt.
enum LineHeadParser {
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> LogLineHead {
        let n = b.count
        var firstLineEnd = LogBytes.find(10, in: b, from: 0, to: n) ?? n
        var end = firstLineEnd
        while end > 0, LogBytes.isSpace(b[end - 1]) { end -= 1 }
        var i = 0
        while i < end, LogBytes.isSpace(b[i]) { i += 1 }
        if firstLineEnd > n { firstLineEnd = n }

        if i < end, b[i] == UInt8(ascii: "{"), let fields = LogJSONScanner.scan(b, from: i, to: end) {
            return structured(b, fields, timestamp: nil, firstLineEnd: firstLineEnd, fallbackMessage: i, end: end)
        }
        // Syslog priority `<34>`.
        if i < end, b[i] == UInt8(ascii: "<"), let close = LogBytes.find(UInt8(ascii: ">"), in: b, from: i + 1, to: min(end, i + 5)),
            close > i + 1, LogBytes.digits(b, i + 1, close - i - 1) != nil
        {
            i = close + 1
        }
        var timestamp: Double?
        var level: LogLevel?
        if let (seconds, stampEnd) = LogTimestampParser.parse(b, from: i) {
            timestamp = seconds
            i = stampEnd
        } else if i < end, let klogLevel = klogLevel(b[i]), let (seconds, stampEnd) = LogTimestampParser.parseKlog(b, i) {
            timestamp = seconds
            level = klogLevel
            i = stampEnd
        }
        while i < end, LogBytes.isSpace(b[i]) || b[i] == UInt8(ascii: "|") { i += 1 }

        if level == nil, LogfmtScanner.looksLikeLogfmt(b, from: i, to: end) {
            let fields = LogfmtScanner.scan(b, from: i, to: end)
            if fields.level != nil || fields.message != nil {
                return structured(b, fields, timestamp: timestamp, firstLineEnd: firstLineEnd, fallbackMessage: i, end: end)
            }
        }

        var head = LogLineHead(
            timestamp: timestamp, level: level,
            message: LogValueSpan(start: i, end: end, isString: true, escaped: false, isObject: false), firstLineEnd: firstLineEnd)
        // `panic: ...` names a level word but is Go's crash header: keep it in the message.
        if level == nil, LogBytes.matches(b, at: i, "panic: ") || LogBytes.matches(b, at: i, "fatal error: ") {
            inferLevel(b, &head)
        }
        if head.level == nil { findLevelWord(b, &head, from: i, to: end) }
        if head.level == nil || head.level == .info { findAccessRequest(b, &head, end: end) }
        if head.access == nil, head.level == nil || head.level == .info { findClientResponse(b, &head, end: end) }
        if head.level == nil { inferLevel(b, &head) }
        // PostgreSQL logs slow statements (log_min_duration_statement) at LOG level: `duration: 2345.678 ms  statement: ...`.
        if head.level == nil || head.level == .info, LogBytes.matches(b, at: head.message.start, "duration: "),
            LogBytes.contains(b, head.message.start, min(end, head.message.start + 40), " ms")
        {
            head.level = .warn
            head.levelInferred = true
        }
        return head
    }

    /// Scans the first few header tokens for a level word, a `level=` pair, a late timestamp and a syslog tag.
    private static func findLevelWord(_ b: UnsafeBufferPointer<UInt8>, _ head: inout LogLineHead, from start: Int, to end: Int) {
        var i = start
        var tokens = 0
        while i < end, tokens < 5 {
            let tokenStart = i
            while i < end, !LogBytes.isSpace(b[i]) { i += 1 }
            let tokenEnd = i
            while i < end, LogBytes.isSpace(b[i]) { i += 1 }
            let length = tokenEnd - tokenStart
            if length == 1, b[tokenStart] == UInt8(ascii: "-") || b[tokenStart] == UInt8(ascii: "|") || b[tokenStart] == UInt8(ascii: ":") {
                head.message.start = i
                continue
            }
            tokens += 1
            var levelStart = tokenStart
            if LogBytes.matchesIgnoringCase(b, at: tokenStart, "level=") {
                levelStart = tokenStart + 6
            } else if LogBytes.matchesIgnoringCase(b, at: tokenStart, "lvl=") {
                levelStart = tokenStart + 4
            }
            // `ERROR:root:message` (Python's basicConfig layout): the level is the part before the first colon.
            var levelEnd = tokenEnd
            var messageStart = i
            if levelStart == tokenStart, let colon = LogBytes.find(UInt8(ascii: ":"), in: b, from: tokenStart + 1, to: tokenEnd), colon + 1 < tokenEnd
            {
                levelEnd = colon
                messageStart = colon + 1
            }
            // Past the second header token only a shouted or bracketed level word counts ("... returned error 500" does not).
            let emphatic =
                levelStart > tokenStart || b[levelStart] == UInt8(ascii: "[") || b[levelEnd - 1] == UInt8(ascii: ":")
                || LogBytes.isUpper(b[levelEnd - 1])
            if tokens <= 2 || emphatic, let level = LevelWords.level(b, levelStart, levelEnd) {
                head.level = level
                var m = messageStart
                while m < end, b[m] == UInt8(ascii: "-") || b[m] == UInt8(ascii: ":") || b[m] == UInt8(ascii: "|"),
                    m + 1 >= end || LogBytes.isSpace(b[m + 1])
                {
                    m += 1
                    while m < end, LogBytes.isSpace(b[m]) { m += 1 }
                }
                head.message.start = m
                if head.timestamp == nil, let (seconds, stampEnd) = LogTimestampParser.parse(b, from: m) {
                    head.timestamp = seconds
                    var k = stampEnd
                    while k < end, LogBytes.isSpace(b[k]) { k += 1 }
                    head.message.start = k
                }
                head.message.start = skipHeaderFields(b, from: head.message.start, to: end)
                return
            }
            // Syslog tag `app[123]:` or `app:` right after the host: the program is the service.
            if tokens <= 2, length > 1, b[tokenEnd - 1] == UInt8(ascii: ":"), head.timestamp != nil {
                let nameEnd = LogBytes.find(UInt8(ascii: "["), in: b, from: tokenStart, to: tokenEnd) ?? (tokenEnd - 1)
                if nameEnd > tokenStart, tokens == 2 || b[tokenEnd - 2] == UInt8(ascii: "]") {
                    head.service = LogValueSpan(start: tokenStart, end: nameEnd, isString: true, escaped: false, isObject: false)
                    head.message.start = i
                }
            }
        }
    }

    /// After the level: `[thread] logger.name - ` (log4j/logback) or `1 --- [main] c.s.Api : ` (Spring Boot): up to five
    /// header-looking tokens (bracketed, numeric, dotted or slashed names) ending in a `-`, `:` or `|` separator are
    /// skipped. Plain words stop the search, so `connection failed - retrying` keeps its text.
    private static func skipHeaderFields(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        var tokens = 0
        while i < end, tokens < 6 {
            let tokenStart = i
            while i < end, !LogBytes.isSpace(b[i]) { i += 1 }
            let tokenEnd = i
            while i < end, LogBytes.isSpace(b[i]) { i += 1 }
            let first = b[tokenStart]
            if tokenEnd - tokenStart == 1, first == UInt8(ascii: "-") || first == UInt8(ascii: ":") || first == UInt8(ascii: "|") {
                return tokens > 0 ? i : start
            }
            tokens += 1
            // `app.db:` — a logger name carrying its own separator.
            let endsWithColon = tokenEnd - tokenStart > 1 && b[tokenEnd - 1] == UInt8(ascii: ":")
            let nameEnd = endsWithColon ? tokenEnd - 1 : tokenEnd
            var headerLike = first == UInt8(ascii: "[") || first == UInt8(ascii: "(")
            if !headerLike {
                headerLike = true
                var punctuated = false
                for k in tokenStart..<nameEnd {
                    let c = b[k]
                    if c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") {
                        punctuated = true
                    } else if !LogBytes.isAlnum(c) && c != UInt8(ascii: "$") {
                        headerLike = false
                    }
                }
                let numeric = LogBytes.digits(b, tokenStart, nameEnd - tokenStart) != nil
                headerLike = headerLike && (punctuated || numeric)
            }
            if !headerLike { return start }
            if endsWithColon {
                // A logger (`app.db:`) ends in a lowercase name; `psycopg2.errors.DuplicateTable:` is an exception.
                var lastStart = tokenStart
                for k in tokenStart..<nameEnd where b[k] == UInt8(ascii: ".") { lastStart = k + 1 }
                return lastStart < nameEnd && !LogBytes.isUpper(b[lastStart]) ? i : start
            }
        }
        return start
    }

    /// An HTTP client's response line, `... "HTTP/1.1 429 Too Many Requests"` (httpx, requests, OkHttp log these at INFO
    /// whatever the status): a throttled or failed response from a dependency is at least a warning.
    static func findClientResponse(_ b: UnsafeBufferPointer<UInt8>, _ head: inout LogLineHead, end: Int) {
        let start = head.message.start
        let limit = min(end, start + 400)
        var i = start
        while i < limit, let quote = LogBytes.find(UInt8(ascii: "\""), in: b, from: i, to: limit) {
            if LogBytes.matches(b, at: quote + 1, "HTTP/") {
                var j = quote + 6
                while j < limit, LogBytes.isDigit(b[j]) || b[j] == UInt8(ascii: ".") { j += 1 }
                if j < limit, b[j] == UInt8(ascii: " "), let status = LogBytes.digits(b, j + 1, 3), status == 429 || status >= 500, status <= 599 {
                    head.level = .warn
                    head.levelInferred = true
                }
                return
            }
            i = quote + 1
        }
    }

    /// `"GET /path HTTP/1.1" 502` anywhere in the first 300 bytes: an access-log line.
    private static func findAccessRequest(_ b: UnsafeBufferPointer<UInt8>, _ head: inout LogLineHead, end: Int) {
        var i = head.message.start
        let limit = min(end, i + 300)
        while i < limit {
            guard let quote = LogBytes.find(UInt8(ascii: "\""), in: b, from: i, to: limit) else { return }
            var j = quote + 1
            while j < end, LogBytes.isUpper(b[j]) { j += 1 }
            let methodLength = j - quote - 1
            if methodLength >= 3, methodLength <= 7, j < end, b[j] == UInt8(ascii: " ") {
                let pathStart = j + 1
                var k = pathStart
                while k < end, b[k] != UInt8(ascii: " "), b[k] != UInt8(ascii: "\"") { k += 1 }
                let pathEnd = k
                guard let close = LogBytes.find(UInt8(ascii: "\""), in: b, from: k, to: end), close + 4 < end || close + 4 == end,
                    b[close + 1] == UInt8(ascii: " "), let status = LogBytes.digits(b, close + 2, 3), (100...599).contains(status),
                    close + 5 >= end || !LogBytes.isDigit(b[close + 5])
                else { return }
                head.access = LogAccessRequest(methodStart: quote + 1, methodEnd: j, pathStart: pathStart, pathEnd: pathEnd, status: status)
                if head.timestamp == nil, let bracket = LogBytes.find(UInt8(ascii: "["), in: b, from: head.message.start, to: quote),
                    let (seconds, _) = LogTimestampParser.parseCLF(b, bracket + 1)
                {
                    head.timestamp = seconds
                }
                if status >= 500 {
                    head.level = .error
                    head.levelInferred = true
                } else if status >= 400, head.level == nil {
                    head.level = .warn
                    head.levelInferred = true
                }
                return
            }
            i = quote + 1
        }
    }

    /// Conservative level inference for lines without a level word: tracebacks, exceptions and panics are errors.
    static func inferLevel(_ b: UnsafeBufferPointer<UInt8>, _ head: inout LogLineHead) {
        let s = head.message.start
        let e = head.message.end
        guard s < e else { return }
        var level: LogLevel?
        if LogBytes.matches(b, at: s, "Traceback (most recent call last)") || LogBytes.matches(b, at: s, "Exception in thread") {
            level = .error
        } else if LogBytes.matches(b, at: s, "panic: ") || LogBytes.matches(b, at: s, "fatal error: ") {
            level = .fatal
        } else if isExceptionHeader(b, s, e) {
            level = .error
        }
        if let level {
            head.level = level
            head.levelInferred = true
        }
    }

    /// `ValueError: x`, `java.lang.IllegalStateException: x`, `TypeError: x`, `KeyError`: a name ending in
    /// Error/Exception (optionally package-qualified) followed by `:` or the end.
    static func isExceptionHeader(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, LogBytes.isAlnum(b[i]) || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "_") || b[i] == UInt8(ascii: "$") { i += 1 }
        guard i > start, i == end || b[i] == UInt8(ascii: ":") else { return false }
        return (i - start >= 5 && LogBytes.matches(b, at: i - 5, "Error")) || (i - start >= 9 && LogBytes.matches(b, at: i - 9, "Exception"))
            || (i - start >= 9 && LogBytes.matches(b, at: i - 9, "Throwable"))
    }

    private static func klogLevel(_ c: UInt8) -> LogLevel? {
        switch c {
        case UInt8(ascii: "I"): .info
        case UInt8(ascii: "W"): .warn
        case UInt8(ascii: "E"): .error
        case UInt8(ascii: "F"): .fatal
        default: nil
        }
    }

    private static func structured(
        _ b: UnsafeBufferPointer<UInt8>, _ f: LogStructuredFields, timestamp: Double?, firstLineEnd: Int, fallbackMessage: Int, end: Int
    ) -> LogLineHead {
        var head = LogLineHead(
            timestamp: timestamp, level: nil,
            message: f.message ?? LogValueSpan(start: fallbackMessage, end: fallbackMessage, isString: true, escaped: false, isObject: false),
            service: f.service, host: f.host, error: f.error, stack: f.stack, firstLineEnd: firstLineEnd, isStructured: true)
        if let span = f.timestamp { head.timestamp = structuredTimestamp(b, span) ?? timestamp }
        if let span = f.level { head.level = LevelWords.parse(b, span.start, span.end) }
        if head.level == nil {
            if f.stack != nil {
                head.level = .error
                head.levelInferred = true
            } else {
                inferLevel(b, &head)
            }
        }
        return head
    }

    /// A structured timestamp: an ISO string, or epoch seconds / milliseconds / microseconds / nanoseconds.
    private static func structuredTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ span: LogValueSpan) -> Double? {
        if let (seconds, stampEnd) = LogTimestampParser.parse(b, from: span.start), stampEnd <= span.end,
            stampEnd == span.end || !LogBytes.isDigit(b[stampEnd])
        {
            return seconds
        }
        var value = 0.0
        var scale = 0.0
        var i = span.start
        while i < span.end {
            let c = b[i]
            if LogBytes.isDigit(c) {
                if scale == 0 {
                    value = value * 10 + Double(c &- 48)
                } else {
                    value += Double(c &- 48) * scale
                    scale *= 0.1
                }
            } else if c == UInt8(ascii: "."), scale == 0 {
                scale = 0.1
            } else {
                return nil
            }
            i += 1
        }
        guard i > span.start, value >= 1e8 else { return nil }
        var seconds = value
        while seconds > 1e11 { seconds /= 1000 }
        return seconds
    }
}
