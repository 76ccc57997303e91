/// RFC 4180 quoting.
enum CSVField {
    /// The field as is, or quoted with inner quotes doubled when it holds a comma, quote or line break.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        return "\"" + text.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 2)
        for character in self {
            if character == "\"" { out.append("\"") }
            out.append(character)
        }
        return out
    }
}
