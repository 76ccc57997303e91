/// One added, removed or context line of a hunk, reduced to the code the detectors read.
struct CodeLine: Sendable {
    var kind: DiffLine.Kind
    /// The line as written (without the diff prefix), for `before` / `after`.
    var raw: String
    /// The code with comments stripped and surrounding whitespace trimmed; empty for blank and comment-only lines.
    var code: String
    /// `code` lowercased, for case-insensitive needles.
    var lower: String
    /// `lower` without whitespace, for needles whose spacing varies (`verify = False`).
    var compact: String
    /// Leading whitespace width (a tab counts 4).
    var indent: Int
    /// New-file line for added/context lines, old-file line for removed ones.
    var number: Int?
    /// Index in the hunk's line list.
    var position: Int

    init(_ line: DiffLine, position: Int, language: SourceLanguage) {
        kind = line.kind
        raw = line.text
        self.position = position
        number = line.kind == .removed ? line.oldLine : line.newLine
        var width = 0
        for byte in line.text.utf8 {
            if byte == UInt8(ascii: " ") {
                width += 1
            } else if byte == UInt8(ascii: "\t") {
                width += 4
            } else {
                break
            }
        }
        indent = width
        code = CodeLine.stripComment(line.text, language: language)
        lower = code.lowercased()
        compact = lower.squeezed
    }

    var isBlank: Bool { code.isEmpty }

    /// Removes a whole-line or trailing comment (outside string literals) and trims whitespace.
    static func stripComment(_ text: String, language: SourceLanguage) -> String {
        let trimmed = text.trimmedWhitespace
        if trimmed.isEmpty { return "" }
        switch language {
        case .python, .ruby, .config:
            if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") || trimmed.hasPrefix("!") && language == .config { return "" }
            if language == .python, trimmed.hasPrefix("\"\"\"") || trimmed.hasPrefix("'''") { return "" }
        case .javascript, .java, .go:
            if trimmed.hasPrefix("//") || trimmed.hasPrefix("/*") || trimmed.hasPrefix("*") { return "" }
        case .sql:
            if trimmed.hasPrefix("--") || trimmed.hasPrefix("/*") { return "" }
        case .ignored:
            return ""
        }
        // Trailing comment: scan outside quotes.
        var quote: Character?
        var previous: Character = " "
        var cut: String.Index?
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let char = trimmed[index]
            if let open = quote {
                if char == open, previous != "\\" { quote = nil }
            } else if char == "\"" || char == "'" || char == "`" {
                quote = char
            } else {
                let next = trimmed.index(after: index)
                let nextChar: Character? = next < trimmed.endIndex ? trimmed[next] : nil
                switch language {
                case .python, .ruby, .config:
                    if char == "#", previous == " " || previous == "\t" { cut = index }
                case .javascript, .java, .go:
                    if char == "/", nextChar == "/", previous != ":" { cut = index }
                case .sql:
                    if char == "-", nextChar == "-" { cut = index }
                case .ignored:
                    break
                }
                if cut != nil { break }
            }
            previous = char
            index = trimmed.index(after: index)
        }
        if let cut { return String(trimmed[..<cut]).trimmedWhitespace }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    var trimmedWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Whitespace removed entirely: the form used to recognise a line that moved or only changed formatting.
    var squeezed: String { String(filter { $0 != " " && $0 != "\t" }) }
}
