/// One log record as the analyzer reads it: a raw line's timestamp, level, service and message.
public struct ParsedRecord: Sendable, Equatable {
    /// Epoch seconds, nil when the line carries none.
    public var timestamp: Double?
    /// The normalised level; nil when the line names none and none could be inferred.
    public var level: LogLevel?
    /// True when `level` was inferred from the wording (exception, traceback, HTTP status) rather than named.
    public var levelInferred: Bool
    /// The emitting service (`service`/`app` field, or a syslog program name).
    public var service: String?
    /// The emitting host (`host`/`hostname` field).
    public var host: String?
    /// The message's first line (for structured lines, with an `error` field appended after `: `).
    public var message: String
    /// Index into `logs` of the record's first line.
    public var index: Int
    /// Everything after the first line: further lines of the same string, a structured `stack` field. Nil when none.
    public var details: String?
    /// The status code of an access-log line.
    public var httpStatus: Int?

    /// Creates a record.
    public init(
        timestamp: Double?, level: LogLevel?, levelInferred: Bool = false, service: String? = nil, host: String? = nil, message: String,
        index: Int, details: String? = nil, httpStatus: Int? = nil
    ) {
        self.timestamp = timestamp
        self.level = level
        self.levelInferred = levelInferred
        self.service = service
        self.host = host
        self.message = message
        self.index = index
        self.details = details
        self.httpStatus = httpStatus
    }
}
