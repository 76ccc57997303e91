import AlphaCore
import AlphaSignals
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Release-mode throughput check, run on demand:
/// `ALPHA_LOG_BENCH=1 swift test -c release --filter LogThroughputTests`.
@Suite struct LogThroughputTests {
    static let enabled = getenv("ALPHA_LOG_BENCH") != nil

    /// 1,000,000 mixed lines (plain, JSON, logfmt, access, syslog), ~120 bytes each, ~5% errors.
    static func corpus(count: Int) -> [LogItem] {
        var items: [LogItem] = []
        items.reserveCapacity(count)
        let base = 1_705_314_225
        for i in 0..<count {
            let t = base + i / 500
            let second = t % 60
            let minute = t / 60 % 60
            let stamp = "2024-01-15T10:\(minute < 10 ? "0" : "")\(minute):\(second < 10 ? "0" : "")\(second).\(i % 1000)Z"
            let isError = (i / 5) % 20 == 3  // 5% of every format
            let line: String
            switch i % 5 {
            case 0:
                line =
                    isError
                    ? "\(stamp) ERROR [worker-\(i % 8)] app.db - QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00"
                    : "\(stamp) INFO [worker-\(i % 8)] app.http - request completed path=/api/orders/\(i) status=200 duration=\(i % 97)ms"
            case 1:
                line =
                    isError
                    ? #"{"ts":"\#(stamp)","level":"error","msg":"Error 111 connecting to redis:6379. Connection refused.","service":"cart","req":\#(i)}"#
                    : #"{"ts":"\#(stamp)","level":"info","msg":"cache hit for key user:\#(i) in \#(i % 13)ms","service":"cart","req":\#(i)}"#
            case 2:
                line =
                    isError
                    ? "ts=\(stamp) level=error msg=\"upstream payments.internal returned 503\" service=checkout trace=\(i)"
                    : "ts=\(stamp) level=info msg=\"charge created for order \(i) amount=\(i % 500)\" service=checkout span=ab\(i)"
            case 3:
                line =
                    "10.0.\(i % 255).\(i % 7) - - [15/Jan/2024:10:23:45 +0000] \"GET /api/items/\(i) HTTP/1.1\" \(isError ? 502 : 200) 512 \"-\" \"curl/8.0\""
            default:
                line =
                    isError
                    ? "Jan 15 10:23:45 web-1 nginx[\(i % 999)]: error: connect() failed (111: Connection refused) while connecting to upstream"
                    : "Jan 15 10:23:45 web-1 sshd[\(i % 999)]: info: Accepted publickey for deploy from 10.1.2.\(i % 255) port 22 ssh2 x"
            }
            items.append(.line(line))
        }
        return items
    }

    @Test(.enabled(if: enabled)) func throughput() async {
        let count = 1_000_000
        let items = Self.corpus(count: count)
        let bytes = items.reduce(0) { total, item in
            if case .line(let text) = item { return total + text.utf8.count }
            return total
        }
        let analyzer = LogAnalyzer()
        _ = await analyzer.analyze(Array(items.prefix(50_000)), split: nil)
        var best = Duration.seconds(1000)
        var signals = LogSignals()
        for _ in 0..<3 {
            let start = ContinuousClock.now
            signals = await analyzer.analyze(items, split: nil)
            best = min(best, ContinuousClock.now - start)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        print("log throughput: \(Int(Double(count) / seconds)) lines/s (\(seconds) s, \(bytes / count) bytes/line, errors \(signals.errorRecords))")
        #expect(signals.totalRecords == count)
        #expect(Double(count) / seconds >= 1_500_000)
    }
}
