import AlphaSignals
import Foundation
import Testing

@Suite("Edge inputs")
struct EdgeInputTests {
    /// Writes `bytes` to a temporary file and returns every line LineReader yields from it.
    func lines(of bytes: [UInt8], chunkSize: Int = 4096, maxLineBytes: Int = 8 << 20) throws -> [[UInt8]] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("miner-\(UUID().uuidString).log")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var result: [[UInt8]] = []
        try LineReader.forEachLine(fileDescriptor: descriptor, chunkSize: chunkSize, maxLineBytes: maxLineBytes) { result.append(Array($0)) }
        return result
    }

    @Test("CRLF line endings are stripped and a last line without newline is kept")
    func crlf() throws {
        let got = try lines(of: Array("a 1\r\nb 2\r\n\r\nc 3".utf8))
        #expect(got == [Array("a 1".utf8), Array("b 2".utf8), [], Array("c 3".utf8)])
    }

    @Test("a 1 MB line streams through small chunks whole, and mines without trouble")
    func megabyteLine() throws {
        var big = Array("start ".utf8)
        for k in 0..<220_000 { big.append(contentsOf: Array("tok\(k % 10) ".utf8)) }
        big.append(contentsOf: Array("end".utf8))
        #expect(big.count > 1_000_000)
        let got = try lines(of: Array("before\n".utf8) + big + Array("\nafter\n".utf8), chunkSize: 4096)
        #expect(got.count == 3)
        #expect(got[1].count == big.count)
        var miner = TemplateMiner()
        let index = got[1].withUnsafeBufferPointer { miner.addMessage($0) }
        let template = try #require(miner.report().template(ofCluster: index))
        // Token cap: the first maxTokens - 1 tokens are kept, the rest reads as one variable.
        #expect(template.template.hasPrefix("start <*>"))
        #expect(template.template.hasSuffix("<*>"))
        #expect(template.template.split(separator: " ").count <= MinerConfiguration().maxTokens)
    }

    @Test("a token over 256 bytes (here 1 MB, no spaces) is one variable, not a huge literal in a template")
    func hugeToken() throws {
        var miner = TemplateMiner()
        let blob = "payload " + String(repeating: "QUJD", count: 262_144) + " end"
        let first = miner.addMessage(blob)
        let second = miner.addMessage("payload " + String(repeating: "WFla", count: 262_144) + " end")
        #expect(first == second)
        #expect(miner.report().templates.first?.template == "payload <*> end")
    }

    @Test("a line over the reader's limit is cut there and the next line still comes out")
    func cutLine() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 20_000)
        let got = try lines(of: long + Array("\nnext\n".utf8), chunkSize: 4096, maxLineBytes: 8192)
        #expect(got.count == 2)
        #expect(got[0].count == 8192)
        #expect(got[1] == Array("next".utf8))
    }

    @Test("empty and blank messages get a template instead of trapping")
    func empty() {
        var miner = TemplateMiner()
        let a = miner.addMessage("")
        let b = miner.addMessage("   \t ")
        #expect(a == b)
        #expect(miner.report().templates.first?.template == "")
    }

    @Test("invalid UTF-8 is mined as bytes and rendered with replacement characters")
    func invalidUTF8() throws {
        var miner = TemplateMiner()
        let bytes: [UInt8] = Array("bad ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" value 42".utf8)
        let index = bytes.withUnsafeBufferPointer { miner.addMessage($0) }
        let again = bytes.withUnsafeBufferPointer { miner.addMessage($0) }
        #expect(index == again)
        let template = try #require(miner.report().template(ofCluster: index))
        #expect(template.template.contains("\u{FFFD}"))
        #expect(template.template.hasSuffix("value <*>"))
        #expect(template.count == 2)
    }

    @Test("stack-trace lines continue the record above them")
    func multiLine() {
        func isContinuation(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { RecordBoundary.isContinuation($0) }
        }
        #expect(isContinuation("\tat com.example.Foo.bar(Foo.java:42)"))
        #expect(isContinuation("    at handler (server.js:10:5)"))
        #expect(isContinuation("Caused by: java.io.IOException: broken pipe"))
        #expect(!isContinuation("2024-03-05T10:00:01Z ERROR boom"))
        #expect(!isContinuation("   "))
        #expect(!isContinuation(""))
    }
}
