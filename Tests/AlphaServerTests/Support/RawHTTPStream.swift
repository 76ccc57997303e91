import NIOCore
import NIOPosix

/// Reads a streaming HTTP response (Server-Sent Events) over a plain socket until `until` appears or `timeout`
/// passes, and returns everything received. HummingbirdTesting's clients wait for a complete response, which an
/// event stream never is.
enum RawHTTPStream {
    static func read(port: Int, path: String, token: String, until marker: String, timeout: Duration) async throws -> String {
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nAccept: text/event-stream\r\n\r\n"
        return try await exchange(port: port, request: request, until: marker, timeout: timeout)
    }

    /// Sends `request` as given (possibly incomplete), then each of `drip` after a pause of `every`, and reads until
    /// `marker` appears, the server closes, or `timeout`.
    static func exchange(
        port: Int, request: String, drip: [String] = [], every pause: Duration = .zero, until marker: String, timeout: Duration
    ) async throws -> String {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(string: request))
                    let writer = Task {
                        for piece in drip {
                            try await Task.sleep(for: pause)
                            try await outbound.write(ByteBuffer(string: piece))
                        }
                    }
                    defer { writer.cancel() }
                    var received = ""
                    for try await chunk in inbound {
                        received += String(buffer: chunk)
                        if received.contains(marker) { break }
                    }
                    return received
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let text = result { return text }
                channel.channel.close(promise: nil)
            }
            return ""
        }
    }
}
