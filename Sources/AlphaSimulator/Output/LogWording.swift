/// The wording real libraries use for each modelled event, per stack.
struct LogWording: Sendable {
    var stack: Stack
    var dependency: String
    var poolSize: Int
    var overflow: Int
    /// The bad-config variant decides what a config error says.
    var configVariant: String?
    var regressionActive: Bool

    struct Line {
        var level: LogEvent.Level
        var logger: String
        var message: String
        var trace: [String] = []
    }

    static let hotSQL =
        "SELECT orders.id, orders.status, orders.total, orders.created_at FROM orders WHERE orders.customer_id = %(customer_id_1)s ORDER BY orders.created_at DESC LIMIT %(param_1)s"

    func failure(_ kind: FailureKind, route: String, rng: inout SplitMix64) -> Line {
        switch stack {
        case .python: return python(kind, route: route, rng: &rng)
        case .java: return java(kind, rng: &rng)
        case .go: return go(kind, route: route, rng: &rng)
        }
    }

    private func pyTrace(_ frames: [(String, Int, String, String)], _ last: String) -> [String] {
        var out = ["Traceback (most recent call last):"]
        for (file, line, fn, code) in frames {
            out.append("  File \"\(file)\", line \(line), in \(fn)")
            out.append("    \(code)")
        }
        out.append(last)
        return out
    }

    private func python(_ kind: FailureKind, route: String, rng: inout SplitMix64) -> Line {
        let url = "https://\(dependency)/v1/charges"
        let entry = [("/usr/local/lib/python3.12/site-packages/starlette/routing.py", 74, "app", "response = await func(request)")]
        switch kind {
        case .poolTimeout:
            let msg =
                "sqlalchemy.exc.TimeoutError: QueuePool limit of size \(poolSize) overflow \(overflow) reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"
            return Line(
                level: .error, logger: "uvicorn.error", message: "Exception in ASGI application",
                trace: pyTrace(
                    entry + [
                        ("/app/orders/db/session.py", 24, "get_db", "yield session"),
                        ("/usr/local/lib/python3.12/site-packages/sqlalchemy/pool/impl.py", 167, "_do_get", "raise exc.TimeoutError("),
                    ], msg))
        case .statementTimeout:
            return Line(
                level: .error, logger: "orders.api",
                message:
                    "sqlalchemy.exc.OperationalError: (psycopg2.errors.QueryCanceled) canceling statement due to statement timeout\n[SQL: \(Self.hotSQL)]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)"
            )
        case .lockTimeout:
            return Line(
                level: .error, logger: "orders.api",
                message:
                    "sqlalchemy.exc.OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout\n[SQL: SELECT stock.sku, stock.available FROM stock WHERE stock.sku IN (%(sku_1_1)s) FOR UPDATE]"
            )
        case .deadlock:
            let a = rng.int(3000...9000)
            return Line(
                level: .error, logger: "orders.api",
                message:
                    "sqlalchemy.exc.OperationalError: (psycopg2.errors.DeadlockDetected) deadlock detected\nDETAIL:  Process \(a) waits for ShareLock on transaction \(rng.int(900000...999999)); blocked by process \(a + 17)."
            )
        case .schemaError:
            return Line(
                level: .error, logger: "uvicorn.error", message: "Exception in ASGI application",
                trace: pyTrace(
                    entry + [
                        ("/app/orders/repository.py", 44, "history", "return list(self.session.scalars(stmt))"),
                        (
                            "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/default.py", 924, "do_execute",
                            "cursor.execute(statement, parameters)"
                        ),
                    ],
                    "sqlalchemy.exc.ProgrammingError: (psycopg2.errors.UndefinedColumn) column orders.discount_code does not exist\nLINE 1: SELECT orders.id, orders.discount_code, orders.status FROM orders WHERE ..."
                ))
        case .dependencyTimeout:
            return Line(level: .error, logger: "orders.clients.payments", message: "POST \(url) failed: httpx.ReadTimeout: timed out")
        case .dependencyRefused:
            return Line(
                level: .error, logger: "orders.clients.payments", message: "POST \(url) failed: httpx.ConnectError: [Errno 111] Connection refused")
        case .dependencyServerError:
            return Line(
                level: .error, logger: "orders.clients.payments",
                message: "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url '\(url)'")
        case .dependencyRateLimited:
            return Line(
                level: .error, logger: "orders.clients.payments",
                message: "httpx.HTTPStatusError: Client error '429 Too Many Requests' for url '\(url)' (rate limit exceeded, retry-after: 1)")
        case .dependencyTLS:
            return Line(
                level: .error, logger: "orders.clients.payments",
                message:
                    "POST \(url) failed: httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)"
            )
        case .dependencyDNS:
            return Line(
                level: .error, logger: "orders.clients.payments",
                message: "POST \(url) failed: httpx.ConnectError: [Errno -2] Name or service not known (\(dependency))")
        case .codeException:
            if regressionActive {
                return Line(
                    level: .error, logger: "uvicorn.error", message: "Exception in ASGI application",
                    trace: pyTrace(
                        entry + [
                            ("/app/orders/api/routes.py", 71, "get_order", "return order_out(order)"),
                            ("/app/orders/api/serializers.py", 25, "order_out", "\"loyalty_tier\": order.customer.loyalty.tier.name,"),
                        ], "AttributeError: 'NoneType' object has no attribute 'tier'"))
            }
            return Line(
                level: .error, logger: "uvicorn.error", message: "Exception in ASGI application",
                trace: pyTrace(
                    entry + [
                        ("/app/orders/api/params.py", 18, "page_size", "return int(request.query_params.get(\"limit\", 50))")
                    ], "ValueError: invalid literal for int() with base 10: 'undefined'"))
        case .configError:
            if configVariant == "wrong-db-password" {
                return Line(
                    level: .error, logger: "sqlalchemy.pool.impl.QueuePool",
                    message:
                        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"pg-primary\" (10.0.3.12), port 5432 failed: FATAL:  password authentication failed for user \"orders\""
                )
            }
            return Line(
                level: .error, logger: "orders.clients.payments",
                message: "httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://\(dependency)/v2/charges'")
        case .workerTimeout:
            return Line(level: .critical, logger: "gunicorn.error", message: "WORKER TIMEOUT (pid:\(rng.int(20...400)))")
        case .outOfMemory:
            return Line(
                level: .error, logger: "gunicorn.error", message: "Worker (pid:\(rng.int(20...400))) was sent SIGKILL! Perhaps out of memory?")
        case .diskFull:
            return Line(
                level: .error, logger: "orders.api",
                message: "OSError: [Errno 28] No space left on device: '/var/lib/orders/exports/\(rng.int(100000...999999)).csv'")
        case .cacheRefused:
            return Line(
                level: .error, logger: "orders.cache",
                message:
                    "cache unavailable, falling back to database: redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."
            )
        }
    }

