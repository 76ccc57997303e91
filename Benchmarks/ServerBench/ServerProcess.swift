import Foundation

/// Runs the release `alpha-sre` binary: `admin` commands to make a tenant and a token, and `serve --port 0`, whose
/// bound port is read from its JSON log (no port races). Also starts the optional peer server the same way.
struct ServerProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process: Process
    let port: Int
    let logPath: URL

    /// Runs `binary ARGUMENTS` to completion and returns its stdout; a non-zero exit throws with its stderr.
    static func runToCompletion(_ binary: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "\(arguments.prefix(3).joined(separator: " ")) exited \(process.terminationStatus): \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: outData, as: UTF8.self)
    }

    /// Starts `executable ARGUMENTS` with stderr and stdout in `logPath`, then waits until the log shows
    /// `http://127.0.0.1:PORT` (alpha-sre's "serving" line), or, when `port` is given, until that port accepts.
    static func start(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, logPath: URL, marker: String? = "http://127.0.0.1:",
        port knownPort: Int? = nil
    ) throws -> ServerProcess {
        _ = FileManager.default.createFile(atPath: logPath.path, contents: nil)
        let log = try FileHandle(forWritingTo: logPath)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try log.close()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: logPath, encoding: .utf8)) ?? ""
            if let knownPort, PortProbe.accepts(port: knownPort) {
                return ServerProcess(process: process, port: knownPort, logPath: logPath)
            }
            if let marker, let range = text.range(of: marker) {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), port > 0 { return ServerProcess(process: process, port: port, logPath: logPath) }
            }
            guard process.isRunning else { throw Failure(description: "\(executable) exited early:\n\(text)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw Failure(description: "\(executable) did not report a port within 60 s (log: \(logPath.path))")
    }

    /// SIGTERM, then wait (graceful shutdown finishes analyses in flight).
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
