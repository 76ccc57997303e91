import AlphaCore
import AlphaSignals
import Testing

/// Bad input must never trap: random lines built from the characters the parsers branch on (debug builds check
/// every index, so an out-of-bounds read fails this test).
@Suite struct RobustnessTests {
    static let pieces: [String] = [
        "{", "}", "\"", "\\", "\\u", "\\ud800", ":", ",", "=", "[", "]", "<", ">", "(", ")", " ", "\t", "\n", "'", "/", "?", "@", ".",
        "2024-01-15", "T10:23:45", " +0000", "Jan 15 10:23:45", "15/Jan/2024:10:23:45", "1705314225", "E0115 ", "ERROR", "err", "W",
        "level", "msg", "ts", "\"GET /a HTTP/1.1\" 502", "Traceback (most recent call last):", "  File \"", "\tat ", "    at ",
        "goroutine 1 [running]:", "panic: ", "Caused by: ", "http://", "redis:6379", "0x1f", "é", "\u{0}", "999999999999999999999",
    ]

    @Test func randomLinesDoNotTrap() async {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var logs: [LogItem] = []
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<(next() % 12) { line += Self.pieces[next() % Self.pieces.count] }
            logs.append(.line(line))
            _ = LogLineParser.parse(line, index: 0)
        }
        let signals = await LogAnalyzer().analyze(logs, split: 1_705_314_225)
        #expect(signals.totalRecords <= logs.count)
        #expect(signals.errorRecords + signals.warnRecords <= signals.totalRecords)
    }
}
