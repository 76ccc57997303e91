import AlphaStore
import Hummingbird

/// Tenant-scoped administration: the caller's tenant (any role), its API tokens and its audit log with verification
/// (role `admin`). Creating tenants is an operator's job (`alpha-sre admin tenant create`), not any tenant's.
struct AdminRoutes {
    let deps: RouteDependencies

    func register(on api: RouterGroup<AlphaRequestContext>) {
        api.get("tenant") { _, context in try await tenant(context) }
        api.get("tokens") { _, context in try await listTokens(context) }
        api.post("tokens") { request, context in try await createToken(request, context) }
        api.delete("tokens/:tokenID") { _, context in try await revokeToken(context) }
        api.get("audit") { _, context in try await auditLog(context) }
        api.get("audit/verify") { _, context in try await verify(context) }
    }

    func tenant(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.viewer)
        guard let tenant = try await deps.store.tenant(id: principal.tenantID) else { throw Problem.notFound("tenant not found") }
        var writer = JSONObjectWriter()
        writer.raw("tenant", RecordJSON.tenant(tenant))
        writer.string("role", principal.role.rawValue)
        writer.string("token_id", principal.tokenID)
        return .json(writer.finish())
    }

    func listTokens(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.admin)
        let tokens = try await deps.store.listTokens(tenantID: principal.tenantID)
        return .json(RecordJSON.list(tokens.map(RecordJSON.token)))
    }

    /// `{"name": "ci", "role": "responder"}` → 201 with the secret, shown this once.
    func createToken(_ request: Request, _ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.admin)
        let body = try await deps.bodies.stringMembers(of: request)
        guard let roleText = body["role"] else { throw Problem.badRequest("'role' is required", pointer: "$.role") }
        guard let role = TokenRole(rawValue: roleText) else {
            throw Problem.badRequest(
                "unknown role '\(roleText)'; one of \(TokenRole.allCases.map(\.rawValue).joined(separator: ", "))", pointer: "$.role")
        }
        let name = body["name"].flatMap { $0.isEmpty ? nil : $0 } ?? role.rawValue
        let secret = APITokenSecret.generate()
        let token = try await deps.store.createToken(
            tenantID: principal.tenantID, name: name, role: role, secretHash: APITokenSecret.hash(secret), actor: principal.actor)
        var writer = JSONObjectWriter()
        writer.raw("token", RecordJSON.token(token))
        writer.string("secret", secret)
        return .json(writer.finish(), status: .created)
    }

    func revokeToken(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.admin)
        let tokenID = try context.parameter("tokenID")
        guard tokenID != principal.tokenID else {
            throw Problem.conflict("a token cannot revoke itself; use another admin token (or 'alpha-sre admin token revoke')")
        }
        let token = try await deps.store.revokeToken(tenantID: principal.tenantID, tokenID: tokenID, actor: principal.actor)
        deps.authenticator.forget(tokenID: token.id)
        return .json(RecordJSON.token(token))
    }

    func auditLog(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.admin)
        let entries = try await deps.store.auditLog(tenantID: principal.tenantID)
        return .json(RecordJSON.list(entries.map(RecordJSON.audit)))
    }

    func verify(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.admin)
        return .json(RecordJSON.verification(try await deps.store.verifyAudit(tenantID: principal.tenantID)))
    }
}
