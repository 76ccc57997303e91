/// Writes the `logs` array: one million lines in the formats real incidents arrive in (plain text, Python logging,
/// JSON lines with varied key names, logfmt, object records) with stack traces, errors rising after the deploy.
struct LogGenerator {
    let scenario: Scenario
    let lines: Int

    func write(to out: inout JSONWriter, rng: inout SplitMix64) {
        out.raw("[")
        var written = 0
        var first = true
        while written < lines {
            let time = scenario.start + (scenario.end - scenario.start) * Double(written) / Double(lines) + rng.unit() * 0.2
            let afterDeploy = time >= scenario.deployedAt
            let isError = rng.chance(afterDeploy ? 0.095 : 0.02)
            let level = isError ? "ERROR" : rng.chance(0.06) ? "WARN" : rng.chance(0.1) ? "DEBUG" : "INFO"
            let service = rng.chance(0.55) ? "orders-api" : rng.pick(scenario.services)
            let message = isError ? errorMessage(&rng) : infoMessage(&rng, level: level)
            if !first { out.raw(",\n") }
            first = false
            written += 1
            switch rng.below(100) {
            case 0..<35:
                out.string("\(Format.rfc3339(time)) \(level) [\(service)] \(message)")
            case 35..<50:
                let python = ["ERROR": "ERROR", "WARN": "WARNING", "INFO": "INFO", "DEBUG": "DEBUG"][level] ?? level
                out.string("\(Format.python(time)) \(python) \(rng.pick(pythonLoggers)): \(message)")
            case 50..<75:
                out.string(jsonLine(time: time, level: level, service: service, message: message, rng: &rng))
            case 75..<90:
                let host = rng.pick(scenario.hosts)
                out.string(
                    "ts=\(Format.rfc3339(time)) level=\(level.lowercased()) msg=\"\(message.replacingQuotes)\" service=\(service) host=\(host)")
            default:
                writeRecord(to: &out, time: time, level: level, service: service, message: message, rng: &rng)
            }
            // A few errors carry a stack trace: Python as separate following lines, Java embedded with \n.
            if isError && rng.chance(0.03) && written < lines - 8 {
                if rng.chance(0.5) {
                    for frame in pythonTrace(&rng) {
                        out.raw(",\n")
                        out.string(frame)
                        written += 1
                    }
                } else {
                    out.raw(",\n")
                    out.string("\(Format.rfc3339(time)) ERROR [\(service)] \(javaTrace(&rng))")
                    written += 1
                }
            }
        }
        out.raw("]")
    }

    private func jsonLine(time: Double, level: String, service: String, message: String, rng: inout SplitMix64) -> String {
        let escaped = message.replacingQuotes
        switch rng.below(4) {
        case 0:
            return "{\"level\":\"\(level.lowercased())\",\"ts\":\"\(Format.rfc3339(time))\",\"service\":\"\(service)\",\"msg\":\"\(escaped)\"}"
        case 1:
            return
                "{\"@timestamp\":\"\(Format.rfc3339(time))\",\"severity\":\"\(level)\",\"message\":\"\(escaped)\",\"service.name\":\"\(service)\",\"trace.id\":\"\(hex(&rng, 16))\"}"
        case 2:
            let pino = ["ERROR": 50, "WARN": 40, "INFO": 30, "DEBUG": 20][level] ?? 30
            return
                "{\"level\":\(pino),\"time\":\(Int(time * 1000)),\"pid\":\(rng.below(30000)),\"hostname\":\"\(rng.pick(scenario.pods))\",\"msg\":\"\(escaped)\"}"
        default:
            return
                "{\"timestamp\":\"\(Format.rfc3339(time))\",\"levelname\":\"\(level)\",\"logger\":\"\(rng.pick(pythonLoggers))\",\"event\":\"\(escaped)\",\"request_id\":\"\(hex(&rng, 12))\"}"
        }
    }

