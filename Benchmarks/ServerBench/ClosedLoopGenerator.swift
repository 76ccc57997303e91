import NIOCore

/// Each connection sends its next request as soon as the previous answer arrives, for a fixed time (closed loop: the
/// throughput measurement used when `wrk` is not installed). Latency is from send to answer.
///
/// All state lives on one event loop (every callback runs there), which makes the `@unchecked Sendable` safe.
final class ClosedLoopGenerator: @unchecked Sendable {
    struct Result {
        var completed: Int
        var errors: Int
        var elapsedSeconds: Double
        var latenciesNanoseconds: [Int64]
    }

    private let loop: any EventLoop
    private let request: PreparedRequest
    private let connections: [HTTPConnection]
    private let seconds: Int64
    private var start = NIODeadline.now()
    private var end = NIODeadline.now()
    private var active = 0
    private var completed = 0
    private var errors = 0
    private var latencies: [Int64] = []
    private var promise: EventLoopPromise<Result>?

    init(connections: [HTTPConnection], request: PreparedRequest, seconds: Int, on loop: any EventLoop) {
        self.loop = loop
        self.request = request
        self.connections = connections
        self.seconds = Int64(max(1, seconds))
    }

    func run() -> EventLoopFuture<Result> {
        loop.flatSubmit {
            let promise = self.loop.makePromise(of: Result.self)
            self.promise = promise
            self.latencies.reserveCapacity(1 << 20)
            self.start = NIODeadline.now()
            self.end = self.start + .seconds(self.seconds)
            for connection in self.connections {
                self.active += 1
                self.send(on: connection)
            }
            return promise.futureResult
        }
    }

    private func send(on connection: HTTPConnection) {
        let sent = NIODeadline.now()
        connection.execute(request, keepBody: false).whenComplete { outcome in
            let now = NIODeadline.now()
            switch outcome {
            case .success(let answer):
                if now <= self.end {
                    self.completed += 1
                    if answer.status != 200 { self.errors += 1 }
                    self.latencies.append((now - sent).nanoseconds)
                }
                if now < self.end {
                    self.send(on: connection)
                    return
                }
            case .failure:
                self.errors += 1
            }
            self.active -= 1
            if self.active == 0, let promise = self.promise {
                self.promise = nil
                promise.succeed(
                    Result(
                        completed: self.completed, errors: self.errors, elapsedSeconds: Double((self.end - self.start).nanoseconds) / 1e9,
                        latenciesNanoseconds: self.latencies))
            }
        }
    }
}
