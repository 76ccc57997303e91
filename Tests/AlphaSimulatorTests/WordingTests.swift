import Testing

@testable import AlphaSimulator

/// The log lines use the real libraries' wording, which is what an analyzer (and a human) recognises.
@Suite struct WordingTests {
    static func text(_ kind: FailureKind, _ stack: Stack, variant: String? = nil, regression: Bool = false) -> String {
        var rng = SplitMix64(seed: 1)
        let w = LogWording(
            stack: stack, dependency: "payments.internal", poolSize: 5, overflow: 10, configVariant: variant, regressionActive: regression)
        let line = w.failure(kind, route: "GET /api/orders", rng: &rng)
        return ([line.message] + line.trace).joined(separator: "\n")
    }

    @Test func pythonLibraries() {
        #expect(Self.text(.poolTimeout, .python).contains("QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00"))
        #expect(Self.text(.statementTimeout, .python).contains("(psycopg2.errors.QueryCanceled) canceling statement due to statement timeout"))
        #expect(Self.text(.cacheRefused, .python).contains("Error 111 connecting to redis:6379. Connection refused."))
        #expect(Self.text(.dependencyTimeout, .python).contains("httpx.ReadTimeout"))
        #expect(Self.text(.dependencyTLS, .python).contains("certificate verify failed: certificate has expired"))
        #expect(Self.text(.dependencyDNS, .python).contains("Name or service not known"))
        #expect(Self.text(.dependencyRateLimited, .python).contains("429 Too Many Requests"))
        #expect(Self.text(.workerTimeout, .python).contains("WORKER TIMEOUT"))
        #expect(Self.text(.outOfMemory, .python).contains("Perhaps out of memory?"))
        #expect(Self.text(.diskFull, .python).contains("[Errno 28] No space left on device"))
        #expect(Self.text(.deadlock, .python).contains("deadlock detected"))
        #expect(Self.text(.codeException, .python, regression: true).contains("File \"/app/orders/api/serializers.py\", line 25"))
        #expect(Self.text(.configError, .python, variant: "wrong-db-password").contains("password authentication failed"))
    }

    @Test func javaAndGoReword() {
        #expect(Self.text(.poolTimeout, .java).contains("HikariPool-1 - Connection is not available, request timed out after 30000ms"))
        #expect(Self.text(.dependencyDNS, .java).contains("java.net.UnknownHostException: payments.internal"))
        #expect(Self.text(.codeException, .java, regression: true).contains("OrderSerializer.java:25"))
        #expect(Self.text(.statementTimeout, .go).contains("SQLSTATE 57014"))
        #expect(Self.text(.dependencyTLS, .go).contains("x509: certificate has expired"))
        #expect(Self.text(.dependencyDNS, .go).contains("no such host"))
        #expect(Self.text(.codeException, .go, regression: true).contains("serializer.go:25"))
        // Background errors keep their own signature, distinct from a regression's.
        #expect(!Self.text(.codeException, .python).contains("serializers.py"))
    }
}