    private func writeRecord(
        to out: inout JSONWriter, time: Double, level: String, service: String, message: String, rng: inout SplitMix64
    ) {
        out.raw("{")
        if rng.chance(0.5) {
            out.key("timestamp")
            out.string(Format.rfc3339(time))
            out.raw(",")
            out.key("level")
        } else {
            out.key("ts")
            out.fixed(time, 3)
            out.raw(",")
            out.key("severity")
        }
        out.string(level.lowercased())
        out.raw(",")
        out.key("service")
        out.string(service)
        out.raw(",")
        out.key("host")
        out.string(rng.pick(scenario.hosts))
        out.raw(",")
        out.key(rng.chance(0.5) ? "message" : "msg")
        out.string(message)
        out.raw(",")
        out.key("trace_id")
        out.string(hex(&rng, 32))
        out.raw(",")
        out.key("attributes")
        out.raw("{\"http.status_code\":\(level == "ERROR" ? 500 : 200),\"duration_ms\":\(rng.below(3000))}")
        out.raw("}")
    }

    private func errorMessage(_ rng: inout SplitMix64) -> String {
        let id = rng.below(9_000_000) + 1_000_000
        let ms = rng.below(29_000) + 1000
        let host = rng.pick(scenario.hosts)
        switch rng.below(40) {
        case 0, 1, 2, 3, 4, 5:
            return "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00"
        case 6, 7, 8: return "ERROR: canceling statement due to statement timeout (order_id=\(id), after \(ms) ms)"
        case 9, 10: return "Connection refused (redis:6379) while reading session \(hex(&rng, 8))"
        case 11: return "upstream request timeout: POST /api/v1/orders/\(id)/confirm took \(ms)ms (limit 5000ms)"
        case 12: return "\(host) - - \"POST /api/v1/orders HTTP/1.1\" 503 \(rng.below(900) + 100) \"-\" \"okhttp/4.12.0\" \(ms)ms"
        case 13:
            return
                "\(host) - - \"GET /api/v1/orders/\(id) HTTP/1.1\" 500 214 \"-\" \"python-requests/2.31.0\" rt=\(Format.fixed(Double(ms) / 1000, 3))"
        case 14: return "psycopg2.OperationalError: could not connect to server: Connection timed out (db-primary:5432)"
        case 15: return "Failed to process payment for order \(id): gateway returned 502 Bad Gateway after \(ms) ms"
        case 16: return "java.net.SocketTimeoutException: Read timed out calling inventory-service/reserve (sku=SKU-\(id % 99999))"
        case 17: return "HikariPool-1 - Connection is not available, request timed out after \(ms)ms."
        case 18: return "circuit breaker 'payments' OPEN after 20 consecutive failures; rejecting calls for 30s"
        case 19: return "OOMKilled: container orders-api exceeded memory limit 512Mi (usage 537Mi) on \(rng.pick(scenario.pods))"
        case 20: return "grpc: received message larger than max (5242880 vs. 4194304) from inventory:50051"
        case 21: return "deadlock detected while updating orders row \(id); transaction \(rng.below(999_999)) rolled back"
        case 22: return "KeyError: 'shipping_address' in handler create_order (request_id=\(hex(&rng, 12)))"
        case 23: return "NullPointerException at com.shop.orders.PricingService.applyDiscount(PricingService.java:\(rng.below(400) + 20))"
        case 24: return "Kafka producer send failed: topic=orders.events partition=\(rng.below(12)) error=REQUEST_TIMED_OUT"
        case 25: return "TLS handshake error from 10.0.\(rng.below(8)).\(rng.below(250)):\(rng.below(60000) + 1024): EOF"
        case 26: return "too many open files (accept tcp [::]:8080); sleeping 5ms before retry"
        case 27: return "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."
        case 28: return "http: panic serving 10.0.\(rng.below(8)).\(rng.below(250)):\(rng.below(60000)): runtime error: invalid memory address"
        case 29: return "rate limit exceeded for tenant t-\(id % 5000): 1000 req/min, rejecting"
        case 30: return "worker timeout (pid:\(rng.below(30000) + 100)); restarting gunicorn worker after \(ms / 1000)s"
        case 31: return "DNS lookup failed for payments.internal.svc.cluster.local: i/o timeout"
        case 32: return "Unhandled exception in GET /healthz: database is locked"
        case 33: return "failed to acquire advisory lock 42 within \(ms) ms; another migration is running?"
        case 34: return "context deadline exceeded while calling checkout.v1.Checkout/Complete (order \(id))"
        case 35: return "S3 PutObject failed: SlowDown: Please reduce your request rate. (bucket=invoices, key=\(id).pdf)"
        case 36: return "cannot serialize access due to concurrent update (order_id=\(id))"
        case 37: return "queue orders-retry depth \(rng.below(90000) + 10000) exceeds threshold 10000"
        case 38: return "javax.net.ssl.SSLException: Connection reset by peer (payments-gw:443)"
        default: return "Error executing query: relation \"order_items_v2\" does not exist (migration 0042 not applied?)"
        }
    }

