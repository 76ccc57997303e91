import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Runs analyses on their own threads at a lower scheduling priority (`nice`), as a task executor preference: the
/// analysis and every child task it spawns run here, so a burst of analyses takes the CPU the request path leaves over
/// instead of competing with it. This is what keeps `POST` answering in milliseconds while the queue drains on 2 cores.
final class AnalysisExecutor: TaskExecutor {
    private let jobs = Mutex<[UnownedJob]>([])
    private let available = DispatchSemaphore(value: 0)

    private struct Key: Hashable {
        var threads: Int
        var nice: Int32
    }

    private static let shared = Mutex<[Key: AnalysisExecutor]>([:])

    /// The process's executor for this thread count and niceness (servers in one process, e.g. tests, share threads
    /// instead of each starting their own).
    static func shared(threads: Int, nice: Int32) -> AnalysisExecutor {
        shared.withLock { executors in
            let key = Key(threads: max(1, threads), nice: nice)
            if let existing = executors[key] { return existing }
            let made = AnalysisExecutor(threads: key.threads, nice: nice)
            executors[key] = made
            return made
        }
    }

    /// Starts `threads` threads at niceness `nice` (Linux applies it per thread); they live as long as the process.
    private init(threads: Int, nice: Int32) {
        for _ in 0..<max(1, threads) {
            DetachedThread.start { [self] in
                #if canImport(Glibc)
                    // who = 0 with PRIO_PROCESS is the calling thread under Linux/NPTL.
                    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
                #endif
                while true {
                    available.wait()
                    guard let job = jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
                    job.runSynchronously(on: asUnownedTaskExecutor())
                }
            }
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        jobs.withLock { $0.append(unowned) }
        available.signal()
    }
}

/// A plain detached POSIX thread running one closure.
private final class DetachedThread: Sendable {
    private let body: @Sendable () -> Void

    private init(_ body: @escaping @Sendable () -> Void) {
        self.body = body
    }

    static func start(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(DetachedThread(body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { argument in
                guard let argument else { return nil }
                Unmanaged<DetachedThread>.fromOpaque(argument).takeRetainedValue().body()
                return nil
            }, context)
        if created == 0 {
            pthread_detach(thread)
        } else {
            // No thread: run nothing and release the closure (the executor then has fewer threads).
            Unmanaged<DetachedThread>.fromOpaque(context).release()
        }
    }
}
