import AlphaCore
import AlphaServer
import AlphaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("OpenAPI document: valid, complete, and true to the server")
struct OpenAPITests {
    @Test func documentIsJSONAndOpenAPI31() throws {
        let spec = try OpenAPISpec()
        let version = try #require(spec.root["openapi"]?.stringValue)
        #expect(version.hasPrefix("3.1."))
        #expect(spec.root["info"]?.objectValue?["title"]?.stringValue == "AlphaSRE API")
        #expect(spec.root["components"]?.objectValue?["securitySchemes"]?.objectValue?["bearerAuth"] != nil)
    }

    @Test func everyRouteIsDocumentedAndEveryOperationIsARoute() throws {
        let spec = try OpenAPISpec()
        let routes = Set(AlphaServerApp.routes())
        let documented = spec.operations.map(\.route)
        #expect(routes.count >= 20)
        #expect(Set(documented).count == documented.count, "an operation is documented twice")
        for route in routes.sorted() where !documented.contains(route) {
            Issue.record("route \(route) is not in the OpenAPI document")
        }
        for route in documented where !routes.contains(route) {
            Issue.record("the OpenAPI document describes \(route), which the server does not serve")
        }
    }

    @Test func operationIDsAreUniqueAndPathParametersDeclared() throws {
        let spec = try OpenAPISpec()
        var ids: Set<String> = []
        for operation in spec.operations {
            let id = try #require(operation.object["operationId"]?.stringValue, "\(operation.route) has no operationId")
            #expect(ids.insert(id).inserted, "operationId \(id) is used twice")
            #expect(operation.object["summary"]?.stringValue?.isEmpty == false, "\(operation.route) has no summary")
            let declared = try (operation.object["parameters"]?.arrayValue ?? []).compactMap { parameter -> String? in
                let resolved = try spec.resolve(parameter).objectValue
                return resolved?["in"]?.stringValue == "path" ? resolved?["name"]?.stringValue : nil
            }
            let inPath = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
            #expect(Set(declared) == Set(inPath), "\(operation.route): path parameters \(inPath), declared \(declared)")
        }
    }

    @Test func everyOperationDocumentsProblemsAndAPIOperationsTheirSecurity() throws {
        let spec = try OpenAPISpec()
        let roles = Set(TokenRole.allCases.map(\.rawValue))
        for operation in spec.operations {
            let responses = try spec.responses(of: operation)
            let problems = responses.filter { $0.response["content"]?.objectValue?["application/problem+json"] != nil }
            #expect(!problems.isEmpty, "\(operation.route) documents no problem response")
            for (code, response) in problems {
                let schema = response["content"]?.objectValue?["application/problem+json"]?.objectValue?["schema"]
                #expect(schema == .object(JSONObject([("$ref", .string("#/components/schemas/Problem"))])), "\(operation.route) \(code)")
                #expect(Int(code).map { $0 >= 400 } ?? (code == "default"), "\(operation.route): problem under \(code)")
            }
            let security = operation.object["security"]?.arrayValue
            if operation.path.hasPrefix("/api/v1/") {
                #expect(problems.contains { $0.code.hasPrefix("4") }, "\(operation.route) documents no 4xx problem")
                #expect(problems.contains { $0.code == "401" }, "\(operation.route) documents no 401")
                #expect(security == [.object(JSONObject([("bearerAuth", .array([]))]))], "\(operation.route) has no bearer security")
                let role = operation.object["x-required-role"]?.stringValue ?? ""
                #expect(roles.contains(role), "\(operation.route) x-required-role '\(role)'")
                #expect(operation.object["description"]?.stringValue?.contains("`\(role)` role") == true, "\(operation.route) description")
                let documents403 = problems.contains { $0.code == "403" }
                #expect(documents403 == (role != "viewer"), "\(operation.route): 403 documented \(documents403) for role \(role)")
            } else {
                #expect(security == [], "\(operation.route) must say it needs no token")
            }
        }
    }

