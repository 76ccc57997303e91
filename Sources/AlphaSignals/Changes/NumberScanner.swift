/// Finds number literals and the number-free "skeleton" of a line, so `pool_size=20` and `pool_size=5` pair up.
enum NumberScanner {
    /// Number literals that are not part of an identifier (`v2`, `utf8`, `log2` are skipped). Allows one decimal point and `_` separators.
    static func numbers(in text: String) -> [NumberLiteral] {
        let chars = Array(text)
        var result: [NumberLiteral] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let previous: Character? = index > 0 ? chars[index - 1] : nil
            let partOfWord = previous.map { $0.isLetter || $0 == "_" || $0.isNumber || $0 == "." } ?? false
            guard char.isASCII, char.isNumber, !partOfWord else {
                index += 1
                continue
            }
            let start = index
            var digits = ""
            var seenDot = false
            while index < chars.count {
                let c = chars[index]
                if c.isASCII, c.isNumber {
                    digits.append(c)
                } else if c == "_", index + 1 < chars.count, chars[index + 1].isNumber {
                    // 1_000 separators
                } else if c == ".", !seenDot, index + 1 < chars.count, chars[index + 1].isASCII, chars[index + 1].isNumber {
                    seenDot = true
                    digits.append(c)
                } else {
                    break
                }
                index += 1
            }
            if let value = Double(digits), digits.count <= 18 { result.append(NumberLiteral(value: value, start: start, end: index)) }
        }
        return result
    }

    /// The line with every number replaced by `#` and all whitespace removed.
    static func skeleton(of text: String) -> String {
        let literals = numbers(in: text)
        guard !literals.isEmpty else { return text.squeezed }
        let chars = Array(text)
        var out = ""
        var cursor = 0
        for literal in literals {
            out.append(contentsOf: chars[cursor..<literal.start])
            out.append("#")
            cursor = literal.end
        }
        if cursor < chars.count { out.append(contentsOf: chars[cursor...]) }
        return out.squeezed
    }

    /// The code that names the setting a number belongs to: the text before it back to the previous `,` `;` or `{`,
    /// or the whole prefix when that segment has no letters (`db.SetMaxOpenConns(20)`, `redis.setex(key, 300, v)`).
    static func settingContext(of text: String, before literal: NumberLiteral) -> String {
        let chars = Array(text)
        let prefix = chars[..<min(literal.start, chars.count)]
        var segmentStart = prefix.startIndex
        if let separator = prefix.lastIndex(where: { $0 == "," || $0 == ";" || $0 == "{" }) { segmentStart = separator + 1 }
        let segment = prefix[segmentStart...]
        if segment.contains(where: { $0.isLetter }) { return String(segment).lowercased() }
        return String(prefix).lowercased()
    }
}
