/// Where a field's value sits in a JSON or logfmt line (byte offsets; strings without their quotes).
struct LogValueSpan {
    var start: Int
    var end: Int
    var isString: Bool
    /// Contains backslash escapes that must be decoded before use.
    var escaped: Bool
    var isObject: Bool
}

/// The well-known fields of a structured (JSON or logfmt) log line, located but not yet decoded.
struct LogStructuredFields {
    var timestamp: LogValueSpan?
    var level: LogValueSpan?
    var message: LogValueSpan?
    var service: LogValueSpan?
    var host: LogValueSpan?
    /// `error`/`err`: a string, or the `message` of a nested error object.
    var error: LogValueSpan?
    /// `stack`/`stack_trace`/`exception`/`exc_info`/`traceback`/`error.stack_trace`: a printed stack trace.
    var stack: LogValueSpan?
}

/// The usual key aliases of structured loggers (structlog, pino, bunyan, logrus, zap, zerolog, Logstash, Docker).
enum LogFieldKind {
    case timestamp, level, message, service, host, error, stack

    /// The kind of the key `start..<end`, or nil for any other key.
    static func of(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> LogFieldKind? {
        guard end > start, end - start <= 17 else { return nil }
        switch LogBytes.lower(b[start]) {
        case UInt8(ascii: "t"):
            if eq(b, start, end, "timestamp") || eq(b, start, end, "time") || eq(b, start, end, "ts") { return .timestamp }
            if eq(b, start, end, "traceback") { return .stack }
        case UInt8(ascii: "@"):
            if eq(b, start, end, "@timestamp") || eq(b, start, end, "@t") { return .timestamp }
            if eq(b, start, end, "@message") || eq(b, start, end, "@m") { return .message }
            if eq(b, start, end, "@l") || eq(b, start, end, "@level") { return .level }
        case UInt8(ascii: "d"):
            if eq(b, start, end, "datetime") { return .timestamp }
        case UInt8(ascii: "l"):
            if eq(b, start, end, "level") || eq(b, start, end, "lvl") || eq(b, start, end, "levelname") || eq(b, start, end, "loglevel")
                || eq(b, start, end, "log.level")
            {
                return .level
            }
            if eq(b, start, end, "log") { return .message }
        case UInt8(ascii: "s"):
            if eq(b, start, end, "severity") || eq(b, start, end, "severity_text") { return .level }
            if eq(b, start, end, "service") || eq(b, start, end, "service.name") || eq(b, start, end, "service_name") { return .service }
            if eq(b, start, end, "stack") || eq(b, start, end, "stack_trace") || eq(b, start, end, "stacktrace") { return .stack }
        case UInt8(ascii: "m"):
            if eq(b, start, end, "message") || eq(b, start, end, "msg") { return .message }
        case UInt8(ascii: "e"):
            if eq(b, start, end, "event") { return .message }
            if eq(b, start, end, "error") || eq(b, start, end, "err") { return .error }
            if eq(b, start, end, "exception") || eq(b, start, end, "exc_info") { return .stack }
            // Elastic Common Schema, flattened: `error.stack_trace`, `error.message`.
            if eq(b, start, end, "error.stack_trace") { return .stack }
            if eq(b, start, end, "error.message") { return .error }
        case UInt8(ascii: "a"):
            if eq(b, start, end, "app") || eq(b, start, end, "application") { return .service }
        case UInt8(ascii: "h"):
            if eq(b, start, end, "host") || eq(b, start, end, "hostname") { return .host }
        default:
            break
        }
        return nil
    }

    @inline(__always)
    private static func eq(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ literal: StaticString) -> Bool {
        LogBytes.equalsIgnoringCase(b, s, e, literal)
    }
}

extension LogStructuredFields {
    /// Stores `span` under `kind`, keeping the first value seen for each field.
    mutating func assign(_ kind: LogFieldKind, _ span: LogValueSpan) {
        switch kind {
        case .timestamp: if timestamp == nil { timestamp = span }
        case .level: if level == nil { level = span }
        case .message: if message == nil { message = span }
        case .service: if service == nil { service = span }
        case .host: if host == nil { host = span }
        case .error: if error == nil { error = span }
        case .stack: if stack == nil { stack = span }
        }
    }
}
