/// Parses the printed stack traces of Python, Java (and other JVM languages), Go and Node.js from a record's lines
/// (its message first, then its continuation lines). Frames come out outermost call first: Python prints them
/// that way; Java, Go and Node print the innermost first, so theirs are reversed.
enum StackTraceParser {
    static func parse(_ lines: [Substring], logIndex: Int) -> StackTrace? {
        var sawGoroutine = false
        for line in lines {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("File \"") { return python(lines, logIndex: logIndex) }
            if line.hasPrefix("goroutine ") { sawGoroutine = true }
            if sawGoroutine, line.hasPrefix("\t"), trimmed.contains(".go:") { return go(lines, logIndex: logIndex) }
            if trimmed.hasPrefix("at "), trimmed.count > 3 {
                return isJavaFrame(trimmed) ? java(lines, logIndex: logIndex) : node(lines, logIndex: logIndex)
            }
        }
        return nil
    }

    // MARK: Python

    private static func python(_ lines: [Substring], logIndex: Int) -> StackTrace? {
        var frames: [StackFrame] = []
        var exceptionType: String?
        var message: String?
        var inBlock = false
        for line in lines {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("Traceback (most recent call last)") {
                frames.removeAll()
                exceptionType = nil
                message = nil
                inBlock = true
            } else if trimmed.hasPrefix("File \"") {
                inBlock = true
                let afterQuote = trimmed.dropFirst(6)
                guard let close = afterQuote.firstIndex(of: "\"") else { continue }
                let file = String(afterQuote[..<close])
                var lineNumber: Int?
                var function: String?
                let rest = afterQuote[afterQuote.index(after: close)...]
                if let range = rest.firstRange(of: "line ") {
                    lineNumber = Int(rest[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber }))
                }
                if let range = rest.firstRange(of: ", in ") { function = String(rest[range.upperBound...]) }
                frames.append(StackFrame(file: file, line: lineNumber, function: function))
            } else if inBlock, line.first.map({ $0 != " " && $0 != "\t" }) ?? false, !frames.isEmpty, exceptionType == nil,
                !line.hasPrefix("During handling"), !line.hasPrefix("The above exception")
            {
                (exceptionType, message) = splitHeader(line)
            }
        }
        guard !frames.isEmpty else { return nil }
        return StackTrace(language: "python", exceptionType: exceptionType, message: message, frames: frames, logIndex: logIndex, signatureId: nil)
    }

    // MARK: Java

    private static func isJavaFrame(_ trimmed: Substring) -> Bool {
        guard let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex else { return false }
        let before = trimmed[trimmed.index(before: open)]
        if before == " " { return false }
        let inside = trimmed[open...]
        return inside.contains(".java:") || inside.contains(".kt:") || inside.contains(".scala:") || inside.contains("Native Method")
            || inside.contains("Unknown Source") || inside.filter({ $0 == ":" }).count <= 1
    }

    private static func java(_ lines: [Substring], logIndex: Int) -> StackTrace? {
        var frames: [StackFrame] = []
        var header: Substring?
        var previous: Substring?
        for line in lines {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("Caused by:") { break }
            if trimmed.hasPrefix("at ") {
                if header == nil, let previous { header = previous }
                let body = trimmed.dropFirst(3)
                guard let open = body.firstIndex(of: "("), let close = body.lastIndex(of: ")"), open < close else { continue }
                let function = String(body[..<open])
                let location = body[body.index(after: open)..<close]
                if let colon = location.lastIndex(of: ":"), let number = Int(location[location.index(after: colon)...]) {
                    frames.append(StackFrame(file: String(location[..<colon]), line: number, function: function))
                } else {
                    frames.append(StackFrame(file: String(location), line: nil, function: function))
                }
            } else if !trimmed.hasPrefix("...") {
                previous = trimmed
            }
        }
        guard !frames.isEmpty else { return nil }
        var exceptionType: String?
        var message: String?
        if var header {
            if header.hasPrefix("Exception in thread "), let range = header.firstRange(of: "\" ") { header = header[range.upperBound...] }
            (exceptionType, message) = splitHeader(header)
        }
        return StackTrace(
            language: "java", exceptionType: exceptionType, message: message, frames: frames.reversed(), logIndex: logIndex, signatureId: nil)
    }

    // MARK: Go

    private static func go(_ lines: [Substring], logIndex: Int) -> StackTrace? {
        var frames: [StackFrame] = []
        var exceptionType: String?
        var message: String?
        var function: String?
        var goroutines = 0
        for line in lines {
            if line.hasPrefix("panic: ") || line.hasPrefix("fatal error: ") {
                if exceptionType == nil {
                    let isPanic = line.hasPrefix("panic: ")
                    exceptionType = isPanic ? "panic" : "fatal error"
                    var text = line.dropFirst(isPanic ? 7 : 13)
                    if text.hasSuffix(" [recovered]") { text = text.dropLast(12) }
                    message = String(text)
                }
                continue
            }
            if line.hasPrefix("goroutine ") {
                goroutines += 1
                if goroutines > 1 { break }
                continue
            }
            guard goroutines == 1 else { continue }
            if line.hasPrefix("\t") {
                let location = line.dropFirst().prefix(while: { $0 != " " })
                guard let colon = location.lastIndex(of: ":") else { continue }
                let number = Int(location[location.index(after: colon)...])
                frames.append(StackFrame(file: String(location[..<colon]), line: number, function: function))
                function = nil
            } else if line.hasPrefix("created by ") {
                break
            } else if !line.isEmpty {
                let name = line.lastIndex(of: "(").map { line[..<$0] } ?? line
                function = String(name)
            }
        }
        guard !frames.isEmpty else { return nil }
        return StackTrace(
            language: "go", exceptionType: exceptionType, message: message, frames: frames.reversed(), logIndex: logIndex, signatureId: nil)
    }

    // MARK: Node.js

    private static func node(_ lines: [Substring], logIndex: Int) -> StackTrace? {
        var frames: [StackFrame] = []
        var header: Substring?
        var previous: Substring?
        for line in lines {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.hasPrefix("at ") else {
                if frames.isEmpty { previous = trimmed } else if !trimmed.isEmpty { break }
                continue
            }
            if header == nil, let previous { header = previous }
            var body = trimmed.dropFirst(3)
            var function: String?
            if body.hasSuffix(")"), let open = body.lastIndex(of: "(") {
                var name = body[..<open]
                while name.last == " " { name = name.dropLast() }
                if name.hasPrefix("async ") { name = name.dropFirst(6) }
                function = String(name)
                body = body[body.index(after: open)..<body.index(before: body.endIndex)]
            }
            // file:line:column
            var file = body
            var lineNumber: Int?
            if let lastColon = body.lastIndex(of: ":"), Int(body[body.index(after: lastColon)...]) != nil {
                let head = body[..<lastColon]
                if let secondColon = head.lastIndex(of: ":"), let number = Int(head[head.index(after: secondColon)...]) {
                    lineNumber = number
                    file = head[..<secondColon]
                } else {
                    lineNumber = Int(body[body.index(after: lastColon)...])
                    file = head
                }
            }
            frames.append(StackFrame(file: String(file), line: lineNumber, function: function))
        }
        guard !frames.isEmpty else { return nil }
        let (exceptionType, message) = header.map { splitHeader($0) } ?? (nil, nil)
        return StackTrace(
            language: "node", exceptionType: exceptionType, message: message, frames: frames.reversed(), logIndex: logIndex, signatureId: nil)
    }

    /// `Type: message` → (Type, message); a bare `Type` → (Type, nil).
    static func splitHeader(_ line: Substring) -> (String?, String?) {
        let text = line.drop(while: { $0 == " " || $0 == "\t" })
        guard !text.isEmpty else { return (nil, nil) }
        if let range = text.firstRange(of: ": ") {
            let type = text[..<range.lowerBound]
            if !type.contains(" ") { return (String(type), String(text[range.upperBound...])) }
            return (nil, String(text))
        }
        if text.hasSuffix(":") { return (String(text.dropLast()), nil) }
        return text.contains(" ") ? (nil, String(text)) : (String(text), nil)
    }
}
