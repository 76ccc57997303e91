/// `logs`: raw lines (strings) and already-parsed records (objects with aliased keys).
extension JSONReader {
    /// Which `LogObject` field a member name stands for, and how preferred that spelling is (0 = best).
    enum LogField: Int {
        case level, message, timestamp, service, host, traceId
    }

    /// Reads the `logs` array; null is an empty list.
    mutating func readLogs() throws(InputError) -> [LogItem] {
        if try consumeNull() { return [] }
        var logs: [LogItem] = []
        var state = try beginArray()
        while try nextElement(&state) {
            switch try peek() {
            case UInt8(ascii: "\""): logs.append(.line(try readString()))
            case UInt8(ascii: "{"): logs.append(.record(try readLogRecord()))
            default: throw typeError(expected: "a string or an object")
            }
        }
        return logs
    }

    /// Reads one record. Aliases: the best-ranked spelling present wins; a worse spelling read after it stays in
    /// `attributes`, one read before it is replaced.
    mutating func readLogRecord() throws(InputError) -> LogObject {
        var record = LogObject(message: "")
        // One slot per `LogField` (a SIMD vector: no heap allocation per record).
        var ranks = SIMD8<Int>(repeating: Int.max)
        var attributes: [(key: String, value: JSONValue)] = []
        var state = try beginObject()
        while let key = try nextMember(&state) {
            if self.key(key, is: "attributes"), try peek() == UInt8(ascii: "{") {
                attributes.append(contentsOf: try readObject().members)
                continue
            }
            guard let (field, rank) = logField(key), rank < ranks[field.rawValue] else {
                attributes.append((keyText(key), try readValue()))
                continue
            }
            let valueStart = position
            let taken: Bool
            switch field {
            case .timestamp:
                taken = try readLogTimestamp(into: &record)
            case .level:
                // Levels may be numbers (pino writes 50 for error): kept as written.
                let next = try peek()
                if next == UInt8(ascii: "\"") {
                    record.level = try readString()
                    taken = true
                } else if next == UInt8(ascii: "-") || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
                    record.level = try readNumberText()
                    taken = true
                } else {
                    taken = false
                }
            case .message, .service, .host, .traceId:
                if try peek() == UInt8(ascii: "\"") {
                    let text = try readString()
                    switch field {
                    case .message: record.message = text
                    case .service: record.service = text
                    case .host: record.host = text
                    default: record.traceId = text
                    }
                    taken = true
                } else {
                    taken = false
                }
            }
            if taken {
                ranks[field.rawValue] = rank
            } else {
                position = valueStart
                attributes.append((keyText(key), try readValue()))
            }
        }
        guard ranks[LogField.message.rawValue] != Int.max else {
            throw contractError("record has no message (expected one of message, msg, log, event)")
        }
        if !attributes.isEmpty { record.attributes = JSONObject(attributes) }
        return record
    }

    /// A record's timestamp; false (so the value goes to `attributes`) when it is not one.
    private mutating func readLogTimestamp(into record: inout LogObject) throws(InputError) -> Bool {
        switch try peek() {
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            record.timestamp = Self.epochSeconds(try readNumber())
            return true
        case UInt8(ascii: "\""):
            let token = try readStringToken()
            guard let seconds = timestamp(in: token) else { return false }
            record.timestamp = seconds
            return true
        default:
            return false
        }
    }

    /// The alias table. `logger` is deliberately not a service (it names a code module): it stays an attribute.
    private func logField(_ key: Key) -> (LogField, Int)? {
        if self.key(key, is: "message") { return (.message, 0) }
        if self.key(key, is: "msg") { return (.message, 1) }
        if self.key(key, is: "log") { return (.message, 2) }
        if self.key(key, is: "event") { return (.message, 3) }
        if self.key(key, is: "text") { return (.message, 4) }
        if self.key(key, is: "level") { return (.level, 0) }
        if self.key(key, is: "severity") { return (.level, 1) }
        if self.key(key, is: "lvl") { return (.level, 2) }
        if self.key(key, is: "levelname") { return (.level, 3) }
        if self.key(key, is: "log.level") { return (.level, 4) }
        if self.key(key, is: "timestamp") { return (.timestamp, 0) }
        if self.key(key, is: "@timestamp") { return (.timestamp, 1) }
        if self.key(key, is: "time") { return (.timestamp, 2) }
        if self.key(key, is: "ts") { return (.timestamp, 3) }
        if self.key(key, is: "datetime") { return (.timestamp, 4) }
        if self.key(key, is: "service") { return (.service, 0) }
        if self.key(key, is: "service.name") { return (.service, 1) }
        if self.key(key, is: "app") { return (.service, 2) }
        if self.key(key, is: "host") { return (.host, 0) }
        if self.key(key, is: "hostname") { return (.host, 1) }
        if self.key(key, is: "trace_id") { return (.traceId, 0) }
        if self.key(key, is: "traceId") { return (.traceId, 1) }
        if self.key(key, is: "trace.id") { return (.traceId, 2) }
        return nil
    }
}
