import AlphaCore
import AlphaStore
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A swift-log handler writing one JSON object per line to stderr (`{"time":…,"level":…,"label":…,"message":…,
/// …metadata}`), for log shippers when the server does not run on a terminal.
struct JSONLogHandler: LogHandler {
    var label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    /// Serialises writes so lines from concurrent tasks never interleave.
    private static let output = Mutex(())

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [(key: String, value: String)] = [
            ("time", Timestamp.format(StoreTime.now().seconds)), ("level", event.level.rawValue), ("label", label), ("message", "\(event.message)"),
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for key in merged.keys.sorted() {
            if let value = merged[key] { fields.append((key, "\(value)")) }
        }
        var line = JSONString.object(fields) + "\n"
        Self.output.withLock { _ in Terminal.writeAll(&line, to: STDERR_FILENO) }
    }
}
