import AlphaCore

extension LogObject {
    /// Keys under which structured loggers put a printed stack trace beside the message: ECS `error.stack_trace`,
    /// logstash/logback `stack_trace`, pino/winston `stack`, structlog `exception`, python-json-logger `exc_info`.
    static let stackKeys = ["error.stack_trace", "stack_trace", "stacktrace", "stack", "exception", "exc_info", "traceback"]

    /// The stack trace a record carries in its attributes (flat, or nested in an `error` object), if any.
    var stackText: String? {
        guard let attributes else { return nil }
        for key in Self.stackKeys {
            if case .string(let text)? = attributes[key], !text.isEmpty { return text }
        }
        if case .object(let error)? = attributes["error"] {
            for key in ["stack_trace", "stack", "stacktrace"] {
                if case .string(let text)? = error[key], !text.isEmpty { return text }
            }
        }
        return nil
    }
}