    /// `x-required-role` is what the server enforces: one role below gets 403, the role itself gets past the check.
    @Test func requiredRolesAreTheOnesTheServerEnforces() async throws {
        let spec = try OpenAPISpec()
        let server = try await TestServer.make()
        let operations = spec.operations.filter { $0.path.hasPrefix("/api/v1/") }
        try await server.withClient { client in
            for operation in operations {
                let required = try #require(operation.object["x-required-role"]?.stringValue.flatMap(TokenRole.init(rawValue:)))
                let uri = operation.path.replacingOccurrences(of: "{id}", with: "no-such-id").replacingOccurrences(
                    of: "{tokenID}", with: "no-such-id")
                let method = HTTPRequest.Method(rawValue: operation.method) ?? .get
                let body: [UInt8]? = method == .post ? Array("{}".utf8) : nil
                for role in TokenRole.allCases {
                    // An allowed request to the event stream never ends: only refusals are checked there.
                    if operation.path == "/api/v1/events" && role.allows(required) { continue }
                    let response = try await client.call(method, uri, token: server.token(role), body: body)
                    if role.allows(required) {
                        #expect(response.status != .forbidden && response.status != .unauthorized, "\(operation.route) as \(role)")
                    } else {
                        #expect(response.status == .forbidden, "\(operation.route) as \(role): \(response.status)")
                    }
                }
            }
        }
    }

