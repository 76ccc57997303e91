import AlphaCore
import AlphaSignals
import Testing

/// A FastAPI + PostgreSQL service whose deploy at 10:30 shrinks the connection pool: mixed uvicorn access lines,
/// JSON application logs, gunicorn lines and Python tracebacks.
@Suite struct IncidentScenarioTests {
    static let deploy = 1_705_314_600.0  // 2024-01-15T10:30:00Z

    static func stamp(_ minute: Int, _ second: Int) -> String {
        "2024-01-15T10:\(minute < 10 ? "0" : "")\(minute):\(second < 10 ? "0" : "")\(second)Z"
    }

    static func logs() -> [LogItem] {
        var lines: [String] = []
        for minute in 10..<50 {
            for second in stride(from: 0, to: 60, by: 6) {
                lines.append(#"{"ts":"\#(stamp(minute, second))","level":"info","msg":"GET /orders/\#(minute * 100 + second) 200","service":"api"}"#)
            }
            if minute % 10 == 0 {
                lines.append(#"{"ts":"\#(stamp(minute, 30))","level":"warning","msg":"cache miss ratio 0.\#(minute) above 0.3","service":"api"}"#)
            }
            guard minute >= 30 else { continue }
            for k in 0..<4 {
                lines.append("\(stamp(minute, k * 10 + 1)) ERROR app.db: Exception on /orders/\(minute * 10 + k) [GET]")
                lines.append("Traceback (most recent call last):")
                lines.append("  File \"/app/db.py\", line 31, in get_session")
                lines.append("    conn = engine.connect()")
                lines.append(
                    "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 "
                        + "(Background on this error at: https://sqlalche.me/e/20/3o7r)")
                lines.append(#"INFO:     10.0.0.\#(k):5\#(minute)12 - "GET /orders/\#(minute * 10 + k) HTTP/1.1" 500 Internal Server Error"#)
            }
            if minute == 40 {
                lines.append("[2024-01-15 10:40:05 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:\(minute + 7))")
            }
        }
        return lines.map { .line($0) }
    }

    @Test func poolExhaustionAfterTheDeploy() async throws {
        let signals = await LogAnalyzer().analyze(Self.logs(), split: Self.deploy)
        #expect(signals.split == SplitPoint(time: Self.deploy, source: .deployedAt))
        #expect(signals.errorRecords == 20 * 4 * 2 + 1)
        #expect(signals.warnRecords == 4)
        #expect(signals.errorRateBefore == 0)
        #expect(signals.dominantError == .poolTimeout)
        let top = try #require(signals.signatures.first)
        #expect(
            top.template
                == "Exception on /orders/<*> [GET] | sqlalchemy.exc.TimeoutError: QueuePool limit of size <*> overflow <*> reached, "
                + "connection timed out, timeout <*> (Background on this error at: https://sqlalche.me/e/<*>/<*>)")
        #expect(top.countAfter == 80 && top.countBefore == 0 && top.isNew)
        #expect(top.hosts == ["sqlalche.me"])
        let access = try #require(signals.signatures.first { $0.template == "GET /orders/<*> 500" })
        #expect(access.countAfter == 80)
        #expect(Set(signals.newErrorSignatures) == Set([top.id, access.id] + signals.signatures.filter { $0.category == .crash }.map(\.id)))
        let cache = try #require(signals.signatures.first { $0.level == .warn })
        #expect(cache.countBefore == 2 && cache.countAfter == 2 && !cache.isNew)
        #expect(signals.stackTraces.count == 1)
        #expect(signals.stackTraces.first?.frames == [StackFrame(file: "/app/db.py", line: 31, function: "get_session")])

        // Without the deploy time the change point lands on the same minute.
        let found = await LogAnalyzer().analyze(Self.logs(), split: nil)
        #expect(found.split == SplitPoint(time: Self.deploy, source: .changePoint))
        #expect(found.dominantError == .poolTimeout)
        #expect(found.newErrorSignatures.count == signals.newErrorSignatures.count)
    }
}
