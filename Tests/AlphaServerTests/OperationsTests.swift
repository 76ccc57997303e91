import AlphaServer
import AlphaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Health, readiness, metrics")
struct OperationsTests {
    @Test func healthAndReadinessNeedNoToken() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            #expect(try await client.call(.get, "/healthz", token: nil).status == .ok)
            #expect(try await client.call(.get, "/readyz", token: nil).status == .ok)
            let openAPI = try await client.call(.get, "/openapi.json", token: nil)
            #expect(openAPI.object["openapi"] as? String == "3.1.0")
        }
    }

    @Test func metricsCountRequestsByRouteAndAnalyses() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let token = server.token(.responder)
            let accepted = try await client.call(.post, "/api/v1/incidents/analyze", token: token, body: try Fixtures.incident("dns_failure"))
            let id = try #require(accepted.object["id"] as? String)
            #expect(try await client.waitForAnalysis(id, token: token) == "succeeded")
            _ = try await client.call(.get, "/api/v1/incidents/\(id)", token: token)
            _ = try await client.call(.get, "/api/v1/incidents", token: nil)
            let text = try await client.call(.get, "/metrics", token: nil).text
            #expect(text.contains(#"alpha_sre_http_requests_total{route="/api/v1/incidents/analyze",method="POST",status="202"} 1"#))
            #expect(text.contains(#"alpha_sre_http_requests_total{route="/api/v1/incidents/{id}",method="GET",status="200"} 1"#))
            #expect(text.contains(#"status="401""#))
            #expect(text.contains(#"alpha_sre_analyses_total{outcome="succeeded"} 1"#))
            #expect(text.contains("alpha_sre_analysis_duration_seconds_bucket"))
            #expect(text.contains("alpha_sre_jobs_enqueued_total 1"))
            #expect(text.contains("alpha_sre_http_request_duration_seconds_bucket"))
        }
    }
}

@Suite("Route table")
struct RouteTableTests {
    @Test func everyRouteIsListedWithItsParameters() {
        let routes = Set(AlphaServerApp.routes())
        #expect(routes.contains("POST /api/v1/incidents/analyze"))
        #expect(routes.contains("GET /api/v1/incidents/{id}"))
        #expect(routes.contains("GET /metrics"))
    }
}
