import AlphaCore
import AlphaSignals
import Testing

@Suite struct LogLineParserTests {
    static let t0 = 1_705_314_225.0  // 2024-01-15T10:23:45Z

    @Test(arguments: [
        ("2024-01-15T10:23:45.250Z ERROR db down", 1_705_314_225.25),
        ("2024-01-15 10:23:45,250 ERROR db down", 1_705_314_225.25),
        ("2024-01-15T12:23:45+02:00 ERROR db down", 1_705_314_225.0),
        ("[2024-01-15 10:23:45 +0000] [123] [ERROR] db down", 1_705_314_225.0),
        ("[2024-01-15 11:23:45 +0100] [123] [ERROR] db down", 1_705_314_225.0),
        ("2024/01/15 10:23:45 [error] db down", 1_705_314_225.0),
        ("1705314225 ERROR db down", 1_705_314_225.0),
        ("1705314225.5 ERROR db down", 1_705_314_225.5),
        ("1705314225250 ERROR db down", 1_705_314_225.25),
    ])
    func timestampsAndMessage(line: String, expected: Double) throws {
        let record = LogLineParser.parse(line, index: 3)
        let timestamp = try #require(record.timestamp)
        #expect(abs(timestamp - expected) < 1e-6)
        #expect(record.level == .error)
        #expect(record.message == "db down")
        #expect(record.index == 3)
    }

    @Test func syslogHasTimeOfDayAndProgramAsService() throws {
        let record = LogLineParser.parse("Jan 15 10:23:45 web-1 nginx[812]: error: connect() failed", index: 0)
        let timestamp = try #require(record.timestamp)
        #expect(Int(timestamp) % 86_400 == 10 * 3600 + 23 * 60 + 45)
        #expect(record.service == "nginx")
        #expect(record.level == .error)
        #expect(record.message == "connect() failed")
    }

    @Test func klogHeader() throws {
        let record = LogLineParser.parse("E0115 10:23:45.123456       1 controller.go:42] sync failed", index: 0)
        #expect(record.level == .error)
        let timestamp = try #require(record.timestamp)
        #expect(abs(timestamp.truncatingRemainder(dividingBy: 86_400) - 37_425.123456) < 1e-3)
    }

    @Test(arguments: [
        ("ERROR", LogLevel.error), ("error", .error), ("E", .error), ("err", .error), ("[error]", .error), ("<E>", .error),
        ("WARN", .warn), ("WARNING", .warn), ("W", .warn), ("warn:", .warn), ("CRITICAL", .fatal), ("FATAL", .fatal),
        ("INFO", .info), ("DEBUG", .debug), ("level=error", .error), ("lvl=warn", .warn), ("SEVERE", .error), ("TRACE", .trace),
    ])
    func levelSpellings(word: String, expected: LogLevel) {
        #expect(LogLineParser.parse("2024-01-15T10:23:45Z \(word) something happened", index: 0).level == expected)
    }

    @Test func pythonLoggingLayout() {
        let record = LogLineParser.parse("2024-01-15 10:23:45,123 - app.db - WARNING - pool nearly exhausted", index: 0)
        #expect(record.level == .warn)
        #expect(record.message == "pool nearly exhausted")
    }

