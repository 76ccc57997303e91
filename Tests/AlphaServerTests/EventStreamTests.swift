import AlphaServer
import AlphaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Server-Sent Events")
struct EventStreamTests {
    @Test func analysisProgressReachesTheTenantAndNoOneElse() async throws {
        let server = try await TestServer.make()
        try await server.app().test(.live) { client in
            let port = try #require(client.port)
            async let mine = RawHTTPStream.read(
                port: port, path: "/api/v1/events", token: server.token(.viewer), until: "event: analysis.finished", timeout: .seconds(20))
            async let theirs = RawHTTPStream.read(
                port: port, path: "/api/v1/events", token: server.otherTenantToken, until: "event: never", timeout: .seconds(8))
            // Both streams must be subscribed before anything is published. The other tenant's stream stays open for 8 s,
            // well past the analysis even on a loaded machine, and must see none of it.
            let deadline = ContinuousClock.now + .seconds(10)
            while server.events.subscriberCount < 2 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
            #expect(server.events.subscriberCount == 2)

            let accepted = try await client.call(
                .post, "/api/v1/incidents/analyze", token: server.token(.responder), body: try Fixtures.incident())
            let id = try #require(accepted.object["id"] as? String)
            let stream = try await mine
            #expect(stream.hasPrefix("HTTP/1.1 200"))
            #expect(stream.lowercased().contains("content-type: text/event-stream"))
            for name in ["incident.created", "incident.updated", "analysis.started", "analysis.agent", "analysis.finished"] {
                #expect(stream.contains("event: \(name)\n"), "missing \(name)")
            }
            for agent in ["LogAgent", "MetricsAgent", "CommitAgent", "ConfigAgent", "SynthesisAgent"] {
                #expect(stream.contains(#""agent":"\#(agent)""#), "missing \(agent)")
            }
            #expect(stream.contains(#""incident_id":"\#(id)""#))
            #expect(stream.contains(#""top_label":"db_missing_index""#))

            let other = try await theirs
            #expect(other.hasPrefix("HTTP/1.1 200"))
            #expect(!other.contains("event: "))
            #expect(!other.contains(id))
        }
    }

    @Test func theStreamNeedsAToken() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let response = try await client.call(.get, "/api/v1/events", token: nil)
            #expect(response.status == .unauthorized)
        }
    }
}
