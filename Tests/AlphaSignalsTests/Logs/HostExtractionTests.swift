import AlphaCore
import AlphaSignals
import Testing

@Suite struct HostExtractionTests {
    @Test(arguments: [
        ("Error 111 connecting to redis:6379. Connection refused.", ["redis:6379"]),
        ("POST https://api.stripe.com/v1/charges failed: 503", ["api.stripe.com"]),
        ("dial tcp: lookup payments.internal: no such host", ["payments.internal"]),
        ("HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out.", ["api.stripe.com"]),
        ("upstream error host=payments.internal:8443 status=503", ["payments.internal:8443"]),
        ("connect to 10.0.0.7:5432 failed", ["10.0.0.7:5432"]),
        ("File main.py:42 raised in app.db.session", []),
        ("[CRITICAL] WORKER TIMEOUT (pid:1234)", []),
    ])
    func hostsNamedInMessages(message: String, expected: [String]) async {
        #expect(await LogTestSupport.signature(message)?.hosts == expected)
    }

    @Test func mostFrequentFirst() async {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z ERROR cannot reach redis-a:6379",
            "2024-01-15T10:23:46Z ERROR cannot reach redis-b:6379",
            "2024-01-15T10:23:47Z ERROR cannot reach redis-b:6379",
        ])
        #expect(signals.signatures.first?.hosts == ["redis-b:6379", "redis-a:6379"])
    }
}
