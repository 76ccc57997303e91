import AlphaCore

extension LogObject {
    /// Keys under which structured loggers put a printed stack trace beside the message: ECS `error.stack_trace`,
    /// logstash/logback `stack_trace`, pino/winston `stack`, structlog `exception`, python-json-logger `exc_info`.
    static let stackKeys: Set<String> = ["error.stack_trace", "stack_trace", "stacktrace", "stack", "exception", "exc_info", "traceback"]
    /// The same inside a nested `error` object.
    static let nestedStackKeys: Set<String> = ["stack_trace", "stack", "stacktrace"]

    /// The stack trace a record carries in its attributes (flat, or nested in an `error` object), if any. One pass over
    /// the attributes: this runs for every object record.
    var stackText: String? {
        guard let attributes, !attributes.isEmpty else { return nil }
        for member in attributes.members {
            switch member.value {
            case .string(let text) where !text.isEmpty && Self.stackKeys.contains(member.key):
                return text
            case .object(let error) where member.key == "error":
                for nested in error.members {
                    if case .string(let text) = nested.value, !text.isEmpty, Self.nestedStackKeys.contains(nested.key) { return text }
                }
            default:
                continue
            }
        }
        return nil
    }
}
