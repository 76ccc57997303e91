import NIOCore
import NIOHTTP1
import NIOPosix

/// One answer: the status and, when asked for, the body.
struct HTTPAnswer {
    var status: Int
    var body: [UInt8]
}

/// A request already split into the parts the NIO encoder writes (the body buffer is shared, never copied).
struct PreparedRequest: Sendable {
    var head: HTTPRequestHead
    var body: ByteBuffer?

    init(method: HTTPMethod, path: String, port: Int, token: String, body: [UInt8]? = nil) {
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: "127.0.0.1:\(port)")
        headers.add(name: "Authorization", value: "Bearer \(token)")
        if let body {
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: String(body.count))
        }
        head = HTTPRequestHead(version: .http1_1, method: method, uri: path, headers: headers)
        self.body = body.map { ByteBuffer(bytes: $0) }
    }
}

/// One keep-alive HTTP/1.1 connection that carries one request at a time.
///
/// Every property is touched only on the channel's event loop (`execute` and the handler callbacks run there and check
/// it), which is what makes the `@unchecked Sendable` safe: the type crosses into NIO's `@Sendable` closures but its
/// state is never shared between threads.
final class HTTPConnection: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    let eventLoop: any EventLoop
    private var channel: (any Channel)?
    private var pending: EventLoopPromise<HTTPAnswer>?
    private var status = 0
    private var body: [UInt8] = []
    private var keepBody = false
    private(set) var isClosed = false

    private init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    /// Connects to 127.0.0.1:`port` on `eventLoop`.
    static func connect(port: Int, on eventLoop: any EventLoop) -> EventLoopFuture<HTTPConnection> {
        let connection = HTTPConnection(eventLoop: eventLoop)
        return ClientBootstrap(group: eventLoop)
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.pipeline.addHTTPClientHandlers().flatMap { channel.pipeline.addHandler(connection) }
            }
            .connect(host: "127.0.0.1", port: port)
            .map { channel in
                connection.channel = channel
                return connection
            }
    }

    /// Sends `request`; the future completes on the event loop with the answer, or fails if the connection drops.
    func execute(_ request: PreparedRequest, keepBody: Bool) -> EventLoopFuture<HTTPAnswer> {
        eventLoop.preconditionInEventLoop()
        let promise = eventLoop.makePromise(of: HTTPAnswer.self)
        guard let channel, !isClosed, pending == nil else {
            promise.fail(ConnectionClosed())
            return promise.futureResult
        }
        pending = promise
        self.keepBody = keepBody
        status = 0
        body.removeAll(keepingCapacity: true)
        channel.write(HTTPClientRequestPart.head(request.head), promise: nil)
        if let buffer = request.body { channel.write(HTTPClientRequestPart.body(.byteBuffer(buffer)), promise: nil) }
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        return promise.futureResult
    }

    func close() {
        eventLoop.preconditionInEventLoop()
        channel?.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            status = Int(head.status.code)
        case .body(var buffer):
            if keepBody, let bytes = buffer.readBytes(length: buffer.readableBytes) { body.append(contentsOf: bytes) }
        case .end:
            let promise = pending
            pending = nil
            promise?.succeed(HTTPAnswer(status: status, body: body))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        isClosed = true
        let promise = pending
        pending = nil
        promise?.fail(ConnectionClosed())
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    struct ConnectionClosed: Error {}
}
