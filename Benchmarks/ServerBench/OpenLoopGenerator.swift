import NIOCore

/// Sends one request every `1/rate` seconds on a fixed schedule, whatever the server does (open loop), over a pool
/// of keep-alive connections. A request that finds every connection busy waits in a queue, and its latency is counted
/// from its scheduled send time, so a slow server cannot hide its stalls (no coordinated omission).
///
/// All state lives on one event loop (every entry point checks it); that is why the `@unchecked Sendable` is safe.
final class OpenLoopGenerator: @unchecked Sendable {
    /// One measured request.
    struct Sample {
        var latencyNanoseconds: Int64
        var status: Int
        /// The `id` of a 202 answer and the wall-clock time (µs since 1970) the answer arrived.
        var acceptedID: String?
        var answeredAtMicroseconds: Int64
    }

    /// What a run produced: samples for the measured requests only, and transport errors.
    struct Result {
        var samples: [Sample]
        var transportErrors: Int
        var lateStarts: Int
    }

    private let loop: any EventLoop
    private let request: PreparedRequest
    private var idle: [HTTPConnection]
    private let interval: Int64
    private let total: Int
    private let warmup: Int
    private var start = NIODeadline.now()
    private var nextIndex = 0
    private var queue: [Int] = []
    private var queueHead = 0
    private var finished = 0
    private var samples: [Sample] = []
    private var transportErrors = 0
    private var lateStarts = 0
    private var promise: EventLoopPromise<Result>?

    /// - Parameters:
    ///   - rate: requests per second; `warmupSeconds` of them first (not recorded), then `seconds` recorded.
    init(connections: [HTTPConnection], request: PreparedRequest, rate: Int, warmupSeconds: Int, seconds: Int, on loop: any EventLoop) {
        self.loop = loop
        self.request = request
        self.idle = connections
        interval = 1_000_000_000 / Int64(max(1, rate))
        warmup = max(0, warmupSeconds) * max(1, rate)
        total = warmup + max(1, seconds) * max(1, rate)
    }

    /// Runs the whole schedule; the future completes when every request has an answer or an error.
    func run() -> EventLoopFuture<Result> {
        loop.flatSubmit {
            let promise = self.loop.makePromise(of: Result.self)
            self.promise = promise
            self.samples.reserveCapacity(self.total - self.warmup)
            self.start = NIODeadline.now() + .milliseconds(5)
            self.scheduleNextTick()
            // A server that stalls (e.g. errors after lock waits) must not hold the run forever: past twice the
            // schedule plus 10 s, requests not yet answered count as errors and nothing more is sent.
            let limit = self.scheduled(self.total) + .nanoseconds(self.interval * Int64(self.total)) + .seconds(10)
            self.loop.scheduleTask(deadline: limit) { self.abandon() }
            return promise.futureResult
        }
    }

    private func scheduled(_ index: Int) -> NIODeadline {
        start + .nanoseconds(interval * Int64(index))
    }

    private func scheduleNextTick() {
        guard nextIndex < total else { return }
        loop.scheduleTask(deadline: scheduled(nextIndex)) { self.tick() }
    }

    /// Releases every request whose time has come (several if the timer fired late), then re-arms the timer.
    private func tick() {
        loop.preconditionInEventLoop()
        let now = NIODeadline.now()
        while nextIndex < total && scheduled(nextIndex) <= now {
            queue.append(nextIndex)
            nextIndex += 1
        }
        dispatch()
        scheduleNextTick()
    }

    private func dispatch() {
        while queueHead < queue.count, let connection = idle.popLast() {
            let index = queue[queueHead]
            queueHead += 1
            if NIODeadline.now() - scheduled(index) > .milliseconds(1), index >= warmup { lateStarts += 1 }
            send(index, on: connection)
        }
        if queueHead > 4096 {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
    }

    private func send(_ index: Int, on connection: HTTPConnection) {
        connection.execute(request, keepBody: true).whenComplete { outcome in
            let latency = (NIODeadline.now() - self.scheduled(index)).nanoseconds
            switch outcome {
            case .success(let answer):
                if index >= self.warmup {
                    let id = answer.status == 202 ? AcceptedID.parse(answer.body) : nil
                    self.samples.append(
                        Sample(latencyNanoseconds: latency, status: answer.status, acceptedID: id, answeredAtMicroseconds: WallClock.microseconds()))
                }
                self.idle.append(connection)
            case .failure:
                if index >= self.warmup { self.transportErrors += 1 }
            }
            self.finished += 1
            self.dispatch()
            self.finishIfDone()
        }
    }

    private func abandon() {
        guard promise != nil else { return }
        let unanswered = total - finished
        log("open loop: \(unanswered) requests unanswered at the time limit; counted as errors")
        transportErrors += unanswered
        finished = total
        nextIndex = total
        finishIfDone()
    }

    private func finishIfDone() {
        guard finished >= total, let promise else { return }
        self.promise = nil
        promise.succeed(Result(samples: samples, transportErrors: transportErrors, lateStarts: lateStarts))
    }
}
