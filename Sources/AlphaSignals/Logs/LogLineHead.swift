/// An HTTP request found in an access-log line (nginx, Apache, gunicorn, uvicorn).
struct LogAccessRequest {
    var methodStart: Int
    var methodEnd: Int
    var pathStart: Int
    var pathEnd: Int
    var status: Int
}

/// What the first line of a record says, as byte spans into that line: nothing is decoded or copied until the
/// record turns out to matter (warn or worse).
struct LogLineHead {
    var timestamp: Double?
    var level: LogLevel?
    /// The level was read from the wording (exception, HTTP status), not from a level word.
    var levelInferred = false
    var message: LogValueSpan
    var service: LogValueSpan?
    var host: LogValueSpan?
    var error: LogValueSpan?
    var stack: LogValueSpan?
    var access: LogAccessRequest?
    /// Index of the first `\n` of the line (or its length): later lines of the same string are continuations.
    var firstLineEnd: Int
    var isStructured = false
}
