#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where output goes and how: colour only on a terminal, errors on stderr.
enum Terminal {
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Colour when stdout is a terminal and NO_COLOR is not set (https://no-color.org).
    static var useColor: Bool { stdoutIsTTY && getenv("NO_COLOR") == nil }

    static func printError(_ message: String) {
        var line = "alpha-sre: " + message + "\n"
        writeAll(&line, to: STDERR_FILENO)
    }

    /// Writes to stdout in one go (a large report is not line-buffered piecemeal).
    static func write(_ text: String) {
        var text = text
        if !text.hasSuffix("\n") { text += "\n" }
        writeAll(&text, to: STDOUT_FILENO)
    }

    /// write(2) until everything is out (pipes take partial writes); stops quietly if the reader went away.
    static func writeAll(_ text: inout String, to fd: Int32) {
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
