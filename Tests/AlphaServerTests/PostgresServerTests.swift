import AlphaServer
import AlphaStore
import AlphaStorePostgres
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The same API over PostgreSQL (`scripts/test` starts a throwaway server and sets `ALPHA_SRE_TEST_POSTGRES_URL`).
/// Outside it the suite is skipped with that reason; with `CI=true` a missing URL fails instead.
@Suite("API over PostgreSQL", .enabled(if: ServerTestPostgres.enabled, ServerTestPostgres.skipReason))
struct PostgresServerTests {
    @Test func analyzeIsolateAndPageOnPostgres() async throws {
        let url = try #require(ServerTestPostgres.url, "CI=true but ALPHA_SRE_TEST_POSTGRES_URL is unset")
        try await PostgresStore.withStore(url: url, logger: TestServer.logger, maximumConnections: 8) { store in
            let server = try await TestServer.make(store: store)
            try await server.withClient(ServerConfiguration(port: 0, requeueRunningJobsAtStart: false)) { client in
                let token = server.token(.responder)
                let accepted = try await client.call(.post, "/api/v1/incidents/analyze", token: token, body: try Fixtures.incident())
                #expect(accepted.status == .accepted)
                let id = try #require(accepted.object["id"] as? String)
                #expect(try await client.waitForAnalysis(id, token: token) == "succeeded")
                let shown = try await client.call(.get, "/api/v1/incidents/\(id)", token: server.token(.viewer))
                let report = try #require(shown.object["report"] as? [String: Any])
                let top = (report["hypotheses"] as? [[String: Any]])?.first?["label"] as? String
                #expect(top == "db_missing_index")
                #expect(try await client.call(.get, "/api/v1/incidents/\(id)", token: server.otherTenantToken).status == .notFound)
                let approved = try await client.call(
                    .post, "/api/v1/incidents/\(id)/approve", token: server.token(.approver), json: #"{"remediation": "cache_removed"}"#)
                #expect(approved.status == .created)
                let page = try await client.call(.get, "/api/v1/incidents?limit=5", token: token)
                #expect((page.object["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            }
            #expect(try await store.verifyAudit(tenantID: server.tenantID).isValid)
        }
    }
}

enum ServerTestPostgres {
    static let url = ProcessInfo.processInfo.environment["ALPHA_SRE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let enabled = url != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    static let skipReason: Comment = "PostgreSQL API tests skipped: set ALPHA_SRE_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"
}