    private func java(_ kind: FailureKind, rng: inout SplitMix64) -> Line {
        let url = "https://\(dependency)/v1/charges"
        let frame = "\tat com.shop.orders.api.OrderController.create(OrderController.java:88)"
        switch kind {
        case .poolTimeout:
            return Line(
                level: .error, logger: "o.h.engine.jdbc.spi.SqlExceptionHelper",
                message:
                    "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=\(poolSize + overflow), active=\(poolSize + overflow), idle=0, waiting=\(rng.int(20...200)))",
                trace: [
                    "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)", frame,
                ])
        case .statementTimeout:
            return Line(
                level: .error, logger: "o.h.engine.jdbc.spi.SqlExceptionHelper", message: "ERROR: canceling statement due to statement timeout",
                trace: ["org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout", frame])
        case .lockTimeout:
            return Line(level: .error, logger: "o.h.engine.jdbc.spi.SqlExceptionHelper", message: "ERROR: canceling statement due to lock timeout")
        case .deadlock:
            return Line(level: .error, logger: "o.h.engine.jdbc.spi.SqlExceptionHelper", message: "ERROR: deadlock detected")
        case .schemaError:
            return Line(level: .error, logger: "o.h.engine.jdbc.spi.SqlExceptionHelper", message: "ERROR: column o1_0.discount_code does not exist")
        case .dependencyTimeout:
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient", message: "I/O error on POST request for \"\(url)\": Read timed out",
                trace: ["java.net.SocketTimeoutException: Read timed out"])
        case .dependencyRefused:
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient", message: "I/O error on POST request for \"\(url)\": Connection refused",
                trace: ["java.net.ConnectException: Connection refused"])
        case .dependencyServerError:
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient", message: "503 Service Unavailable from POST \(url)",
                trace: ["org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable"])
        case .dependencyRateLimited:
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient",
                message: "429 Too Many Requests from POST \(url): \"{\\\"error\\\":\\\"rate limit exceeded\\\"}\"")
        case .dependencyTLS:
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient",
                message:
                    "I/O error on POST request for \"\(url)\": PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
                trace: [
                    "javax.net.ssl.SSLHandshakeException: PKIX path validation failed",
                    "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Mon Apr 29 23:59:59 UTC 2024",
                ])
        case .dependencyDNS:
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient",
                message: "I/O error on POST request for \"\(url)\": \(dependency): Name or service not known",
                trace: ["java.net.UnknownHostException: \(dependency): Name or service not known"])
        case .codeException:
            if regressionActive {
                return Line(
                    level: .error, logger: "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                    message: "Servlet.service() for servlet [dispatcherServlet] threw exception",
                    trace: [
                        "java.lang.NullPointerException: Cannot invoke \"com.shop.orders.customer.Loyalty.getTier()\" because the return value of \"com.shop.orders.customer.Customer.getLoyalty()\" is null",
                        "\tat com.shop.orders.api.OrderSerializer.toDto(OrderSerializer.java:25)",
                        "\tat com.shop.orders.api.OrderController.get(OrderController.java:64)",
                    ])
            }
            return Line(
                level: .error, logger: "o.a.c.c.C.[.[.[/].[dispatcherServlet]", message: "Servlet.service() threw exception",
                trace: ["java.lang.IllegalArgumentException: page size must be positive", "\tat com.shop.orders.api.Paging.of(Paging.java:31)"])
        case .configError:
            if configVariant == "wrong-db-password" {
                return Line(
                    level: .error, logger: "com.zaxxer.hikari.pool.HikariPool", message: "HikariPool-1 - Exception during pool initialization.",
                    trace: ["org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders\""])
            }
            return Line(
                level: .error, logger: "c.s.orders.client.PaymentsClient", message: "404 Not Found from POST https://\(dependency)/v2/charges")
        case .workerTimeout:
            return Line(
                level: .error, logger: "o.a.c.c.C.[.[.[/].[dispatcherServlet]", message: "Async request timed out",
                trace: ["org.springframework.web.context.request.async.AsyncRequestTimeoutException"])
        case .outOfMemory:
            return Line(
                level: .error, logger: "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                message: "Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space")
        case .diskFull:
            return Line(level: .error, logger: "c.s.orders.export.CsvWriter", message: "java.io.IOException: No space left on device")
        case .cacheRefused:
            return Line(
                level: .warning, logger: "c.s.orders.cache.CatalogCache",
                message:
                    "Cache read failed, using database: io.lettuce.core.RedisConnectionException: Unable to connect to redis/10.0.2.5:6379: Connection refused"
            )
        }
    }

    private func go(_ kind: FailureKind, route: String, rng: inout SplitMix64) -> Line {
        let url = "https://\(dependency)/v1/charges"
        switch kind {
        case .poolTimeout:
            return Line(
                level: .error, logger: "orders/db",
                message: "acquire connection: failed to acquire connection from pool (max_conns=\(poolSize + overflow)): context deadline exceeded")
        case .statementTimeout:
            return Line(
                level: .error, logger: "orders/db", message: "query history: ERROR: canceling statement due to statement timeout (SQLSTATE 57014)")
        case .lockTimeout:
            return Line(level: .error, logger: "orders/db", message: "reserve stock: ERROR: canceling statement due to lock timeout (SQLSTATE 55P03)")
        case .deadlock:
            return Line(level: .error, logger: "orders/db", message: "reserve stock: ERROR: deadlock detected (SQLSTATE 40P01)")
        case .schemaError:
            return Line(level: .error, logger: "orders/db", message: "query history: ERROR: column \"discount_code\" does not exist (SQLSTATE 42703)")
        case .dependencyTimeout:
            return Line(
                level: .error, logger: "orders/payments",
                message: "charge: Post \"\(url)\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")
        case .dependencyRefused:
            return Line(
                level: .error, logger: "orders/payments", message: "charge: Post \"\(url)\": dial tcp 10.0.4.21:443: connect: connection refused")
        case .dependencyServerError:
            return Line(level: .error, logger: "orders/payments", message: "charge: unexpected status 503 Service Unavailable from \(dependency)")
        case .dependencyRateLimited:
            return Line(
                level: .error, logger: "orders/payments",
                message: "charge: unexpected status 429 Too Many Requests from \(dependency): rate limit exceeded")
        case .dependencyTLS:
            return Line(
                level: .error, logger: "orders/payments",
                message: "charge: Post \"\(url)\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid")
        case .dependencyDNS:
            return Line(
                level: .error, logger: "orders/payments",
                message: "charge: Post \"\(url)\": dial tcp: lookup \(dependency) on 10.96.0.10:53: no such host")
        case .codeException:
            if regressionActive {
                return Line(
                    level: .error, logger: "http",
                    message: "http: panic serving 10.0.1.7:53422: runtime error: invalid memory address or nil pointer dereference",
                    trace: [
                        "goroutine \(rng.int(1000...99999)) [running]:", "github.com/shop/orders/internal/api.orderOut(0xc000a1e000)",
                        "\t/src/internal/api/serializer.go:25 +0x2a",
                        "github.com/shop/orders/internal/api.(*Handler).GetOrder(0xc0001b4000, 0xc000a1c000)",
                        "\t/src/internal/api/orders.go:71 +0x1c5",
                    ])
            }
            return Line(level: .error, logger: "orders/api", message: "\(route): strconv.Atoi: parsing \"undefined\": invalid syntax")
        case .configError:
            if configVariant == "wrong-db-password" {
                return Line(
                    level: .error, logger: "orders/db",
                    message:
                        "failed to connect to `host=pg-primary user=orders database=orders`: server error (FATAL: password authentication failed for user \"orders\" (SQLSTATE 28P01))"
                )
            }
            return Line(
                level: .error, logger: "orders/payments", message: "charge: unexpected status 404 Not Found from https://\(dependency)/v2/charges")
        case .workerTimeout:
            return Line(level: .error, logger: "orders/api", message: "\(route): http: Handler timeout")
        case .outOfMemory:
            return Line(level: .critical, logger: "runtime", message: "fatal error: runtime: out of memory")
        case .diskFull:
            return Line(
                level: .error, logger: "orders/export",
                message: "write /var/lib/orders/exports/\(rng.int(100000...999999)).csv: no space left on device")
        case .cacheRefused:
            return Line(
                level: .warning, logger: "orders/cache",
                message: "redis get failed, falling back to database: dial tcp 10.0.2.5:6379: connect: connection refused")
        }
    }
}
