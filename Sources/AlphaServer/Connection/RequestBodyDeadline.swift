import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Gives each request body a deadline on the connection itself: a client that announces a body and then stalls gets a
/// 408 problem response and the connection is closed, so a slow upload cannot hold a handler, a file descriptor or
/// memory. It is one event-loop timer per request with a body (armed at the head, cancelled at the end), where a timer
/// task raced against the body in every handler cost the API's tail latency 2–4 ms at 200 requests/s.
///
/// It sits after Hummingbird's HTTP/1 decoding. NIO's pipelining handler, ahead of it, passes on one request at a
/// time, so there is at most one body in flight per connection.
final class RequestBodyDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let timeout: Duration
    private var deadline: Scheduled<Void>?
    /// Whether the server has begun answering the request whose body is pending (it may answer early, e.g. 401).
    private var answered = false

    /// A handler for one connection.
    init(timeout: Duration) {
        self.timeout = timeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            if Self.announcesBody(head) { arm(context) }
        case .body:
            break
        case .end:
            disarm()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if deadline != nil, case .head = unwrapOutboundIn(data) { answered = true }
        context.write(data, promise: promise)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    /// A request has a body when it declares a length above zero or a transfer coding (chunked).
    static func announcesBody(_ head: HTTPRequest) -> Bool {
        if head.headerFields[.transferEncoding] != nil { return true }
        guard let length = head.headerFields[.contentLength] else { return false }
        return length != "0"
    }

    private func arm(_ context: ChannelHandlerContext) {
        disarm()
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(timeout)) { [self] in
            expire(context)
        }
    }

    private func disarm() {
        deadline?.cancel()
        deadline = nil
        answered = false
    }

    /// The body did not arrive in time: answer 408 unless an answer is already on its way, then close (the rest of
    /// the body can no longer be told apart from the next request).
    private func expire(_ context: ChannelHandlerContext) {
        let alreadyAnswered = answered
        deadline = nil
        answered = false
        if !alreadyAnswered {
            let problem = Problem.timeout("the request body did not arrive within \(timeout)")
            let body = problem.body(instance: nil)
            var head = HTTPResponse(status: problem.status)
            head.headerFields[.contentType] = "application/problem+json"
            head.headerFields[.contentLength] = String(body.count)
            head.headerFields[.connection] = "close"
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(bytes: body))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        context.close(promise: nil)
    }
}
