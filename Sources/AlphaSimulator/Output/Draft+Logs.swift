import AlphaCore

extension Draft {
    static let routes = ["GET /api/orders", "GET /api/orders/{id}", "POST /api/orders", "GET /api/products/{id}", "POST /api/cart/items"]

    /// The logs section: access samples, errors drawn from the model's failure shares, slow-query and lock logs from
    /// PostgreSQL, retries, deploy and migration lines, and the style's noise.
    mutating func logs() -> [JSONValue] {
        var events: [LogEvent] = []
        let service = IncidentGenerator.service
        let baseline = SystemParameters.baseline
        var wording = LogWording(
            stack: style.stack, dependency: dependency, poolSize: Int(parameters[.poolSize]), overflow: Int(parameters[.maxOverflow]),
            configVariant: variant(of: "bad_config"), regressionActive: false)
        let interval = intervalSeconds
        for m in metrics {
            let budget = min(20, m.requestRate * interval)
            // Access log samples (most requests are not logged: shippers sample them).
            for _ in 0..<2 {
                let route = rng.pick(Self.routes) ?? "GET /api/orders"
                let failed = rng.chance(m.errorRatio)
                let status = failed ? ((m.failureShares[.workerTimeout] ?? 0) > 0.3 * m.errorRatio ? 504 : (rng.chance(0.7) ? 500 : 503)) : 200
                let parts = route.split(separator: " ")
                let path = String(parts.last ?? "/").replacingPlaceholder(with: rng.int(1000...99999))
                let method = String(parts.first ?? "GET")
                events.append(
                    accessEvent(
                        time: m.time + rng.uniform(0, interval), method: method, path: path, status: status,
                        ms: rng.logNormal(mean: m.latencyMeanMs, sigma: 0.5)))
            }
            // Errors, by reason, in proportion to the model's failure shares.
            for kind in FailureKind.allCases {
                let share = m.failureShares[kind] ?? 0
                guard share > 0 else { continue }
                let n = min(25, rng.poisson(budget * (kind == .cacheRefused ? 0.3 : share)))
                for _ in 0..<n {
                    if kind == .codeException {
                        let background = baseline[.codeErrorRatio]
                        wording.regressionActive = share > background && rng.chance((share - background) / share)
                    }
                    let route = rng.pick(Self.routes) ?? "GET /api/orders"
                    let line = wording.failure(kind, route: route, rng: &rng)
                    events.append(
                        LogEvent(
                            time: m.time + rng.uniform(0, interval), level: line.level, logger: line.logger, service: service, message: line.message,
                            trace: line.trace, traceId: rng.chance(0.5) ? rng.hex(16) : nil))
                }
            }
            slowQueryEvents(m, budget: budget, into: &events)
            retryEvents(m, budget: budget, into: &events)
            if m.oomKilled { events.append(startupEvent(time: m.time + interval * 0.8, restart: true)) }
            noiseEvents(m, into: &events)
        }
        deployEvents(into: &events)
        events.sort { $0.time < $1.time }
        var out: [JSONValue] = []
        out.reserveCapacity(events.count)
        let renderer = LogRenderer(format: style.logFormat, keySet: style.logKeySet)
        for e in events { renderer.render(e, into: &out) }
        return out
    }

    private func accessEvent(time: Double, method: String, path: String, status: Int, ms: Double) -> LogEvent {
        let reason = [200: "OK", 500: "Internal Server Error", 503: "Service Unavailable", 504: "Gateway Timeout"][status] ?? ""
        let ip = "10.0.\(Int(time) % 7 + 1).\(Int(time * 7) % 250 + 2)"
        switch style.stack {
        case .python:
            return LogEvent(
                time: time, level: .info, logger: "uvicorn.access", service: IncidentGenerator.service,
                message: "\(ip):\(40000 + Int(time) % 20000) - \"\(method) \(path) HTTP/1.1\" \(status) \(reason)")
        case .java:
            return LogEvent(
                time: time, level: .info, logger: "o.s.web.servlet.DispatcherServlet", service: IncidentGenerator.service,
                message: "Completed \(status) \(reason.uppercased().replacingSpaces()) for \(method) \(path) in \(Int(ms)) ms")
        case .go:
            return LogEvent(
                time: time, level: .info, logger: "http", service: IncidentGenerator.service,
                message: "request completed method=\(method) path=\(path) status=\(status) duration=\(Int(ms))ms remote=\(ip)")
        }
    }

