import Foundation
import Testing

@testable import AlphaCLI

@Suite struct InputFileTests {
    func temporaryFile(bytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-input-\(UUID().uuidString).json").path
        try Data(repeating: UInt8(ascii: " "), count: bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func refusesInputOverTheLimitWithoutReadingIt() throws {
        let path = try temporaryFile(bytes: 4096)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputFile.Failure.self) { try InputFile.read(path, limit: 1024) }
        do {
            _ = try InputFile.read(path, limit: 1024)
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.description.contains("larger than"))
        }
    }

    @Test func readsAFileWithinTheLimit() throws {
        let path = try temporaryFile(bytes: 3000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try InputFile.read(path, limit: 4096).count == 3000)
    }

    @Test func directoryAndMissingFileAreNamed() {
        do {
            _ = try InputFile.read("/tmp", limit: 1024)
            Issue.record("a directory was read")
        } catch {
            #expect(error.exitCode == 74)
            #expect(error.description.contains("is a directory"))
        }
        do {
            _ = try InputFile.read("/nonexistent/x.json", limit: 1024)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.exitCode == 66)
        }
    }
}
