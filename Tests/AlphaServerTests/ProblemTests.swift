import AlphaServer
import AlphaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Problem details for bad requests")
struct ProblemTests {
    @Test func malformedIncidentNamesTheJSONPath() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let token = server.token(.responder)
            let broken = try await client.call(
                .post, "/api/v1/incidents/analyze", token: token, json: #"{"deployment_id": "d1", "logs": [{"timestamp": 12, "message": 5}]}"#)
            #expect(broken.status == .badRequest)
            #expect(broken.object["type"] as? String == "https://alpha-sre.dev/problems/invalid-input")
            #expect((broken.object["pointer"] as? String)?.hasPrefix("$.logs[0]") == true)
            let truncated = try await client.call(.post, "/api/v1/incidents/analyze", token: token, json: #"{"deployment_id": "#)
            #expect(truncated.status == .badRequest)
            #expect((truncated.object["detail"] as? String)?.isEmpty == false)
            let empty = try await client.call(.post, "/api/v1/incidents/analyze", token: token, body: [])
            #expect(empty.status == .badRequest)
            // Nothing half-stored.
            let list = try await client.call(.get, "/api/v1/incidents", token: token)
            #expect((list.object["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func bodyOverTheLimitIs413() async throws {
        let server = try await TestServer.make()
        try await server.withClient(ServerConfiguration(port: 0, maxBodyBytes: 4_096)) { client in
            let big = try Fixtures.incident()
            #expect(big.count > 4_096)
            let response = try await client.call(.post, "/api/v1/incidents/analyze", token: server.token(.responder), body: big)
            #expect(response.status == .contentTooLarge)
            #expect(response.object["type"] as? String == "https://alpha-sre.dev/problems/body-too-large")
        }
    }

    @Test func unknownIncidentAndRouteAre404() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let missing = try await client.call(.get, "/api/v1/incidents/does-not-exist", token: server.token(.viewer))
            #expect(missing.status == .notFound)
            #expect(missing.object["instance"] as? String == "/api/v1/incidents/does-not-exist")
            let route = try await client.call(.get, "/api/v1/nothing-here", token: server.token(.viewer))
            #expect(route.status == .notFound)
            #expect(route.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func approvingBeforeTheAnalysisIsAConflict() async throws {
        let store: any Store = MemoryStore()
        let server = try await TestServer.make(store: store)
        let record = try await store.createIncident(
            tenantID: server.tenantID, service: "api", incidentJSON: try Fixtures.incident("disk_full"), actor: "test")
        try await server.withClient { client in
            let response = try await client.call(
                .post, "/api/v1/incidents/\(record.id)/approve", token: server.token(.approver), json: #"{"remediation": "disk_full"}"#)
            #expect(response.status == .conflict)
            #expect(response.object["type"] as? String == "https://alpha-sre.dev/problems/analysis-pending")
            let noBody = try await client.call(.post, "/api/v1/incidents/\(record.id)/approve", token: server.token(.approver), json: "[1]")
            #expect(noBody.status == .badRequest)
        }
    }
}

@Suite("Slow clients")
struct SlowClientTests {
    /// Sends `request` (then each of `drip` every `every`) to a live server whose body deadline is `bodyTimeout`; returns
    /// what came back and how long it took.
    static func exchange(
        bodyTimeout: Duration, _ request: @Sendable (TestServer) -> String, drip: [String] = [], every: Duration = .zero, until marker: String
    ) async throws -> (answer: String, elapsed: Duration) {
        let server = try await TestServer.make()
        let box = ResultBox()
        try await server.app(ServerConfiguration(port: 0, bodyTimeout: bodyTimeout)).test(.live) { client in
            let port = try #require(client.port)
            let start = ContinuousClock.now
            let answer = try await RawHTTPStream.exchange(
                port: port, request: request(server), drip: drip, every: every, until: marker, timeout: .seconds(10))
            await box.set(answer, ContinuousClock.now - start)
        }
        return await box.result
    }

    actor ResultBox {
        var result = ("", Duration.zero)
        func set(_ answer: String, _ elapsed: Duration) { result = (answer, elapsed) }
    }

    static func post(_ server: TestServer, contentLength: Int, body: String) -> String {
        "POST /api/v1/incidents/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(server.token(.responder))\r\n"
            + "Content-Type: application/json\r\nContent-Length: \(contentLength)\r\n\r\n\(body)"
    }

    /// Announces 10 kB, sends 10 bytes, then stalls.
    @Test func aBodyThatDoesNotArriveIs408() async throws {
        let (answer, elapsed) = try await Self.exchange(
            bodyTimeout: .milliseconds(300), { Self.post($0, contentLength: 10_000, body: "{\"logs\": [") }, until: "request-timeout")
        #expect(answer.hasPrefix("HTTP/1.1 408"))
        #expect(answer.contains("application/problem+json"))
        #expect(elapsed < .seconds(5))
    }

    /// A byte every 100 ms never leaves the connection idle, yet the body as a whole is late: still 408.
    @Test func aBodyDrippedInSlowerThanTheDeadlineIs408() async throws {
        let (answer, elapsed) = try await Self.exchange(
            bodyTimeout: .milliseconds(400), { Self.post($0, contentLength: 100, body: "") }, drip: Array(repeating: " ", count: 40),
            every: .milliseconds(100), until: "request-timeout")
        #expect(answer.hasPrefix("HTTP/1.1 408"))
        #expect(elapsed < .seconds(3))
    }

    /// The deadline ends with its body: a kept-alive connection that sits quiet after a complete request is not
    /// answered 408, and serves the next request.
    @Test func aCompleteBodyDisarmsTheDeadline() async throws {
        let (answer, _) = try await Self.exchange(
            bodyTimeout: .milliseconds(200), { Self.post($0, contentLength: 1, body: "{") },
            drip: ["GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], every: .milliseconds(600), until: #"{"status":"ok"}"#)
        #expect(answer.hasPrefix("HTTP/1.1 400"))
        #expect(answer.contains("HTTP/1.1 200"))
        #expect(!answer.contains("408"))
    }

    /// A request answered before its body arrived (no token: 401) is not answered twice when the body then stalls;
    /// the connection is closed.
    @Test func anEarlyAnswerIsNotFollowedByA408() async throws {
        let (answer, elapsed) = try await Self.exchange(
            bodyTimeout: .milliseconds(300), { _ in "POST /api/v1/incidents/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000\r\n\r\n{" },
            until: "never-sent")
        #expect(answer.hasPrefix("HTTP/1.1 401"))
        #expect(!answer.contains("408"))
        #expect(elapsed < .seconds(5))
    }
}