    @Test func jsonAliases() throws {
        let a = LogLineParser.parse(#"{"@timestamp":"2024-01-15T10:23:45Z","severity":"ERROR","message":"db down","app":"api"}"#, index: 0)
        #expect(a.timestamp == Self.t0)
        #expect(a.level == .error)
        #expect(a.message == "db down")
        #expect(a.service == "api")
        let b = LogLineParser.parse(#"{"time": 1705314225, "levelname": "WARNING", "event": "slow", "service": "cart"}"#, index: 0)
        #expect(b.timestamp == Self.t0)
        #expect(b.level == .warn)
        #expect(b.message == "slow")
        #expect(b.service == "cart")
        let c = LogLineParser.parse(#"{"ts":1705314225000,"lvl":"err","log":"x","nested":{"a":[1,{"b":"}"}]}}"#, index: 0)
        #expect(c.timestamp == Self.t0)
        #expect(c.level == .error)
        #expect(c.message == "x")
    }

    @Test(arguments: [(10, LogLevel.trace), (20, .debug), (30, .info), (40, .warn), (50, .error), (60, .fatal)])
    func pinoNumericLevels(value: Int, expected: LogLevel) {
        let record = LogLineParser.parse(#"{"level":\#(value),"time":1705314225123,"pid":1,"msg":"hello"}"#, index: 0)
        #expect(record.level == expected)
        #expect(record.message == "hello")
        #expect(abs((record.timestamp ?? 0) - 1_705_314_225.123) < 1e-6)
    }

    @Test func jsonEscapesAndNestedError() {
        let record = LogLineParser.parse(#"{"level":"error","msg":"first \"q\" caf\u00e9\nsecond line"}"#, index: 0)
        #expect(record.message == "first \"q\" café")
        #expect(record.details == "second line")
        let pino = LogLineParser.parse(
            #"{"level":50,"msg":"request failed","err":{"type":"Error","message":"connect ECONNREFUSED 10.0.0.7:5432","stack":"Error: x\n    at f (/app/a.js:1:2)"}}"#,
            index: 0)
        #expect(pino.message == "request failed: connect ECONNREFUSED 10.0.0.7:5432")
        #expect(pino.details == "Error: x\n    at f (/app/a.js:1:2)")
    }

    @Test func logfmt() {
        let record = LogLineParser.parse(#"ts=2024-01-15T10:23:45Z level=error msg="payment \"declined\"" service=checkout dur=12ms"#, index: 0)
        #expect(record.timestamp == Self.t0)
        #expect(record.level == .error)
        #expect(record.message == "payment \"declined\"")
        #expect(record.service == "checkout")
    }

    @Test(arguments: [
        (#"10.0.0.1 - - [15/Jan/2024:10:23:45 +0000] "GET /api/users/42 HTTP/1.1" 502 157 "-" "curl/8.0""#, LogLevel?.some(.error), 502),
        (#"10.0.0.1 - - [15/Jan/2024:10:23:45 +0000] "POST /login HTTP/1.1" 429 12 "-" "curl/8.0""#, .warn, 429),
        (#"10.0.0.1 - - [15/Jan/2024:10:23:45 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.0""#, nil, 200),
        (#"INFO:     127.0.0.1:54321 - "GET /items/1 HTTP/1.1" 500 Internal Server Error"#, .error, 500),
    ])
    func accessLogsInferLevelFromStatus(line: String, expected: LogLevel?, status: Int) {
        let record = LogLineParser.parse(line, index: 0)
        #expect(record.httpStatus == status)
        #expect(record.level == expected || (expected == nil && record.level == .info))
    }

    @Test func accessLogTimestamp() {
        let record = LogLineParser.parse(#"10.0.0.1 - - [15/Jan/2024:11:23:45 +0100] "GET / HTTP/1.1" 200 612"#, index: 0)
        #expect(record.timestamp == Self.t0)
    }

    @Test(arguments: [
        "Traceback (most recent call last):", "java.lang.IllegalStateException: boom", "ValueError: invalid literal for int()",
        "Exception in thread \"main\" java.lang.NullPointerException",
    ])
    func inferredErrors(line: String) {
        let record = LogLineParser.parse(line, index: 0)
        #expect(record.level == .error)
        #expect(record.levelInferred)
    }

    @Test func pythonBasicConfigLayout() {
        let record = LogLineParser.parse("ERROR:app.db:connection lost", index: 0)
        #expect(record.level == .error)
        #expect(record.message == "app.db:connection lost")
    }

    @Test(arguments: [
        ("2024-01-15 10:23:45.120 ERROR 1 --- [nio-8080-exec-1] c.s.Api : boom", LogLevel?.some(.error)),
        ("10:23:45.123 [main] ERROR com.shop.Api - boom", .error),
        ("2024-01-15T10:23:45.123Z\terror\tpkg/file.go:42\tboom", .error),
        ("2024-01-15T10:23:45Z request to /api returned error 500", nil),
        ("2024-01-15T10:23:45Z request to /api returned ERROR", .error),
    ])
    func levelWordPosition(line: String, expected: LogLevel?) {
        #expect(LogLineParser.parse(line, index: 0).level == expected)
    }

    @Test(arguments: [
        ("2024-01-15 10:23:45.120 ERROR 1 --- [nio-8080-exec-1] c.s.Api : boom now", "boom now"),
        ("2024-01-15 10:23:45,120 ERROR [worker-3] app.db - pool exhausted", "pool exhausted"),
        ("2024-01-15 10:23:45,120 ERROR connection failed - retrying", "connection failed - retrying"),
        ("2024-01-15 10:23:45,120 ERROR: db down", "db down"),
        ("2024-01-15 10:23:45,120 ERROR app.db: db down", "db down"),
        ("2024-01-15 10:23:45,120 ERROR Error: db down", "Error: db down"),
        ("2024-01-15 10:23:45,120 ERROR psycopg2.errors.DuplicateTable: x", "psycopg2.errors.DuplicateTable: x"),
    ])
    func headerFieldsAfterTheLevelAreSkipped(line: String, message: String) {
        #expect(LogLineParser.parse(line, index: 0).message == message)
    }

    @Test func postgresLogLines() {
        let error = LogLineParser.parse("2024-01-15 10:23:45.123 UTC [812] ERROR:  canceling statement due to statement timeout", index: 0)
        #expect(error.timestamp == Self.t0 + 0.123)
        #expect(error.level == .error)
        #expect(error.message == "canceling statement due to statement timeout")
        let slow = LogLineParser.parse("2024-01-15 10:23:45.123 UTC [812] LOG:  duration: 2345.678 ms  statement: SELECT 1", index: 0)
        #expect(slow.level == .warn)
        #expect(slow.levelInferred)
        let plain = LogLineParser.parse("2024-01-15 10:23:45.123 UTC [812] LOG:  checkpoint starting: time", index: 0)
        #expect(plain.level == .info)
    }

    @Test func noLevelStaysUnknown() {
        let record = LogLineParser.parse("2024-01-15T10:23:45Z listening on port 8080", index: 0)
        #expect(record.level == nil)
        #expect(record.message == "listening on port 8080")
    }

    @Test func badInputDoesNotTrap() {
        for line in ["", "{", "{\"level\":", "[2024-01-15", "Jan 99 10:23:45 x", "\u{0}\u{1}", "\"GET ", "1705314225", "{\"msg\":\"\\u12\"}"] {
            _ = LogLineParser.parse(line, index: 0)
        }
    }
}
