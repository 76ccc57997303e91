import Synchronization

/// Lets idle analysis workers sleep until a job is queued instead of polling the store: `signal()` wakes one waiter
/// (or, with nobody waiting, the next one to wait), and every wait also ends after a timeout so jobs queued by
/// another replica are still found.
final class JobWaker: Sendable {
    private struct State {
        var nextID = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var pendingSignals = 0
        /// Waits that ended (timer or shutdown) before their waiter registered: it must not register then.
        var expired: Set<Int> = []
    }

    private let state = Mutex(State())

    /// Wakes one waiting worker, or lets the next wait return at once.
    func signal() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { state in
            if let (id, continuation) = state.waiters.first {
                state.waiters.removeValue(forKey: id)
                return continuation
            }
            state.pendingSignals = min(state.pendingSignals + 1, 1_000)
            return nil
        }
        waiter?.resume()
    }

    /// Wakes every waiter (shutdown).
    func wakeAll() {
        let all = state.withLock { state in
            let all = Array(state.waiters.values)
            state.waiters.removeAll()
            return all
        }
        for continuation in all { continuation.resume() }
    }

    /// Returns on a signal or after `timeout`, whichever comes first.
    func wait(timeout: Duration) async {
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let resumeNow = self.state.withLock { state -> Bool in
                        if state.expired.remove(id) != nil { return true }
                        if state.pendingSignals > 0 {
                            state.pendingSignals -= 1
                            return true
                        }
                        state.waiters[id] = continuation
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                self.resume(id: id)
            }
            await group.next()
            group.cancelAll()
            // Whichever task is still running must finish for the group to return: end the wait for good.
            self.resume(id: id)
        }
        _ = state.withLock { $0.expired.remove(id) }
    }

    /// Ends wait `id`: resumes its waiter, or marks it expired if the waiter has not registered yet.
    private func resume(id: Int) {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if let continuation = state.waiters.removeValue(forKey: id) { return continuation }
            state.expired.insert(id)
            return nil
        }
        continuation?.resume()
    }
}
