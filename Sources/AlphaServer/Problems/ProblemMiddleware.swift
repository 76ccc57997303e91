import AlphaCore
import AlphaStore
public import Hummingbird
import Logging

/// Turns every error a route throws into problem JSON: store errors by kind, input errors with their JSON path, and
/// anything unexpected into a 500 that is logged but never leaks internals.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// A middleware.
    public init() {}

    /// Runs the rest of the chain and answers its error, if any, as a problem.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            if problem.status == .internalServerError || problem.status == .serviceUnavailable {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            return problem.response(instance: request.uri.path)
        }
    }

    /// The problem that answers `error`.
    static func problem(for error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let input as InputError:
            return .badRequest(input.description, pointer: jsonPath(input.location))
        case let store as StoreError:
            return problem(for: store)
        case let http as any HTTPResponseError:
            return Problem(
                status: http.status, kind: http.status == .notFound ? "not-found" : "http-\(http.status.code)",
                title: http.status.reasonPhrase,
                detail: http.status == .notFound ? "no such route" : http.status.reasonPhrase)
        default:
            return .internal()
        }
    }

    /// The decoder's location (`logs[3].timestamp`) as a JSONPath (`$.logs[3].timestamp`).
    static func jsonPath(_ location: String) -> String {
        if location.isEmpty { return "$" }
        if location.hasPrefix("$") { return location }
        return location.hasPrefix("[") ? "$" + location : "$." + location
    }

    static func problem(for error: StoreError) -> Problem {
        switch error {
        case .notFound(let kind, let id): .notFound("\(kind) '\(id)' not found")
        case .duplicate: .conflict(error.description, kind: "duplicate")
        case .forbiddenTransition: .conflict(error.description, kind: "invalid-transition")
        case .invalidCursor: .badRequest(error.description, pointer: "cursor")
        case .invalidJobState: .conflict(error.description)
        case .corruptRow: .internal()
        case .engine: .unavailable("the database is not available")
        }
    }
}
