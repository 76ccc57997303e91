import AlphaStore
public import Hummingbird

/// The per-request context: Hummingbird's core storage plus the authenticated principal.
public struct AlphaRequestContext: RequestContext {
    /// Hummingbird's storage (logger, route parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` for every `/api/v1` route.
    public var principal: Principal?

    /// A fresh context for a request.
    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.principal = nil
    }

    /// The principal, or 401 when the route was reached without authentication (a wiring bug, never a client's).
    func requirePrincipal() throws(Problem) -> Principal {
        guard let principal else { throw Problem.unauthorized("missing credentials") }
        return principal
    }

    /// The principal if its role includes `role`, else 403.
    func require(_ role: TokenRole) throws(Problem) -> Principal {
        let principal = try requirePrincipal()
        guard principal.role.allows(role) else {
            throw Problem.forbidden("this needs the \(role.rawValue) role; the token has \(principal.role.rawValue)")
        }
        return principal
    }

    /// A route parameter that the router guarantees is present (400 if it is not).
    func parameter(_ name: String) throws(Problem) -> String {
        guard let value = parameters.get(name) else { throw Problem.badRequest("missing path parameter '\(name)'") }
        return value
    }
}
