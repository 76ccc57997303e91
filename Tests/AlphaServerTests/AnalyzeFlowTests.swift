import AlphaServer
import AlphaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Analyze flow: submit, report, timeline, lifecycle, approval")
struct AnalyzeFlowTests {
    @Test func incidentBIsAnalyzedInTheBackgroundAndItsFixCanBeApproved() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let responder = server.token(.responder)
            let accepted = try await client.call(.post, "/api/v1/incidents/analyze", token: responder, body: try Fixtures.incident())
            #expect(accepted.status == .accepted)
            let id = try #require(accepted.object["id"] as? String)
            #expect(accepted.headers[.location] == "/api/v1/incidents/\(id)/status")
            #expect(accepted.object["status"] as? String == "triggered")

            #expect(try await client.waitForAnalysis(id, token: responder) == "succeeded")
            let shown = try await client.call(.get, "/api/v1/incidents/\(id)", token: server.token(.viewer))
            #expect(shown.status == .ok)
            let report = try #require(shown.object["report"] as? [String: Any])
            let labels = (report["hypotheses"] as? [[String: Any]] ?? []).prefix(3).compactMap { $0["label"] as? String }
            #expect(Set(labels) == ["db_missing_index", "cache_removed", "connection_pool_exhausted"])
            let incident = try #require(shown.object["incident"] as? [String: Any])
            #expect(incident["status"] as? String == "identified")
            #expect(incident["service"] as? String == "orders-api")

            let timeline = try await client.call(.get, "/api/v1/incidents/\(id)/timeline", token: server.token(.viewer))
            let messages = (timeline.object["items"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            #expect(messages.contains { $0.hasPrefix("analysis started") })
            #expect(messages.contains { $0.hasPrefix("analysis finished") && $0.contains("top cause") })

            // Approving needs the approver role; the decision is recorded, never executed.
            let denied = try await client.call(
                .post, "/api/v1/incidents/\(id)/approve", token: responder, json: #"{"remediation": "db_missing_index"}"#)
            #expect(denied.status == .forbidden)
            let approved = try await client.call(
                .post, "/api/v1/incidents/\(id)/approve", token: server.token(.approver),
                json: #"{"remediation": "db_missing_index", "reason": "index build is online"}"#)
            #expect(approved.status == .created)
            #expect(approved.object["verdict"] as? String == "approved")
            #expect(approved.object["executed"] as? Bool == false)
            let unknown = try await client.call(
                .post, "/api/v1/incidents/\(id)/reject", token: server.token(.approver), json: #"{"remediation": "dns_failure"}"#)
            #expect(unknown.status == .notFound)

            let decisions = try await client.call(.get, "/api/v1/incidents/\(id)/decisions", token: server.token(.viewer))
            #expect((decisions.object["items"] as? [Any])?.count == 1)
        }
        let actions = try await server.store.auditLog(tenantID: server.tenantID).map(\.action)
        #expect(actions.contains("incident.create"))
        #expect(actions.contains("remediation.approve"))
        #expect(try await server.store.verifyAudit(tenantID: server.tenantID).isValid)
    }

    @Test func lifecycleAllowsOnlyTheTableMoves() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let token = server.token(.responder)
            let accepted = try await client.call(.post, "/api/v1/incidents/analyze", token: token, body: try Fixtures.incident("disk_full"))
            let id = try #require(accepted.object["id"] as? String)
            _ = try await client.waitForAnalysis(id, token: token)

            let mitigated = try await client.call(
                .post, "/api/v1/incidents/\(id)/transition", token: token, json: #"{"status": "mitigated", "note": "freed /var"}"#)
            #expect(mitigated.status == .ok)
            #expect(mitigated.object["status"] as? String == "mitigated")
            let resolved = try await client.call(.post, "/api/v1/incidents/\(id)/transition", token: token, json: #"{"status": "resolved"}"#)
            #expect(resolved.status == .ok)
            let backwards = try await client.call(.post, "/api/v1/incidents/\(id)/transition", token: token, json: #"{"status": "identified"}"#)
            #expect(backwards.status == .conflict)
            #expect(backwards.object["type"] as? String == "https://alpha-sre.dev/problems/invalid-transition")
            #expect(backwards.headers[.contentType] == "application/problem+json")
            let bogus = try await client.call(.post, "/api/v1/incidents/\(id)/transition", token: token, json: #"{"status": "done"}"#)
            #expect(bogus.status == .badRequest)
            #expect(bogus.object["pointer"] as? String == "$.status")

            let timeline = try await client.call(.get, "/api/v1/incidents/\(id)/timeline", token: token)
            let kinds = (timeline.object["items"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(kinds.contains("note"))
            #expect(kinds.filter { $0 == "status" }.count >= 3)
        }
    }

    @Test func listingPagesWithACursorAndFilters() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let token = server.token(.responder)
            var ids: [String] = []
            for name in ["disk_full", "dns_failure", "memory_leak", "disk_full", "rate_limited"] {
                let accepted = try await client.call(.post, "/api/v1/incidents/analyze", token: token, body: try Fixtures.incident(name))
                ids.append(try #require(accepted.object["id"] as? String))
            }
            var seen: [String] = []
            var cursor: String? = nil
            repeat {
                let uri = "/api/v1/incidents?limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await client.call(.get, uri, token: token)
                #expect(page.status == .ok)
                seen += (page.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                cursor = page.object["next_cursor"] as? String
            } while cursor != nil
            #expect(seen == ids.reversed())

            let services = try await client.call(.get, "/api/v1/incidents?service=nope", token: token)
            #expect((services.object["items"] as? [Any])?.isEmpty == true)
            let badStatus = try await client.call(.get, "/api/v1/incidents?status=open", token: token)
            #expect(badStatus.status == .badRequest)
            let badCursor = try await client.call(.get, "/api/v1/incidents?cursor=zzz", token: token)
            #expect(badCursor.status == .badRequest)
        }
    }
}
