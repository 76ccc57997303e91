import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Progress on standard error for long inputs: silent for the first two seconds, then a bar redrawn in place on a
/// TTY, or a line every five seconds otherwise.
final class ProgressReporter {
    private let enabled: Bool
    private let isTTY = isatty(2) != 0
    private var label = ""
    private var totalBytes: Int?
    private var started = Date()
    private var lastPrint = Date.distantPast
    private var printed = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func start(label: String, totalBytes: Int?) {
        self.label = label
        self.totalBytes = totalBytes
        started = Date()
    }

    func update(lines: Int, bytes: Int) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed >= 2, now.timeIntervalSince(lastPrint) >= (isTTY ? 0.2 : 5) else { return }
        lastPrint = now
        printed = true
        let rate = Double(lines) / max(elapsed, 1e-9)
        var text = "\(label): \(lines) lines, \(String(format: "%.2f", rate / 1e6)) M lines/s"
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            text = (isTTY ? "[\(bar)] " : "") + String(format: "%3.0f%% ", fraction * 100) + text
        }
        FileHandle.standardError.write(Data(((isTTY ? "\r" : "") + text + (isTTY ? "" : "\n")).utf8))
    }

    func finish() {
        if enabled, printed, isTTY { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
