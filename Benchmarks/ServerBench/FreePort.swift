import NIOCore
import NIOPosix

/// A loopback port nothing listens on: bind to port 0, read the port, close (for servers that cannot report theirs).
enum FreePort {
    static func pick() throws -> Int {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let channel = try ServerBootstrap(group: group).bind(host: "127.0.0.1", port: 0).wait()
        let port = channel.localAddress?.port ?? 0
        try channel.close().wait()
        return port
    }
}
