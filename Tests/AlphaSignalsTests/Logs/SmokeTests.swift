import AlphaCore
import AlphaSignals
import Testing

@Suite struct SmokeTests {
    @Test func smoke() async throws {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z INFO started",
            "2024-01-15T10:23:46Z ERROR Error 111 connecting to redis:6379. Connection refused.",
            "2024-01-15T10:23:47Z ERROR Request failed",
            "Traceback (most recent call last):",
            "  File \"/app/main.py\", line 10, in handler",
            "    do()",
            "ValueError: bad value 42",
            #"{"level":"error","msg":"upstream timed out after 30.00s","service":"api","ts":1705314230}"#,
        ])
        print(signals)
        #expect(signals.totalRecords == 4)
    }
}
