import AlphaCore

/// One pass over a contiguous range of `logs`: groups lines into records (merging continuation lines), counts
/// every record, and fully decodes, masks and signs only the warn-or-worse ones. Info lines cost one head parse
/// and no allocation.
struct LogChunkScanner {
    /// A record whose continuation lines may still follow.
    struct OpenRecord {
        var headIndex: Int
        var lastIndex: Int
        var timestamp: Double?
        var level: LogLevel?
        var hasMoreLines: Bool
        var dialect: TraceDialect
        /// A trace dialect was recognised at some point (the dialect itself resets when a Python trace ends).
        var sawTrace = false
    }

    private enum LineOutcome {
        case continuation(TraceDialect)
        case head(timestamp: Double?, level: LogLevel?, hasMoreLines: Bool, dialect: TraceDialect)
        case skip
    }

    /// Longest signature source and category text looked at (bytes): bounds per-record work on huge lines.
    static let maxSourceBytes = 1024
    static let maxCategoryBytes = 4096

    let logs: [LogItem]
    let split: Double?
    var summary = LogChunkSummary()
    var message: [UInt8] = []
    var details: [UInt8] = []
    var source: [UInt8] = []
    var template: [UInt8] = []
    var categoryText: [UInt8] = []
    var hosts: [String] = []
    var service: String?
    var access: LogAccessRequest?

    init(logs: [LogItem], split: Double?) {
        self.logs = logs
        self.split = split
    }

    /// - Parameter seed: the last timestamp before `range` (records without one inherit the previous record's).
    mutating func scan(_ range: Range<Int>, seed: Double? = nil) -> LogChunkSummary {
        var open: OpenRecord?
        var lastTimestamp = seed
        for index in range {
            switch logs[index] {
            case .record(let object):
                if let record = open { finish(record) }
                if let ts = object.timestamp { lastTimestamp = ts }
                var level = object.level.flatMap(LogLineParser.level)
                var multiLine = false
                let stack = object.stackText
                LogBytes.withBytes(object.message) { b in
                    multiLine = stack != nil || LogBytes.find(10, in: b, from: 0, to: b.count) != nil
                    if level == nil || level == .info {
                        var head = LogLineHead(
                            level: level, message: LogValueSpan(start: 0, end: b.count, isString: true, escaped: false, isObject: false),
                            firstLineEnd: b.count)
                        LineHeadParser.findClientResponse(b, &head, end: b.count)
                        if head.level == nil { LineHeadParser.inferLevel(b, &head) }
                        level = head.level
                    }
                }
                open = OpenRecord(
                    headIndex: index, lastIndex: index, timestamp: object.timestamp ?? lastTimestamp, level: level, hasMoreLines: multiLine,
                    dialect: .none, sawTrace: multiLine)
            case .line(let text):
                let dialect = open?.dialect ?? .none
                let hasTimestamp = open?.timestamp != nil
                let hasOpen = open != nil
                let outcome = LogBytes.withBytes(text) { b -> LineOutcome in
                    if hasOpen {
                        var d = dialect
                        if ContinuationRules.isContinuation(b, dialect: &d, previousHasTimestamp: hasTimestamp) { return .continuation(d) }
                    } else if b.allSatisfy({ LogBytes.isSpace($0) || $0 == 10 }) {
                        return .skip
                    }
                    let head = LineHeadParser.parse(b)
                    var d = TraceDialect.none
                    let s = head.message.start
                    if LogBytes.matches(b, at: s, "Traceback (most recent call last)") {
                        d = .python
                    } else if LogBytes.matches(b, at: s, "panic: ") || LogBytes.matches(b, at: s, "goroutine ") {
                        d = .go
                    }
                    return .head(
                        timestamp: head.timestamp, level: head.level, hasMoreLines: head.firstLineEnd < b.count || head.stack != nil, dialect: d)
                }
                switch outcome {
                case .continuation(let d):
                    if var record = open {
                        record.lastIndex = index
                        record.hasMoreLines = true
                        record.dialect = d
                        if d != .none { record.sawTrace = true }
                        open = record
                    }
                case .head(let timestamp, let level, let hasMoreLines, let d):
                    if let record = open { finish(record) }
                    if let timestamp { lastTimestamp = timestamp }
                    open = OpenRecord(
                        headIndex: index, lastIndex: index, timestamp: timestamp ?? lastTimestamp, level: level, hasMoreLines: hasMoreLines,
                        dialect: d, sawTrace: d != .none || hasMoreLines)
                case .skip:
                    break
                }
            }
        }
        if let record = open { finish(record) }
        return summary
    }
}
