import Logging
import Synchronization

/// Sets up swift-log for the server once per process: JSON lines when asked or when stderr is not a terminal
/// (a service manager, a container), readable text otherwise.
enum ServerLogging {
    private static let bootstrapped = Mutex(false)

    static func bootstrap(format: String, level: String) -> Logger {
        let json = format == "json" || (format == "auto" && !Terminal.stderrIsTTY)
        let first = bootstrapped.withLock { done in
            defer { done = true }
            return !done
        }
        if first {
            LoggingSystem.bootstrap { label in
                json ? JSONLogHandler(label: label) as any LogHandler : StreamLogHandler.standardError(label: label)
            }
        }
        var logger = Logger(label: "alpha-sre")
        logger.logLevel = Logger.Level(rawValue: level) ?? .info
        return logger
    }
}
