/// One entry of the incident's `logs` array, as given: a raw line (any format, parsed by AlphaSignals) or an
/// already-structured record. Its position in the array is its reference (`logs[i]`).
public enum LogItem: Sendable, Equatable {
    /// A raw line: plain text, a JSON line, logfmt, or a continuation (stack-trace frame) of the previous record.
    case line(String)
    /// An already-parsed record (the object form of the contract).
    indirect case record(LogObject)
}

/// The object form of a log record in the contract.
public struct LogObject: Sendable, Equatable {
    /// Epoch seconds.
    public var timestamp: Double?
    /// As written (`ERROR`, `err`, `50`, ...): AlphaSignals normalises it.
    public var level: String?
    public var service: String?
    public var host: String?
    public var message: String
    public var traceId: String?
    public var attributes: JSONObject?

    public init(
        timestamp: Double? = nil, level: String? = nil, service: String? = nil, host: String? = nil, message: String,
        traceId: String? = nil, attributes: JSONObject? = nil
    ) {
        self.timestamp = timestamp
        self.level = level
        self.service = service
        self.host = host
        self.message = message
        self.traceId = traceId
        self.attributes = attributes
    }
}
