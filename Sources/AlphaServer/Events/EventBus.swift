import Synchronization

/// Fans live updates out to SSE subscribers, by tenant. Publishing never waits: each subscriber has a bounded buffer
/// and a client too slow to drain it loses the oldest events (it can re-read state through the API).
public final class EventBus: Sendable {
    private struct State {
        var nextSequence = 1
        var nextSubscriber = 0
        var subscribers: [Int: (tenantID: String, continuation: AsyncStream<ServerEvent>.Continuation)] = [:]
    }

    private let state = Mutex(State())
    private let bufferSize: Int

    /// A bus; `bufferSize` events are kept per subscriber.
    public init(bufferSize: Int = 1_000) {
        self.bufferSize = bufferSize
    }

    /// Sends an event to every subscriber of `tenantID`.
    public func publish(tenantID: String, name: String, data: [UInt8]) {
        state.withLock { state in
            let event = ServerEvent(tenantID: tenantID, sequence: state.nextSequence, name: name, data: data)
            state.nextSequence += 1
            for subscriber in state.subscribers.values where subscriber.tenantID == tenantID {
                subscriber.continuation.yield(event)
            }
        }
    }

    /// A stream of the tenant's events from now on; it ends when the bus shuts down, and unsubscribes when dropped.
    public func subscribe(tenantID: String) -> AsyncStream<ServerEvent> {
        let (stream, continuation) = AsyncStream<ServerEvent>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        let id = state.withLock { state in
            let id = state.nextSubscriber
            state.nextSubscriber += 1
            state.subscribers[id] = (tenantID, continuation)
            return id
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// How many clients are subscribed (for /metrics and tests).
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Ends every subscription (their streams finish); later subscriptions work as usual.
    public func finishAll() {
        let continuations = state.withLock { state in
            let all = state.subscribers.values.map(\.continuation)
            state.subscribers.removeAll()
            return all
        }
        for continuation in continuations { continuation.finish() }
    }
}
