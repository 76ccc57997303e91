import AlphaCore
import AlphaSignals
import Testing

@Suite struct CategoryTests {
    @Test(arguments: [
        (
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00",
            ErrorCategory.poolTimeout
        ),
        ("HikariPool-1 - Connection is not available, request timed out after 30000ms.", .poolTimeout),
        ("FATAL:  sorry, too many clients already", .tooManyConnections),
        ("FATAL:  remaining connection slots are reserved for non-replication superuser connections", .tooManyConnections),
        ("ERROR:  canceling statement due to statement timeout", .statementTimeout),
        ("LOG:  duration: 2345.678 ms  statement: SELECT * FROM orders WHERE user_id = 42", .slowQuery),
        ("slow query detected: 4.2s", .slowQuery),
        ("ERROR:  deadlock detected", .deadlock),
        ("Lock wait timeout exceeded; try restarting transaction", .lockTimeout),
        ("ERROR:  could not obtain lock on row in relation \"orders\"", .lockTimeout),
        ("alembic.util.exc.CommandError: Can't locate revision identified by 'abc123'", .migration),
        ("psycopg2.errors.DuplicateTable: relation \"orders\" already exists", .migration),
        ("org.flywaydb.core.api.FlywayException: Validate failed: Migrations have failed validation", .migration),
        ("MemoryError", .oom),
        ("java.lang.OutOfMemoryError: Java heap space", .oom),
        ("Container api was OOMKilled", .oom),
        ("OSError: [Errno 12] Cannot allocate memory", .oom),
        ("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", .oom),
        ("OSError: [Errno 28] No space left on device: '/var/log/app.log'", .diskFull),
        ("Error: ENOSPC: no space left on device, write", .diskFull),
        ("AttributeError: 'NoneType' object has no attribute 'id'", .nullReference),
        ("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null", .nullReference),
        ("panic: runtime error: invalid memory address or nil pointer dereference", .nullReference),
        ("TypeError: Cannot read properties of undefined (reading 'map')", .nullReference),
        ("socket.gaierror: [Errno -2] Name or service not known", .dns),
        ("Error: getaddrinfo ENOTFOUND payments.internal", .dns),
        ("dial tcp: lookup payments.internal on 10.96.0.10:53: no such host", .dns),
        ("Temporary failure in name resolution", .dns),
        ("x509: certificate has expired or is not yet valid", .tls),
        ("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", .tls),
        ("javax.net.ssl.SSLHandshakeException: PKIX path building failed", .tls),
        ("HTTP 429 Too Many Requests from api.stripe.com", .rateLimit),
        ("rate limit exceeded for key abc", .rateLimit),
        ("connect ECONNREFUSED 127.0.0.1:6379", .connectionRefused),
        ("redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.", .connectionRefused),
        ("requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out.", .timeout),
        ("rpc error: code = DeadlineExceeded desc = context deadline exceeded", .timeout),
        ("Error: connect ETIMEDOUT 10.0.0.7:443", .timeout),
        ("upstream returned 502 Bad Gateway", .upstreamError),
        ("received 503 from inventory", .upstreamError),
        ("Retrying request to /v1/charges in 0.8 seconds", .retry),
        ("attempt 3 of 5 failed", .retry),
        ("Attempted to decode payload and gave up", .other),
        ("[CRITICAL] WORKER TIMEOUT (pid:1234)", .crash),
        ("Worker (pid:1234) exited with code 1", .crash),
        ("Back-off restarting failed container; last state: exit code 137", .crash),
        ("container cpu throttled 85% of periods", .cpuThrottle),
        ("Unhandled exception in request handler", .exception),
        ("something odd happened", .other),
    ])
    func categoryFromRealWording(message: String, expected: ErrorCategory) async {
        #expect(await LogTestSupport.category(message) == expected)
    }

    @Test func traceExceptionDrivesCategory() async {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z ERROR Exception on /checkout [POST]",
            "Traceback (most recent call last):",
            "  File \"/app/db.py\", line 12, in get",
            "    return pool.connect()",
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00",
        ])
        #expect(signals.signatures.first?.category == .poolTimeout)
        #expect(signals.dominantError == .poolTimeout)
    }
}