    private mutating func slowQueryEvents(_ m: IntervalMetrics, budget: Double, into events: inout [LogEvent]) {
        let perRequest = m.requestRate > 0 ? m.slowQueriesPerSecond / m.requestRate : 0
        let n = min(20, rng.poisson(budget * perRequest))
        for _ in 0..<n {
            let ms = max(1000, min(parameters[.statementTimeoutMs], 1000 + rng.exponential(mean: max(1, m.hotQueryMs))))
            let customer = rng.int(1000...99999)
            events.append(
                LogEvent(
                    time: m.time + rng.uniform(0, intervalSeconds), level: .info, logger: "postgres", service: "postgres",
                    message:
                        "LOG:  duration: \(fixed3(ms)) ms  statement: SELECT orders.id, orders.status, orders.total, orders.created_at FROM orders WHERE orders.customer_id = \(customer) ORDER BY orders.created_at DESC LIMIT 50"
                ))
        }
        if m.lockWaitMs > 150 {
            let k = min(10, rng.poisson(m.lockWaitMs / 150))
            for _ in 0..<k {
                let pid = rng.int(3000...9000)
                events.append(
                    LogEvent(
                        time: m.time + rng.uniform(0, intervalSeconds), level: .info, logger: "postgres", service: "postgres",
                        message:
                            "LOG:  process \(pid) still waiting for ShareLock on transaction \(rng.int(900000...999999)) after 1000.\(rng.int(100...999)) ms"
                    ))
            }
        }
    }

    private mutating func retryEvents(_ m: IntervalMetrics, budget: Double, into events: inout [LogEvent]) {
        guard m.dependencyAttemptFailure > 0.05, parameters[.dependencyRetries] >= 1 else { return }
        let retriesPerRequest = m.requestRate > 0 ? max(0, m.dependencyRps / m.requestRate - parameters[.dependencyCallsPerRequest]) : 0
        let n = min(30, rng.poisson(budget * retriesPerRequest))
        for _ in 0..<n {
            let attempt = rng.int(2...max(2, Int(parameters[.dependencyRetries]) + 1))
            let msg: String =
                switch style.stack {
                case .python:
                    "Retrying orders.clients.payments.charge in \(fixed1(parameters[.dependencyBackoffMs] / 1000)) seconds as it raised ReadTimeout: timed out."
                case .java:
                    "Retrying POST https://\(dependency)/v1/charges (attempt \(attempt) of \(Int(parameters[.dependencyRetries]) + 1)) after SocketTimeoutException"
                case .go: "retrying request to \(dependency) attempt=\(attempt) err=\"context deadline exceeded\""
                }
            events.append(
                LogEvent(
                    time: m.time + rng.uniform(0, intervalSeconds), level: .warning, logger: style.stack == .python ? "tenacity" : "orders.payments",
                    service: IncidentGenerator.service, message: msg))
        }
    }

    private mutating func noiseEvents(_ m: IntervalMetrics, into events: inout [LogEvent]) {
        if style.benignWarnings, rng.chance(0.15) {
            let msg =
                rng.pick([
                    "DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version.",
                    "Executing <Task pending name='Task-\(rng.int(100...9999))' coro=<RequestResponseCycle.run_asgi()>> took 0.1\(rng.int(10...99)) seconds",
                    "Unclosed client session client_session=<aiohttp.client.ClientSession object at 0x7f3a\(rng.hex(8))>",
                    "feature flag 'recommendations_v2' not found in remote config, using default=False",
                ]) ?? ""
            events.append(
                LogEvent(
                    time: m.time + rng.uniform(0, intervalSeconds), level: .warning, logger: "py.warnings", service: IncidentGenerator.service,
                    message: msg))
        }
        if style.backgroundErrors, rng.chance(0.2) {
            events.append(
                LogEvent(
                    time: m.time + rng.uniform(0, intervalSeconds), level: .error, logger: "orders.auth", service: IncidentGenerator.service,
                    message: "token validation failed for GET /api/orders: jwt.exceptions.ExpiredSignatureError: Signature has expired"))
        }
    }

    private func startupEvent(time: Double, restart: Bool) -> LogEvent {
        switch style.stack {
        case .python:
            return LogEvent(
                time: time, level: .info, logger: "gunicorn.error", service: IncidentGenerator.service,
                message: "Booting worker with pid: \(Int(time) % 400 + 20)")
        case .java:
            return LogEvent(
                time: time, level: .info, logger: "c.s.orders.OrdersApplication", service: IncidentGenerator.service,
                message: "Started OrdersApplication in 9.412 seconds (process running for 10.1)")
        case .go:
            return LogEvent(time: time, level: .info, logger: "main", service: IncidentGenerator.service, message: "listening on :8080")
        }
    }

