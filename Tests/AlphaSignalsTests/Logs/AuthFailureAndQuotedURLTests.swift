import AlphaCore
import AlphaSignals
import Testing

/// Credentials refused by a server are their own category, and a URL quoted in a message names its host.
@Suite struct AuthFailureAndQuotedURLTests {
    @Test(arguments: [
        // psycopg2 wraps it in a connection failure: the credentials, not the connection, are the news.
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"pg-primary\" (10.0.3.12), port 5432 failed: "
            + "FATAL:  password authentication failed for user \"orders\"",
        "failed to connect to `host=pg-primary user=orders database=orders`: server error (FATAL: password authentication failed for user "
            + "\"orders\" (SQLSTATE 28P01))",
        "java.sql.SQLException: Access denied for user 'orders'@'10.0.1.12' (using password: YES)",
        "redis.exceptions.AuthenticationError: WRONGPASS invalid username-password pair or user is disabled.",
    ])
    func credentialsRefused(message: String) async {
        #expect(await LogTestSupport.category(message) == .authFailure)
    }

    @Test func javaPoolInitialisationFailureReadsTheCauseLine() async {
        let signals = await LogTestSupport.analyze([
            "2024-10-31T10:45:48.603Z ERROR [orders-api] com.zaxxer.hikari.pool.HikariPool: HikariPool-1 - Exception during pool initialization.\n"
                + "org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders\""
        ])
        #expect(signals.categories.first?.category == .authFailure)
    }

    @Test func anExpiredClientTokenIsNotACredentialFailure() async {
        #expect(await LogTestSupport.category("token validation failed for GET /api/orders: jwt.exceptions.ExpiredSignatureError") != .authFailure)
    }

    @Test(arguments: [
        ("I/O error on POST request for \"https://api.stripe.com/v1/charges\": PKIX path validation failed", ["api.stripe.com"]),
        ("charge: Post \"https://psp.adyen-eu.example.net/v1/charges\": x509: certificate has expired", ["psp.adyen-eu.example.net"]),
        ("GET \"https://payments.internal:8443/v1/status\" failed", ["payments.internal:8443"]),
        ("user said \"hello there\"", []),
    ])
    func quotedURLNamesItsHost(message: String, expected: [String]) async {
        #expect(await LogTestSupport.signature(message)?.hosts == expected)
    }
}

/// A structured record whose stack trace sits in a field of its own.
@Suite struct StructuredStackFieldTests {
    @Test func ecsErrorStackTraceIsReadAsTheRecordsTrace() async throws {
        let trace = """
            Traceback (most recent call last):
              File "/app/orders/api/serializers.py", line 31, in order_out
                "tier": order.customer.loyalty.tier,
            AttributeError: 'NoneType' object has no attribute 'tier'
            """
        let record = LogObject(
            timestamp: 1_700_000_000, level: "error", message: "Exception in ASGI application",
            attributes: JSONObject([("error.stack_trace", .string(trace))]))
        let signals = await LogAnalyzer().analyze([.record(record)], split: nil)
        let parsed = try #require(signals.stackTraces.first)
        #expect(parsed.frames.last?.file == "/app/orders/api/serializers.py")
        #expect(signals.signatures.first?.category == .nullReference)
    }
}
