public import Hummingbird

/// An error answered as RFC 9457 problem details (`application/problem+json`). `type` is a stable URI per kind of
/// problem, so clients can branch on it; `detail` says what is wrong and where (a JSON path for bad input).
public struct Problem: Error, Sendable, Equatable, HTTPResponseError {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// The stable problem kind, e.g. `invalid-input` (written as `https://alpha-sre.dev/problems/invalid-input`).
    public var kind: String
    /// A short, fixed summary of the kind.
    public var title: String
    /// This occurrence, for people.
    public var detail: String
    /// Where in the input, when the input is at fault (a JSON path such as `$.logs[3].timestamp`).
    public var pointer: String?

    /// A problem.
    public init(status: HTTPResponse.Status, kind: String, title: String, detail: String, pointer: String? = nil) {
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.pointer = pointer
    }

    /// The `type` member.
    public var type: String { "https://alpha-sre.dev/problems/\(kind)" }

    /// The response body, a JSON object with the RFC 9457 members and `pointer` when set.
    public func body(instance: String?) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("type", type)
        writer.string("title", title)
        writer.integer("status", Int(status.code))
        writer.string("detail", detail)
        if let instance { writer.string("instance", instance) }
        if let pointer { writer.string("pointer", pointer) }
        return writer.finish()
    }

    /// Hummingbird's hook for thrown errors that reach the server (the problem middleware normally answers first).
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response(instance: request.uri.path)
    }

    /// The problem as a response.
    public func response(instance: String?) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"alpha-sre\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body(instance: instance))))
    }
}

extension Problem {
    /// 400: the request is malformed.
    static func badRequest(_ detail: String, pointer: String? = nil) -> Problem {
        Problem(status: .badRequest, kind: "invalid-input", title: "The request is not valid", detail: detail, pointer: pointer)
    }

    /// 401: no usable credentials.
    static func unauthorized(_ detail: String) -> Problem {
        Problem(status: .unauthorized, kind: "unauthorized", title: "Authentication required", detail: detail)
    }

    /// 403: authenticated, but the role does not allow it.
    static func forbidden(_ detail: String) -> Problem {
        Problem(status: .forbidden, kind: "forbidden", title: "Not allowed for this role", detail: detail)
    }

    /// 404: no such thing in the caller's tenant (another tenant's id looks exactly like this).
    static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, kind: "not-found", title: "Not found", detail: detail)
    }

    /// 409: the request conflicts with the current state (lifecycle, duplicates).
    static func conflict(_ detail: String, kind: String = "conflict") -> Problem {
        Problem(status: .conflict, kind: kind, title: "Conflict with the current state", detail: detail)
    }

    /// 413: the body is larger than the configured limit.
    static func tooLarge(limit: Int) -> Problem {
        Problem(
            status: .contentTooLarge, kind: "body-too-large", title: "Request body too large",
            detail: "the request body exceeds the limit of \(limit) bytes")
    }

    /// 408: the client was too slow sending its body.
    static func timeout(_ detail: String) -> Problem {
        Problem(status: .requestTimeout, kind: "request-timeout", title: "Request timed out", detail: detail)
    }

    /// 500: our fault; the detail never carries internals.
    static func `internal`() -> Problem {
        Problem(
            status: .internalServerError, kind: "internal", title: "Internal error",
            detail: "the server failed to handle the request; it is logged")
    }

    /// 503: a dependency (the database) is not reachable.
    static func unavailable(_ detail: String) -> Problem {
        Problem(status: .serviceUnavailable, kind: "unavailable", title: "Service unavailable", detail: detail)
    }
}
