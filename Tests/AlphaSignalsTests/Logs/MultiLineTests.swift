import AlphaCore
import AlphaSignals
import Testing

@Suite struct MultiLineTests {
    @Test func indentedAndTraceLinesMergeIntoThePreviousRecord() async {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z ERROR query failed",
            "    SELECT * FROM orders",
            "      WHERE id = 1",
            "2024-01-15T10:23:46Z INFO ok",
            "  2024-01-15T10:23:47Z INFO indented but timestamped starts a record",
        ])
        #expect(signals.totalRecords == 3)
        #expect(signals.errorRecords == 1)
    }

    @Test func oneStringHoldingSeveralLines() async throws {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z ERROR boom\nTraceback (most recent call last):\n  File \"/app/a.py\", line 3, in f\nRuntimeError: boom"
        ])
        #expect(signals.totalRecords == 1)
        let trace = try #require(signals.stackTraces.first)
        #expect(trace.frames.count == 1)
        #expect(trace.exceptionType == "RuntimeError")
    }

    @Test func tracebackUnderAnInfoHeadMakesItAnError() async {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z INFO handling request",
            "Traceback (most recent call last):",
            "  File \"/app/a.py\", line 3, in f",
            "ZeroDivisionError: division by zero",
        ])
        #expect(signals.totalRecords == 1)
        #expect(signals.errorRecords == 1)
    }

    @Test func timestamplessLinesWithoutTracesStaySeparate() async {
        let signals = await LogTestSupport.analyze(["ERROR one", "ERROR two", "plain text", "WARN three"])
        #expect(signals.totalRecords == 4)
        #expect(signals.errorRecords == 2)
        #expect(signals.warnRecords == 1)
    }

    @Test func objectRecordsAreRecords() async {
        let logs: [LogItem] = [
            .record(LogObject(timestamp: 1_705_314_225, level: "err", service: "api", message: "db down: connection refused")),
            .record(LogObject(timestamp: 1_705_314_226, level: "50", message: "db down: connection refused")),
            .record(LogObject(timestamp: 1_705_314_227, message: "hello")),
        ]
        let signals = await LogAnalyzer().analyze(logs, split: nil)
        #expect(signals.totalRecords == 3)
        #expect(signals.errorRecords == 2)
        #expect(signals.signatures.first?.services == ["api"])
        #expect(signals.signatures.first?.category == .connectionRefused)
    }

    @Test func timestampedLineEndsATraceInAnyFormat() async {
        let signals = await LogTestSupport.analyze([
            "Jan 15 10:23:44 web-1 app[7]: ERROR failed",
            "Traceback (most recent call last):",
            "  File \"/app/a.py\", line 3, in f",
            "Jan 15 10:23:45 web-1 app[7]: INFO recovered",
            "goroutine 7 [running]:",
            "main.f()",
            "[2024-01-15 10:23:46 +0000] [1] [INFO] next",
        ])
        #expect(signals.totalRecords == 3)
    }

    /// The mixed corpus of the throughput check, small enough to run always: both chunks, every format.
    @Test func mixedCorpusCountsAreExact() async {
        let signals = await LogAnalyzer().analyze(MixedLogCorpus.make(count: 40_000), split: nil)
        #expect(signals.totalRecords == 40_000)
        #expect(signals.errorRecords == 2_000)
        #expect(signals.signatures.count == 5)
        #expect(signals.signatures.reduce(0) { $0 + $1.count } == 2_000)
        #expect(
            Set(signals.signatures.map(\.template)) == [
                "QueuePool limit of size <*> overflow <*> reached, connection timed out, timeout <*>",
                "Error 111 connecting to <*>. Connection refused.",
                "upstream payments.internal returned 503",
                "GET /api/items/<*> 502",
                "connect() failed (<*>: Connection refused) while connecting to upstream",
            ])
    }

    /// Two chunks run in parallel; a trace that straddles the middle must stay one record.
    @Test func chunkBoundaryKeepsRecordsWhole() async {
        var lines: [String] = []
        for i in 0..<30_000 {
            lines.append("2024-01-15T10:\(10 + i / 1000):\(String(format2: i % 60))Z INFO tick \(i)")
        }
        let middle = 15_000
        let trace = ["Traceback (most recent call last):", "  File \"/app/a.py\", line 3, in f", "ValueError: x"]
        lines.insert(contentsOf: trace, at: middle)
        lines.insert("2024-01-15T10:25:00Z ERROR failed", at: middle)
        // 30,004 lines: the second chunk would start at 15,002, inside the trace.
        let signals = await LogTestSupport.analyze(lines)
        #expect(signals.totalRecords == 30_001)
        #expect(signals.errorRecords == 1)
        #expect(signals.stackTraces.first?.frames.count == 1)
    }
}

extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