    private mutating func deployEvents(into events: inout [LogEvent]) {
        guard let t = deployTime else { return }
        events.append(
            LogEvent(
                time: t - 2, level: .info, logger: style.stack == .python ? "gunicorn.error" : "main", service: IncidentGenerator.service,
                message: style.stack == .python ? "Handling signal: hup" : "shutting down for deploy"))
        events.append(startupEvent(time: t, restart: false))
        if style.stack == .python {
            events.append(
                LogEvent(
                    time: t + 0.4, level: .info, logger: "uvicorn.error", service: IncidentGenerator.service, message: "Application startup complete."
                ))
        }
        for fault in faults {
            guard case .commit(let change) = fault.origin, change.path.contains("migration") else { continue }
            migrationEvents(change, failed: fault.label == .migrationFailure, at: t, into: &events)
        }
    }

    /// What the migration tool of the stack prints when the deploy runs a migration (alembic, Flyway, golang-migrate).
    private func migrationEvents(_ change: CodeChange, failed: Bool, at t: Double, into events: inout [LogEvent]) {
        let service = IncidentGenerator.service
        let file = String(change.path.split(separator: "/").last ?? "")
        let nullViolation = "column \"discount_code\" of relation \"orders\" contains null values"
        switch style.stack {
        case .python:
            let (from, to) = failed ? ("7c41d2e9a0b3", "9a2f6c1e8d07") : ("5b9e0f1c2d4a", "7c41d2e9a0b3")
            events.append(
                LogEvent(
                    time: t - 20, level: .info, logger: "alembic.runtime.migration", service: service,
                    message: "Running upgrade \(from) -> \(to), \(change.message)"))
            guard failed else { return }
            events.append(
                LogEvent(
                    time: t - 19, level: .error, logger: "alembic.util.messaging", service: service,
                    message: "migration \(to) failed: sqlalchemy.exc.IntegrityError: (psycopg2.errors.NotNullViolation) \(nullViolation)",
                    trace: [
                        "Traceback (most recent call last):", "  File \"/app/\(change.path)\", line 14, in upgrade",
                        "    op.add_column(\"orders\", sa.Column(\"discount_code\", sa.String(32), nullable=False))",
                        "psycopg2.errors.NotNullViolation: \(nullViolation)",
                    ]))
        case .java:
            events.append(
                LogEvent(
                    time: t - 20, level: .info, logger: "o.f.core.internal.command.DbMigrate", service: service,
                    message: "Migrating schema \"public\" to version \"\(file)\""))
            guard failed else { return }
            events.append(
                LogEvent(
                    time: t - 19, level: .error, logger: "o.f.core.internal.command.DbMigrate", service: service,
                    message: "Migration of schema \"public\" to version \"\(file)\" failed! Changes successfully rolled back.",
                    trace: [
                        "org.flywaydb.core.internal.command.DbMigrate$FlywayMigrateException: Migration \(file) failed", "SQL State  : 23502",
                        "Message    : ERROR: \(nullViolation)",
                    ]))
        case .go:
            events.append(LogEvent(time: t - 20, level: .info, logger: "migrate", service: service, message: "applying migration \(file)"))
            guard failed else { return }
            events.append(
                LogEvent(
                    time: t - 19, level: .error, logger: "migrate", service: service,
                    message:
                        "migration failed: ERROR: \(nullViolation) (SQLSTATE 23502) in line 1: ALTER TABLE orders ADD COLUMN discount_code varchar(32) NOT NULL; (details: pq: \(nullViolation)) in \(file)"
                ))
        }
    }

    private func fixed3(_ v: Double) -> String {
        let i = Int((v * 1000).rounded())
        return "\(i / 1000).\(TimeFormat.pad(i % 1000, 3))"
    }

    private func fixed1(_ v: Double) -> String {
        let i = Int((v * 10).rounded())
        return "\(i / 10).\(i % 10)"
    }
}

extension String {
    /// `/api/orders/{id}` → `/api/orders/4821`.
    func replacingPlaceholder(with id: Int) -> String {
        guard hasSuffix("{id}") else { return self }
        return String(dropLast(4)) + String(id)
    }

    func replacingSpaces() -> String { String(map { $0 == " " ? "_" : $0 }) }
}
