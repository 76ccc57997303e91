import AlphaStore
public import Hummingbird
import Logging

/// Authenticates `Authorization: Bearer <token>` for every API route and puts the principal in the context. Missing
/// or unknown credentials are 401; what a role may do is checked by each route (403).
public struct AuthMiddleware: RouterMiddleware {
    /// The context this middleware fills.
    public typealias Context = AlphaRequestContext

    let authenticator: TokenAuthenticator

    init(authenticator: TokenAuthenticator) {
        self.authenticator = authenticator
    }

    /// Authenticates, then runs the route.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw Problem.unauthorized("send 'Authorization: Bearer <token>' (create one with 'alpha-sre admin token create')")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Problem.unauthorized("the Authorization header must be 'Bearer <token>'")
        }
        guard let principal = try await authenticator.principal(forSecret: String(parts[1])) else {
            throw Problem.unauthorized("the token is unknown or revoked")
        }
        var context = context
        context.principal = principal
        context.logger[metadataKey: "tenant"] = .string(principal.tenantID)
        context.logger[metadataKey: "token"] = .string(principal.tokenID)
        return try await next(request, context)
    }
}
