import AlphaCore
import AlphaSignals

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large mixed-format corpus (plain, JSON, logfmt, access, syslog; ~5% errors) for counting tests.
enum MixedLogCorpus {
    /// Mixed lines (plain, JSON, logfmt, access, syslog), ~120 bytes each, ~5% errors.
    static func make(count: Int) -> [LogItem] {
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
}
