import Foundation

/// File and stderr helpers for the `slo` commands.
enum SLOFiles {
    static func read(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SLOCLIError("cannot read \(path): \(error.localizedDescription)")
        }
    }

    static func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw SLOCLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}

/// A user-facing error of the `slo` commands.
struct SLOCLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension SLOCLIError: InputFailure {}
