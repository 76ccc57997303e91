import AlphaCore
import Testing

@Suite struct IncidentDecoderLogTests {
    @Test func stringsBecomeLinesUnescaped() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""logs":["2024-05-01T10:00:00Z ERROR boom","{\"level\":\"error\",\"msg\":\"x\"}","Traceback:\n  File \"a.py\"\u00e9\ud83d\ude00"]"#))
        #expect(
            incident.logs == [
                .line("2024-05-01T10:00:00Z ERROR boom"), .line(#"{"level":"error","msg":"x"}"#), .line("Traceback:\n  File \"a.py\"é😀"),
            ])
    }

    @Test func objectRecordsUseAliases() throws {
        let incident = try decodeIncident(
            incidentJSON(
                #""logs":[{"timestamp":"2024-01-15T10:23:45Z","level":"ERROR","service":"api","host":"h1","message":"m1","trace_id":"t1"},"#
                    + #"{"@timestamp":"2024-01-15T10:23:45.5Z","severity":"warn","msg":"m2","service.name":"s2","hostname":"h2","traceId":"t2"},"#
                    + #"{"time":1705314225000,"lvl":"info","log":"m3","app":"s3","trace.id":"t3"},"#
                    + #"{"ts":1705314225.25,"levelname":"DEBUG","event":"m4"},"#
                    + #"{"datetime":"2024-01-15 10:23:45","log.level":"error","text":"m5"},"#
                    + #"{"level":50,"msg":"pino","logger":"db","pid":7,"attributes":{"k":"v"}}]"#))
        guard incident.logs.count == 6, case .record(let r0) = incident.logs[0], case .record(let r1) = incident.logs[1],
            case .record(let r2) = incident.logs[2], case .record(let r3) = incident.logs[3], case .record(let r4) = incident.logs[4],
            case .record(let r5) = incident.logs[5]
        else {
            Issue.record("expected six records, got \(incident.logs)")
            return
        }
        #expect(r0 == LogObject(timestamp: 1_705_314_225, level: "ERROR", service: "api", host: "h1", message: "m1", traceId: "t1"))
        #expect(r1 == LogObject(timestamp: 1_705_314_225.5, level: "warn", service: "s2", host: "h2", message: "m2", traceId: "t2"))
        #expect(r2 == LogObject(timestamp: 1_705_314_225, level: "info", service: "s3", message: "m3", traceId: "t3"))
        #expect(r3 == LogObject(timestamp: 1_705_314_225.25, level: "DEBUG", message: "m4"))
        #expect(r4 == LogObject(timestamp: 1_705_314_225, level: "error", message: "m5"))
        #expect(r5.level == "50")
        #expect(r5.service == nil)
        #expect(r5.attributes == JSONObject([("logger", .string("db")), ("pid", .number(7)), ("k", .string("v"))]))
    }

    @Test func preferredAliasWinsAndTheOtherStaysAnAttribute() throws {
        let incident = try decodeIncident(incidentJSON(#""logs":[{"message":"best","msg":"second"}]"#))
        #expect(incident.logs == [.record(LogObject(message: "best", attributes: JSONObject([("msg", .string("second"))])))])
    }

    @Test func recordWithoutMessageIsRefusedWithItsIndex() {
        let error = decodingError(incidentJSON(#""logs":["a","b","c",{"level":"error","service":"x"}]"#))
        #expect(error?.description == "logs[3]: record has no message (expected one of message, msg, log, event)")
    }

    @Test func otherItemKindsAreRefused() {
        let items = Array(repeating: "\"x\"", count: 12).joined(separator: ",")
        #expect(decodingError(incidentJSON(#""logs":["# + items + ",true]"))?.description == "logs[12]: expected a string or an object, found true")
    }

    @Test func invalidUTF8IsReplacedNotRefused() throws {
        var bytes = Array(incidentJSON(#""logs":["ab##cd"]"#).utf8)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "#")))
        bytes[index] = 0xFF
        bytes[index + 1] = 0xC3
        let incident = try IncidentDecoder.decode(bytes)
        #expect(incident.logs == [.line("ab\u{FFFD}\u{FFFD}cd")])
    }
}