    @Test(.enabled(if: SpecValidator.enabled, SpecValidator.skipReason))
    func openAPISpecValidatorAcceptsTheDocument() throws {
        guard let command = SpecValidator.command else { throw SpecValidator.Missing() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-openapi-\(UUID().uuidString).json")
        try Data(OpenAPIDocument.json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try #require(SpecValidator.run(command + [file.path]))
        #expect(result.status == 0, "openapi-spec-validator: \(result.output)")
        #expect(result.output.contains("OK"))
    }

    /// The report schema here is a loose view of docs/schemas/analysis.schema.json: it must not drift from its top level.
    @Test func reportSchemaKeepsTheContractsRequiredMembers() throws {
        let spec = try OpenAPISpec()
        let contract = try JSONDecoder().decode(
            JSONValue.self, from: Data(contentsOf: Fixtures.root.appendingPathComponent("docs/schemas/analysis.schema.json")))
        let documented = try spec.resolve(.object(JSONObject([("$ref", .string("#/components/schemas/AnalysisReport"))])))
        let required = { (value: JSONValue?) in Set(value?.objectValue?["required"]?.arrayValue?.compactMap(\.stringValue) ?? []) }
        #expect(!required(contract).isEmpty)
        #expect(required(documented) == required(contract))
        let incident = try JSONDecoder().decode(
            JSONValue.self, from: Data(contentsOf: Fixtures.root.appendingPathComponent("docs/schemas/incident.schema.json")))
        let input = try spec.resolve(.object(JSONObject([("$ref", .string("#/components/schemas/IncidentInput"))])))
        #expect(required(input) == required(incident))
    }
}

@Suite("OpenAPI document: real responses have the documented shape")
struct OpenAPIResponseShapeTests {
    @Test func responsesAndEventsMatchTheirSchemas() async throws {
        let spec = try OpenAPISpec()
        let checker = SchemaChecker(spec: spec)
        let server = try await TestServer.make()
        let events = server.events.subscribe(tenantID: server.tenantID)

        try await server.withClient { client in
            /// Calls `uri` and checks status, content type and body against the operation documented as `route`.
            func check(
                _ route: String, _ uri: String, role: TokenRole? = .admin, json: String? = nil, expect status: HTTPResponse.Status
            ) async throws -> TestResponse {
                let method = HTTPRequest.Method(rawValue: String(route.prefix { $0 != " " })) ?? .get
                let response = try await client.call(method, uri, token: role.map(server.token), body: json.map { Array($0.utf8) })
                #expect(response.status == status, "\(route): \(response.text)")
                let mediaType = status.code >= 400 ? "application/problem+json" : "application/json"
                #expect(response.headers[.contentType] == mediaType, "\(route) \(status.code) content type")
                let schema = try spec.responseSchema(route, status: Int(status.code), mediaType: mediaType)
                let body = try JSONDecoder().decode(JSONValue.self, from: Data(response.body))
                let mismatches = try checker.mismatches(body, schema)
                #expect(mismatches.isEmpty, "\(route) \(status.code): \(mismatches.joined(separator: "\n"))")
                return response
            }

            _ = try await check("GET /healthz", "/healthz", role: nil, expect: .ok)
            _ = try await check("GET /readyz", "/readyz", role: nil, expect: .ok)
            let openAPI = try await check("GET /openapi.json", "/openapi.json", role: nil, expect: .ok)
            #expect(openAPI.text == OpenAPIDocument.json)

            let accepted = try await client.call(.post, "/api/v1/incidents/analyze", token: server.token(.responder), body: try Fixtures.incident())
            #expect(accepted.status == .accepted)
            let schema = try spec.responseSchema("POST /api/v1/incidents/analyze", status: 202)
            #expect(try checker.mismatches(JSONDecoder().decode(JSONValue.self, from: Data(accepted.body)), schema) == [])
            let analyzeResponse = try spec.responses(of: try #require(spec.operation("POST /api/v1/incidents/analyze")))
            #expect(analyzeResponse.first { $0.code == "202" }?.response["headers"]?.objectValue?["Location"] != nil)
            #expect(accepted.headers[.location] != nil)

            let id = try #require(accepted.object["id"] as? String)
            _ = try await check("GET /api/v1/incidents/{id}/status", "/api/v1/incidents/\(id)/status", expect: .ok)
            #expect(try await client.waitForAnalysis(id, token: server.token(.viewer)) == "succeeded")
            _ = try await check("GET /api/v1/incidents/{id}/status", "/api/v1/incidents/\(id)/status", expect: .ok)
            let shown = try await check("GET /api/v1/incidents/{id}", "/api/v1/incidents/\(id)", role: .viewer, expect: .ok)
            let hypotheses = (shown.object["report"] as? [String: Any])?["hypotheses"] as? [[String: Any]] ?? []
            let label = try #require(hypotheses.first { $0["remediation"] != nil }?["label"] as? String)

            _ = try await check("GET /api/v1/incidents", "/api/v1/incidents?limit=1", expect: .ok)
            _ = try await check("GET /api/v1/incidents", "/api/v1/incidents?limit=0", expect: .badRequest)
            _ = try await check("GET /api/v1/incidents", "/api/v1/incidents", role: nil, expect: .unauthorized)
            _ = try await check("GET /api/v1/incidents/{id}", "/api/v1/incidents/missing", expect: .notFound)
            _ = try await check("GET /api/v1/incidents/{id}/timeline", "/api/v1/incidents/\(id)/timeline", expect: .ok)
            _ = try await check(
                "POST /api/v1/incidents/{id}/approve", "/api/v1/incidents/\(id)/approve", json: #"{"remediation": "\#(label)", "reason": "ok"}"#,
                expect: .created)
            _ = try await check(
                "POST /api/v1/incidents/{id}/reject", "/api/v1/incidents/\(id)/reject", role: .responder, json: #"{"remediation": "\#(label)"}"#,
                expect: .forbidden)
            _ = try await check("GET /api/v1/incidents/{id}/decisions", "/api/v1/incidents/\(id)/decisions", expect: .ok)
            _ = try await check(
                "POST /api/v1/incidents/{id}/transition", "/api/v1/incidents/\(id)/transition", json: #"{"status": "mitigated", "note": "n"}"#,
                expect: .ok)
            _ = try await check(
                "POST /api/v1/incidents/{id}/transition", "/api/v1/incidents/\(id)/transition", json: #"{"status": "triggered"}"#,
                expect: .conflict)

            _ = try await check("GET /api/v1/tenant", "/api/v1/tenant", role: .viewer, expect: .ok)
            let created = try await check("POST /api/v1/tokens", "/api/v1/tokens", json: #"{"name": "ci", "role": "viewer"}"#, expect: .created)
            _ = try await check("POST /api/v1/tokens", "/api/v1/tokens", json: #"{"role": "root"}"#, expect: .badRequest)
            _ = try await check("GET /api/v1/tokens", "/api/v1/tokens", expect: .ok)
            let tokenID = try #require((created.object["token"] as? [String: Any])?["id"] as? String)
            _ = try await check("DELETE /api/v1/tokens/{tokenID}", "/api/v1/tokens/\(tokenID)", expect: .ok)
            _ = try await check("GET /api/v1/audit", "/api/v1/audit", expect: .ok)
            _ = try await check("GET /api/v1/audit/verify", "/api/v1/audit/verify", expect: .ok)
        }

        // Every event the flow published has a documented name and data of the documented shape.
        server.events.finishAll()
        let documented = try #require(spec.operation("GET /api/v1/events")?.object["x-events"]?.arrayValue)
        var schemas: [String: JSONValue] = [:]
        for case .object(let event) in documented {
            if let name = event["name"]?.stringValue, let data = event["data"] { schemas[name] = .object(JSONObject([("$ref", data)])) }
        }
        var seen: Set<String> = []
        for await event in events {
            seen.insert(event.name)
            let schema = try #require(schemas[event.name], "event \(event.name) is not documented")
            let data = try JSONDecoder().decode(JSONValue.self, from: Data(event.data))
            let mismatches = try checker.mismatches(data, schema)
            #expect(mismatches.isEmpty, "event \(event.name): \(mismatches.joined(separator: "\n"))")
        }
        #expect(
            seen.isSuperset(of: [
                "incident.created", "incident.updated", "analysis.started", "analysis.agent", "analysis.finished", "remediation.approved",
            ]))
    }
}
