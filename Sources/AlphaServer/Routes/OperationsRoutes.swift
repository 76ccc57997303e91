import AlphaStore
import Hummingbird
import Metrics

/// Unauthenticated operational endpoints: liveness, readiness (the store answers), Prometheus metrics and the OpenAPI
/// document.
struct OperationsRoutes {
    let deps: RouteDependencies
    let openAPI: [UInt8] = Array(OpenAPIDocument.json.utf8)

    func register(on router: Router<AlphaRequestContext>) {
        router.get("healthz") { _, _ in Response.json(Array(#"{"status":"ok"}"#.utf8)) }
        router.get("readyz") { _, _ in try await ready() }
        router.get("metrics") { _, _ in metrics() }
        router.get("openapi.json") { _, _ in Response.json(openAPI) }
    }

    /// 200 when the store answers a query, else 503 with why.
    func ready() async throws -> Response {
        do {
            _ = try await deps.store.tenant(id: "readiness-probe")
        } catch {
            throw Problem.unavailable("the store does not answer: \(error)")
        }
        return .json(Array(#"{"status":"ready"}"#.utf8))
    }

    func metrics() -> Response {
        deps.metrics.eventSubscribers.record(deps.events.subscriberCount)
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: deps.metrics.render())))
    }
}
