/// Error messages that name the place: the JSON path, and for syntax errors the line and column too.
extension JSONReader {
    /// The input ended inside a value.
    func unexpectedEnd() -> InputError {
        let (line, column) = lineAndColumn(of: bytes.count)
        return InputError(location: "$", message: "unexpected end of input at byte \(bytes.count) (line \(line), column \(column))")
    }

    /// Malformed JSON at the cursor.
    func syntaxError(_ message: String) -> InputError {
        let (line, column) = lineAndColumn(of: position)
        return InputError(location: pathText, message: "\(message) (line \(line), column \(column))")
    }

    /// A well-formed value of the wrong kind at the cursor: `expected a number, found "abc"`.
    func typeError(expected: String) -> InputError {
        InputError(location: pathText, message: "expected \(expected), found \(describeValue())")
    }

    /// A contract rule broken at the current path.
    func contractError(_ message: String) -> InputError {
        InputError(location: pathText, message: message)
    }

    /// The current path: `$` at the top, then `logs[12]`, `metrics.latency.points[3][1]`, `metrics["a.b"]`.
    var pathText: String {
        var text = ""
        for component in path {
            switch component {
            case .pending: continue
            case .index(let index): text += "[\(index)]"
            case .key(let start, let end):
                let name = decodeEscaped(start: start, end: end)
                if Self.isPlainName(name) {
                    text += text.isEmpty ? name : "." + name
                } else {
                    text += "[\"" + name + "\"]"
                }
            }
        }
        return text.isEmpty ? "$" : text
    }

    /// 1-based line and column (in bytes) of an offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let stop = min(offset, bytes.count)
        var index = 0
        while index < stop {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, offset - lineStart + 1)
    }

    /// A short description of the value at the cursor, for `found ...`.
    func describeValue() -> String {
        var index = position
        while let byte = byte(at: index), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        guard let first = byte(at: index) else { return "the end of the input" }
        switch first {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""):
            var probe = self
            probe.position = index + 1
            guard let token = try? probe.scanStringBody() else { return "an unterminated string" }
            var text = token.escaped ? decodeEscaped(start: token.start, end: token.end) : string(start: token.start, end: token.end)
            if text.count > 40 { text = String(text.prefix(40)) + "…" }
            return "\"" + text + "\""
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let end = min(Self.numberTokenEnd(bytes, from: index), index + 40)
            return string(start: index, end: end)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where matches(word, at: index) { return word }
            return Self.describeByte(first)
        default: return Self.describeByte(first)
        }
    }

    /// `'x'` for printable ASCII, `byte 0xNN` otherwise.
    static func describeByte(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
    }

    private func matches(_ word: String, at index: Int) -> Bool {
        var offset = index
        for expected in word.utf8 {
            guard byte(at: offset) == expected else { return false }
            offset += 1
        }
        return true
    }

    /// Names that read unambiguously after a dot: letters, digits, `_`, `-`, `@`.
    private static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        return name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "@")
        }
    }
}
