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
    @Test func aBodyThatDoesNotArriveIs408() async throws {
        let server = try await TestServer.make()
        let configuration = ServerConfiguration(port: 0, bodyTimeout: .milliseconds(300))
        try await server.app(configuration).test(.live) { client in
            let port = try #require(client.port)
            // Announces 10 kB, sends 10 bytes, then stalls.
            let request =
                "POST /api/v1/incidents/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(server.token(.responder))\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{\"logs\": ["
            let start = ContinuousClock.now
            let answer = try await RawHTTPStream.exchange(port: port, request: request, until: "request-timeout", timeout: .seconds(10))
            #expect(answer.hasPrefix("HTTP/1.1 408"))
            #expect(answer.contains("application/problem+json"))
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    /// A byte every 100 ms never leaves the connection idle, yet the body as a whole is late: still 408.
    @Test func aBodyDrippedInSlowerThanTheDeadlineIs408() async throws {
        let server = try await TestServer.make()
        let configuration = ServerConfiguration(port: 0, bodyTimeout: .milliseconds(400))
        try await server.app(configuration).test(.live) { client in
            let port = try #require(client.port)
            let request =
                "POST /api/v1/incidents/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(server.token(.responder))\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            let start = ContinuousClock.now
            let answer = try await RawHTTPStream.exchange(
                port: port, request: request, drip: Array(repeating: " ", count: 40), every: .milliseconds(100), until: "request-timeout",
                timeout: .seconds(10))
            #expect(answer.hasPrefix("HTTP/1.1 408"))
            #expect(ContinuousClock.now - start < .seconds(3))
        }
    }

    /// The deadline ends with its body: a kept-alive connection that sits quiet after a complete request is not
    /// answered 408, and serves the next request.
    @Test func aCompleteBodyDisarmsTheDeadline() async throws {
        let server = try await TestServer.make()
        let configuration = ServerConfiguration(port: 0, bodyTimeout: .milliseconds(200))
        try await server.app(configuration).test(.live) { client in
            let port = try #require(client.port)
            let first =
                "POST /api/v1/incidents/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(server.token(.responder))\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1\r\n\r\n{"
            let second = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let answer = try await RawHTTPStream.exchange(
                port: port, request: first, drip: [second], every: .milliseconds(600), until: #"{"status":"ok"}"#, timeout: .seconds(10))
            #expect(answer.hasPrefix("HTTP/1.1 400"))
            #expect(answer.contains("HTTP/1.1 200"))
            #expect(!answer.contains("408"))
        }
    }

    /// A request answered before its body arrived (no token: 401) is not answered twice when the body then stalls;
    /// the connection is closed.
    @Test func anEarlyAnswerIsNotFollowedByA408() async throws {
        let server = try await TestServer.make()
        let configuration = ServerConfiguration(port: 0, bodyTimeout: .milliseconds(300))
        try await server.app(configuration).test(.live) { client in
            let port = try #require(client.port)
            let request = "POST /api/v1/incidents/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000\r\n\r\n{"
            let start = ContinuousClock.now
            let answer = try await RawHTTPStream.exchange(port: port, request: request, until: "never-sent", timeout: .seconds(10))
            #expect(answer.hasPrefix("HTTP/1.1 401"))
            #expect(!answer.contains("408"))
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }
}
