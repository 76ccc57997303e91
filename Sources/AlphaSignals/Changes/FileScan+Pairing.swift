extension FileScan {
    /// Pairs removed and added lines of one hunk: first lines that differ only in numbers, then lines with the same key
    /// (`pool_size=`, `url:`, `DATABASE_URL=`).
    static func pair(removed: [CodeLine], added: [CodeLine]) -> [LinePair] {
        guard !removed.isEmpty, !added.isEmpty else { return [] }
        var bySkeleton: [String: [Int]] = [:]
        var byKey: [String: [Int]] = [:]
        for (index, line) in added.enumerated() {
            bySkeleton[NumberScanner.skeleton(of: line.lower), default: []].append(index)
            if let key = lineKey(line.lower) { byKey[key, default: []].append(index) }
        }
        var used = Set<Int>()
        var pairs: [LinePair] = []
        var unpaired: [CodeLine] = []
        for line in removed {
            if let index = bySkeleton[NumberScanner.skeleton(of: line.lower)]?.first(where: { !used.contains($0) }) {
                used.insert(index)
                pairs.append(LinePair(removed: line, added: added[index], numericOnly: true))
            } else {
                unpaired.append(line)
            }
        }
        for line in unpaired {
            guard let key = lineKey(line.lower), let index = byKey[key]?.first(where: { !used.contains($0) }) else { continue }
            used.insert(index)
            pairs.append(LinePair(removed: line, added: added[index], numericOnly: false))
        }
        return pairs
    }

    /// The setting a line assigns or calls, whitespace-free: text up to the first `=` / `:` (not `==`, `::`, `://`) or `(`.
    static func lineKey(_ code: String) -> String? {
        let chars = Array(code)
        guard let (index, isCall) = separator(chars) else { return nil }
        return keyText(isCall ? chars[...index] : chars[..<index])
    }

    /// Where the key of a line ends: the first `=` / `:` / `(` outside `==`, `=>`, `::`, `://`; nil when it compares.
    static func separator(_ chars: [Character]) -> (Int, Bool)? {
        var index = 0
        while index < chars.count {
            let c = chars[index]
            let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
            let previous: Character? = index > 0 ? chars[index - 1] : nil
            switch c {
            case "=":
                if next == "=" || next == ">" || previous == "!" || previous == "<" || previous == ">" { return nil }
                return (index, false)
            case ":":
                if next == ":" || next == "/" {
                    index += 2
                    continue
                }
                return (index, false)
            case "(":
                return (index, true)
            default:
                break
            }
            index += 1
        }
        return nil
    }

    private static func keyText(_ chars: ArraySlice<Character>) -> String? {
        var key = String(chars).squeezed
        for prefix in ["export", "const", "let", "var", "final", "private", "public", "static"]
        where key.hasPrefix(prefix) && key.count > prefix.count {
            key = String(key.dropFirst(prefix.count))
        }
        return key.isEmpty ? nil : key
    }

    /// The value part of a `key = value` / `key: value` / `call(value)` line, without trailing punctuation and quotes.
    static func lineValue(_ code: String) -> String {
        let chars = Array(code)
        guard let (index, _) = separator(chars) else { return code }
        var value = String(chars[(index + 1)...]).trimmedWhitespace
        while let last = value.last, last == "," || last == ";" || last == ")" { value.removeLast() }
        value = value.trimmedWhitespace
        if value.count >= 2, let first = value.first, first == "\"" || first == "'" || first == "`", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The key of the block a line sits in (`pool:` / `pool: {` above `max: 5`), lowercase, with a trailing `.`; or "".
    static func enclosingKey(of line: CodeLine, in lines: [CodeLine]) -> String {
        var index = line.position - 1
        var steps = 0
        while index >= 0, index < lines.count, steps < 40 {
            let candidate = lines[index]
            index -= 1
            steps += 1
            guard !candidate.isBlank, candidate.kind == .context || candidate.kind == line.kind else { continue }
            if candidate.indent < line.indent {
                let code = candidate.lower
                // Only a settings block names its members: `class Foo:` / `def f():` / `if x {` say nothing about them.
                let blockKeywords = [
                    "class ", "def ", "async ", "function ", "func ", "if ", "elif ", "else", "for ", "while ", "try", "with ", "switch",
                    "case ", "return", "public ", "private ", "protected ", "static ", "module ", "begin", "do ", "unless ",
                ]
                if blockKeywords.contains(where: { code.hasPrefix($0) }) { return "" }
                if code.hasSuffix(":") || code.hasSuffix("{") || code.hasSuffix("(") || code.hasSuffix("[") {
                    return (lineKey(code) ?? code) + "."
                }
                return ""
            }
        }
        return ""
    }
}
