public import Hummingbird

/// Records every request's count and latency by route pattern, method and status (`alpha_sre_http_requests_total`,
/// `alpha_sre_http_request_duration_seconds`). It sits outside `ProblemMiddleware`, so errors are answered responses
/// by the time they reach it.
public struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    /// A middleware recording into `metrics`.
    public init(metrics: ServerMetrics) {
        self.metrics = metrics
    }

    /// Times the rest of the chain.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(
            route: route, method: request.method.rawValue, status: Int(response.status.code), duration: ContinuousClock.now - start)
        return response
    }
}
