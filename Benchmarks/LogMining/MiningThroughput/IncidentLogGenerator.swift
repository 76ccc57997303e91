import AlphaCore

/// A deterministic generator of incident-style log lines (~120 bytes): ISO timestamps, levels, services, request
/// ids, latencies, and an error burst in the middle, like the analyzer sees during an outage.
struct IncidentLogGenerator {
    private var state: UInt64
    private var second = 0
    private var line = 0
    let total: Int

    init(total: Int, seed: UInt64 = 0x5eed) {
        self.total = total
        state = seed
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }

    /// 2024-03-05T10:00:00Z.
    static let start = 1_709_632_800.0
    static let services = ["api-gateway", "checkout", "payments", "inventory", "auth", "search", "orders"]
    static let users = ["alice", "bob", "carol", "dave", "erin", "frank"]

    /// The next line, without terminator.
    mutating func nextLine() -> String {
        line += 1
        // About 30 lines a second: 10 M lines span about four days.
        if next() % 32 == 0 { second += 1 }
        let millis = Double(next() % 1000) / 1000
        let stamp = Timestamp.format(Self.start + Double(second) + millis)
        let service = pick(Self.services)
        let request = String(next() & 0xffff_ffff_ffff, radix: 16)
        let inBurst = line > total * 2 / 5 && line < total * 3 / 5
        let roll = next() % 100
        if inBurst && roll < 30 {
            let host = "10.0.\(next() % 8).\(next() % 250)"
            let message = pick([
                "connection to postgres at \(host):5432 refused after \(next() % 3000) ms (attempt \(next() % 5))",
                "upstream request timeout after \(next() % 30_000) ms calling \(pick(Self.services)) for request \(request)",
                "pool exhausted: \(next() % 100) of 100 connections in use, waiting \(next() % 900) ms",
            ])
            return "\(stamp) ERROR [\(service)] \(message)"
        }
        if roll >= 95 {
            return "\(stamp) WARN [\(service)] slow query took \(next() % 5000) ms rows=\(next() % 10_000) table=orders_\(next() % 16)"
        }
        let message: String
        switch roll % 5 {
        case 0:
            message = "GET /api/v1/orders/\(next() % 1_000_000) status=200 duration=\(next() % 400)ms request_id=\(request)"
        case 1:
            message = "POST /api/v1/checkout status=201 duration=\(next() % 900)ms user=\(pick(Self.users)) request_id=\(request)"
        case 2:
            message = "cache hit ratio \(next() % 100)% for key space sessions:\(next() % 64) evictions=\(next() % 50)"
        case 3:
            message = "user \(pick(Self.users)) logged in from \(next() % 256).\(next() % 256).\(next() % 256).\(next() % 256) session \(request)"
        default:
            message = "processed batch \(next() % 100_000) of \(next() % 512) events in \(next() % 250) ms lag=\(next() % 40)s"
        }
        return "\(stamp) INFO [\(service)] \(message)"
    }

}
