/// One log record before it is rendered in a format.
struct LogEvent: Sendable {
    var time: Double
    var level: Level
    var logger: String
    var service: String
    var message: String
    /// Stack trace lines that follow the message (continuations).
    var trace: [String] = []
    var traceId: String? = nil

    enum Level: String, Sendable {
        case debug, info, warning, error, critical
    }
}
