import AlphaServer
import AlphaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Security: tokens, roles, tenants")
struct SecurityTests {
    @Test func noOrUnknownTokenIs401WithProblemJSON() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let none = try await client.call(.get, "/api/v1/incidents", token: nil)
            #expect(none.status == .unauthorized)
            #expect(none.headers[.contentType] == "application/problem+json")
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(none.object["status"] as? Int == 401)
            let unknown = try await client.call(.get, "/api/v1/incidents", token: APITokenSecret.generate())
            #expect(unknown.status == .unauthorized)
            var headers = HTTPFields()
            headers[.authorization] = "Basic dXNlcjpwYXNz"
            let basic = try await client.execute(uri: "/api/v1/incidents", method: .get, headers: headers)
            #expect(basic.status == .unauthorized)
        }
    }

    @Test(arguments: [
        (TokenRole.viewer, HTTPResponse.Status.forbidden), (.responder, .accepted), (.approver, .accepted), (.admin, .accepted),
    ])
    func analyzeNeedsResponder(role: TokenRole, expected: HTTPResponse.Status) async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let response = try await client.call(
                .post, "/api/v1/incidents/analyze", token: server.token(role), body: try Fixtures.incident("disk_full"))
            #expect(response.status == expected)
        }
    }

    @Test func tokenManagementNeedsAdmin() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            for role in [TokenRole.viewer, .responder, .approver] {
                #expect(try await client.call(.get, "/api/v1/tokens", token: server.token(role)).status == .forbidden)
                #expect(try await client.call(.get, "/api/v1/audit/verify", token: server.token(role)).status == .forbidden)
            }
            let created = try await client.call(.post, "/api/v1/tokens", token: server.token(.admin), json: #"{"name": "ci", "role": "viewer"}"#)
            #expect(created.status == .created)
            let secret = try #require(created.object["secret"] as? String)
            let token = try #require(created.object["token"] as? [String: Any])
            let tokenID = try #require(token["id"] as? String)
            #expect(token["secret_hash"] == nil)
            #expect(try await client.call(.get, "/api/v1/incidents", token: secret).status == .ok)

            let listed = try await client.call(.get, "/api/v1/tokens", token: server.token(.admin))
            #expect(!listed.text.contains(secret))
            #expect(!listed.text.contains(APITokenSecret.hash(secret)))

            // Revocation through the server takes effect at once, cache or not.
            #expect(try await client.call(.delete, "/api/v1/tokens/\(tokenID)", token: server.token(.admin)).status == .ok)
            #expect(try await client.call(.get, "/api/v1/incidents", token: secret).status == .unauthorized)

            let tenant = try await client.call(.get, "/api/v1/tenant", token: server.token(.admin))
            let ownID = try #require(tenant.object["token_id"] as? String)
            let selfRevoke = try await client.call(.delete, "/api/v1/tokens/\(ownID)", token: server.token(.admin))
            #expect(selfRevoke.status == .conflict)

            let badRole = try await client.call(.post, "/api/v1/tokens", token: server.token(.admin), json: #"{"role": "root"}"#)
            #expect(badRole.status == .badRequest)
            #expect(badRole.object["pointer"] as? String == "$.role")
        }
        let actions = try await server.store.auditLog(tenantID: server.tenantID).map(\.action)
        #expect(actions.contains("token.create"))
        #expect(actions.contains("token.revoke"))
    }

    @Test func anotherTenantsIncidentIsNotFoundEverywhere() async throws {
        let server = try await TestServer.make()
        try await server.withClient { client in
            let accepted = try await client.call(
                .post, "/api/v1/incidents/analyze", token: server.token(.responder), body: try Fixtures.incident("disk_full"))
            let id = try #require(accepted.object["id"] as? String)
            _ = try await client.waitForAnalysis(id, token: server.token(.responder))

            let intruder = server.otherTenantToken
            for uri in [
                "/api/v1/incidents/\(id)", "/api/v1/incidents/\(id)/status", "/api/v1/incidents/\(id)/timeline",
                "/api/v1/incidents/\(id)/decisions",
            ] {
                let response = try await client.call(.get, uri, token: intruder)
                #expect(response.status == .notFound, "\(uri)")
                #expect(!response.text.contains(server.tenantID))
            }
            let transition = try await client.call(.post, "/api/v1/incidents/\(id)/transition", token: intruder, json: #"{"status": "resolved"}"#)
            #expect(transition.status == .notFound)
            let approve = try await client.call(.post, "/api/v1/incidents/\(id)/approve", token: intruder, json: #"{"remediation": "disk_full"}"#)
            #expect(approve.status == .notFound)
            let list = try await client.call(.get, "/api/v1/incidents", token: intruder)
            #expect((list.object["items"] as? [Any])?.isEmpty == true)
            let tokens = try await client.call(.get, "/api/v1/tokens", token: intruder)
            #expect((tokens.object["items"] as? [Any])?.count == 1)
            // The incident is untouched.
            let mine = try await client.call(.get, "/api/v1/incidents/\(id)/status", token: server.token(.viewer))
            #expect(mine.object["status"] as? String == "identified")
        }
    }
}
