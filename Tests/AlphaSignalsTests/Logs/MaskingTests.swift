import AlphaCore
import AlphaSignals
import Testing

@Suite struct MaskingTests {
    @Test(arguments: [
        ("user 123 not found", "user <*> not found"),
        ("request took 123ms", "request took <*>"),
        ("timeout after 30.00s", "timeout after <*>"),
        ("bad object 0x7f3a9c12 in arena", "bad object <*> in arena"),
        ("session 550e8400-e29b-41d4-a716-446655440000 expired", "session <*> expired"),
        ("trace deadbeefcafebabe1234 dropped", "trace <*> dropped"),
        ("peer 10.0.3.17 reset", "peer <*> reset"),
        ("peer fe80::1ff:fe23:4567:890a reset", "peer <*> reset"),
        ("cannot reach redis:6379", "cannot reach <*>"),
        ("GET https://api.stripe.com/v1/charges/ch_3N5x9K2 failed", "GET https://api.stripe.com/v1/charges/<*> failed"),
        ("POST http://payments.internal:8080/orders/981?retry=1 failed", "POST http://payments.internal:<*>/orders/<*>?<*> failed"),
        ("cannot open /var/data/upload-83741/part.bin", "cannot open /var/data/<*>/part.bin"),
        ("relation \"orders_v2\" already exists", "relation \"<*>\" already exists"),
        ("KeyError: 'user_id'", "KeyError: '<*>'"),
        ("invite for alice@example.com bounced", "invite for <*> bounced"),
        ("charge failed user_id=42 amount=19.99 currency=EUR", "charge failed user_id=<*> amount=<*> currency=<*>"),
        ("worker exited with exit code 137", "worker exited with exit code 137"),
        ("x509: certificate signed by unknown authority", "x509: certificate signed by unknown authority"),
        ("can't connect: don't retry", "can't connect: don't retry"),
        ("unterminated \"quote 42", "unterminated \"quote <*>"),
    ])
    func masksVariables(message: String, expected: String) async {
        #expect(await LogTestSupport.template(message) == expected)
    }

    @Test func linesDifferingOnlyInVariablesShareOneSignature() async {
        let signals = await LogTestSupport.analyze([
            "2024-01-15T10:23:45Z ERROR order 1001 failed after 120ms on 10.0.0.5:5432 (id=9f1c2e)",
            "2024-01-15T10:23:46Z ERROR order 77 failed after 3.5s on 10.0.0.9:5432 (id=ab12)",
            "2024-01-15T10:23:47Z ERROR order 5 failed after 9ms on 10.0.1.1:5432 (id=zz)",
            "2024-01-15T10:23:48Z ERROR payment 5 declined by issuer",
        ])
        #expect(signals.signatures.count == 2)
        #expect(signals.signatures.first?.count == 3)
        #expect(signals.signatures.first?.template == "order <*> failed after <*> on <*> (id=<*>)")
        #expect(signals.signatures.first?.example == "order 1001 failed after 120ms on 10.0.0.5:5432 (id=9f1c2e)")
        #expect(signals.signatures.first?.firstIndex == 0)
    }

    @Test func idIsStableFNV1aOfTheTemplate() async {
        let signature = await LogTestSupport.signature("Error 111 connecting to redis:6379. Connection refused.")
        #expect(signature?.template == "Error 111 connecting to <*>. Connection refused.")
        // FNV-1a 64 of the template bytes, computed independently.
        #expect(signature?.id == "c9e1cff74f7d4b79")
    }

    @Test func accessLogSignatureIsMethodRouteStatus() async {
        let signals = await LogTestSupport.analyze([
            #"10.0.0.1 - - [15/Jan/2024:10:23:45 +0000] "GET /api/users/42 HTTP/1.1" 502 157 "-" "curl/8.0""#,
            #"10.0.0.2 - - [15/Jan/2024:10:23:46 +0000] "GET /api/users/7 HTTP/1.1" 502 157 "-" "curl/8.0""#,
            #"10.0.0.2 - - [15/Jan/2024:10:23:46 +0000] "GET /api/users/7 HTTP/1.1" 504 157 "-" "curl/8.0""#,
        ])
        #expect(signals.signatures.map(\.template) == ["GET /api/users/<*> 502", "GET /api/users/<*> 504"])
        #expect(signals.signatures.map(\.category) == [.upstreamError, .timeout])
    }
}
