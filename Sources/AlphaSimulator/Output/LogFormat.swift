import AlphaCore

/// How log records are written into the incident: the analyzer must read all of these.
public enum LogFormat: Sendable, Equatable, CaseIterable {
    /// `2024-05-01T10:00:00.123Z ERROR [orders-api] logger: message` with tracebacks inside the same string.
    case plainISO
    /// Python logging's default: `2024-05-01 10:00:00,123 ERROR uvicorn.error: message`, trace lines as separate strings.
    case plainPython
    /// JSON lines with one of several key sets.
    case jsonLines
    /// `ts=... level=error logger=... msg="..."`.
    case logfmt
    /// Already-parsed objects (the contract's object form) with varied key names.
    case objects
}

/// Renders ``LogEvent``s in one format and key set.
struct LogRenderer {
    var format: LogFormat
    /// Which JSON key set (0 plain names, 1 pino, 2 ECS, 3 structlog).
    var keySet: Int

    func render(_ e: LogEvent, into out: inout [JSONValue]) {
        switch format {
        case .plainISO:
            var line = "\(TimeFormat.iso(e.time)) \(e.level.rawValue.uppercased()) [\(e.service)] \(e.logger): \(e.message)"
            if e.service == "postgres" { line = "\(TimeFormat.postgres(e.time)) [\(pid(e))] \(e.message)" }
            if !e.trace.isEmpty { line += "\n" + e.trace.joined(separator: "\n") }
            out.append(.string(line))
        case .plainPython:
            if e.service == "postgres" {
                out.append(.string("\(TimeFormat.postgres(e.time)) [\(pid(e))] \(e.message)"))
            } else {
                out.append(.string("\(TimeFormat.python(e.time)) \(e.level.rawValue.uppercased()) \(e.logger): \(e.message)"))
            }
            for t in e.trace { out.append(.string(t)) }
        case .jsonLines:
            out.append(.string(JSONText.line(.object(object(e)))))
        case .logfmt:
            var line = "ts=\(TimeFormat.iso(e.time)) level=\(e.level.rawValue) service=\(e.service) logger=\(e.logger) msg=\(quoted(e.message))"
            if let t = e.traceId { line += " trace_id=\(t)" }
            if !e.trace.isEmpty { line += " stacktrace=\(quoted(e.trace.joined(separator: "\n")))" }
            out.append(.string(line))
        case .objects:
            out.append(.object(object(e)))
        }
    }

    private func pid(_ e: LogEvent) -> Int { 4000 + Int(e.time.truncatingRemainder(dividingBy: 97)) }

    private func object(_ e: LogEvent) -> JSONObject {
        var m: [(key: String, value: JSONValue)] = []
        let trace = e.trace.joined(separator: "\n")
        switch keySet {
        case 1:
            let pino: Double =
                switch e.level {
                case .debug: 20
                case .info: 30
                case .warning: 40
                case .error: 50
                case .critical: 60
                }
            m = [
                ("level", .number(pino)), ("time", .number((e.time * 1000).rounded())), ("app", .string(e.service)), ("caller", .string(e.logger)),
                ("msg", .string(e.message)),
            ]
            if !trace.isEmpty { m.append(("stack", .string(trace))) }
        case 2:
            m = [
                ("@timestamp", .string(TimeFormat.iso(e.time))), ("log.level", .string(e.level.rawValue)), ("service.name", .string(e.service)),
                ("log.logger", .string(e.logger)), ("message", .string(e.message)),
            ]
            if !trace.isEmpty { m.append(("error.stack_trace", .string(trace))) }
        case 3:
            m = [
                ("time", .string(TimeFormat.python(e.time))), ("severity", .string(e.level.rawValue.uppercased())), ("service", .string(e.service)),
                ("logger", .string(e.logger)), ("event", .string(e.message)),
            ]
            if !trace.isEmpty { m.append(("exception", .string(trace))) }
        default:
            m = [
                ("timestamp", .string(TimeFormat.iso(e.time))), ("level", .string(e.level.rawValue)), ("service", .string(e.service)),
                ("logger", .string(e.logger)), ("message", .string(e.message)),
            ]
            if !trace.isEmpty { m.append(("exc_info", .string(trace))) }
        }
        if let t = e.traceId { m.append((keySet == 2 ? "trace.id" : keySet == 1 ? "traceId" : "trace_id", .string(t))) }
        return JSONObject(m)
    }

    private func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