    private func infoMessage(_ rng: inout SplitMix64, level: String) -> String {
        let id = rng.below(9_000_000) + 1_000_000
        let ms = rng.below(400) + 3
        let host = rng.pick(scenario.hosts)
        switch rng.below(14) {
        case 0: return "\(host) - - \"GET /api/v1/orders/\(id) HTTP/1.1\" 200 \(rng.below(4000) + 200) \"-\" \"Mozilla/5.0\" \(ms)ms"
        case 1: return "\(host) - - \"POST /api/v1/cart/items HTTP/1.1\" 201 \(rng.below(900) + 100) \"-\" \"okhttp/4.12.0\" \(ms)ms"
        case 2: return "order \(id) created for customer c-\(id % 77777) total=\(Format.fixed(Double(rng.below(50000)) / 100, 2)) EUR"
        case 3: return "payment authorized for order \(id) via stripe in \(ms) ms"
        case 4: return "cache hit ratio \(Format.fixed(0.8 + rng.unit() * 0.19, 3)) for key prefix product:"
        case 5: return "processed batch of \(rng.below(500) + 1) events from orders.events in \(ms) ms"
        case 6: return "GET /healthz 200 in \(rng.below(5) + 1)ms"
        case 7: return level == "WARN" ? "slow query (\(ms * 10) ms): SELECT * FROM orders WHERE customer_id = $1" : "query ok in \(ms) ms"
        case 8: return "connection pool stats: size=5 checked_out=\(rng.below(6)) overflow=\(rng.below(3))"
        case 9: return "retrying request to inventory (attempt \(rng.below(3) + 1)/3) after \(ms) ms"
        case 10: return "user u-\(id % 99999) logged in from 203.0.113.\(rng.below(250))"
        case 11: return "shipment \(hex(&rng, 10)) dispatched for order \(id)"
        case 12: return "feature flag new_pricing evaluated to \(rng.chance(0.5)) for tenant t-\(id % 5000)"
        default: return "scheduled job reconcile_inventory finished: \(rng.below(3000)) items in \(ms * 3) ms"
        }
    }

    private func pythonTrace(_ rng: inout SplitMix64) -> [String] {
        [
            "Traceback (most recent call last):",
            "  File \"/app/orders/api/handlers.py\", line \(rng.below(300) + 10), in create_order",
            "    order = repository.save(payload)",
            "  File \"/app/orders/db/repository.py\", line \(rng.below(200) + 10), in save",
            "    with self.engine.begin() as connection:",
            "  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/pool/impl.py\", line 164, in _do_get",
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00",
        ]
    }

    private func javaTrace(_ rng: inout SplitMix64) -> String {
        "Unhandled exception in request thread\njava.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, "
            + "request timed out after 30000ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n"
            + "\tat com.shop.orders.OrderRepository.save(OrderRepository.java:\(rng.below(200) + 20))\n"
            + "\tat com.shop.orders.OrderController.create(OrderController.java:\(rng.below(200) + 20))"
    }

    private var pythonLoggers: [String] { ["sqlalchemy.pool", "orders.api", "orders.worker", "gunicorn.error", "urllib3.connectionpool"] }
}

/// Lowercase hex of `count` random nibbles (ids, shas, trace ids).
func hex(_ rng: inout SplitMix64, _ count: Int) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for _ in 0..<count { bytes.append(digits[rng.below(16)]) }
    return String(decoding: bytes, as: UTF8.self)
}

extension String {
    /// Backslash-escapes double quotes (for messages embedded in logfmt and JSON lines).
    var replacingQuotes: String {
        guard utf8.contains(UInt8(ascii: "\"")) else { return self }
        var out: [UInt8] = []
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
