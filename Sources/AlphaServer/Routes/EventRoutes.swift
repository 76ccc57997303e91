import AlphaStore
import Hummingbird
import ServiceLifecycle

/// `GET /api/v1/events`: Server-Sent Events of the caller's tenant (incident created/updated, analysis progress,
/// decisions). A comment line every `keepAlive` keeps proxies from closing an idle stream.
struct EventRoutes {
    let deps: RouteDependencies
    var keepAlive: Duration = .seconds(15)

    func register(on api: RouterGroup<AlphaRequestContext>) {
        api.get("events") { _, context in try stream(context) }
    }

    func stream(_ context: AlphaRequestContext) throws -> Response {
        let principal = try context.require(.viewer)
        // Subscribe before answering, so nothing published after this request is missed.
        let events = deps.events.subscribe(tenantID: principal.tenantID)
        let keepAlive = keepAlive
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        let body = ResponseBody { writer in
            let (chunks, output) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(1_000))
            output.yield(Array("retry: 2000\n: connected\n\n".utf8))
            // On graceful shutdown the stream ends, so an open subscription does not hold the server up.
            try await withGracefulShutdownHandler {
                try await pump(chunks: chunks, output: output, events: events, keepAlive: keepAlive, writer: &writer)
            } onGracefulShutdown: {
                output.finish()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Forwards events and keep-alive comments to the client until the subscription or the output ends.
    private func pump(
        chunks: AsyncStream<[UInt8]>, output: AsyncStream<[UInt8]>.Continuation, events: AsyncStream<ServerEvent>, keepAlive: Duration,
        writer: inout any ResponseBodyWriter
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await event in events { output.yield(event.wireFormat) }
                output.finish()
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: keepAlive)
                    output.yield(Array(": keep-alive\n\n".utf8))
                }
            }
            for await chunk in chunks {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            group.cancelAll()
        }
    }
}
