/// Whole-token variable classes applied on the cold path, after part masking.
///
/// These only merge a handful of values each (month and weekday names, units, empty brackets), so the hot-path
/// signature need not know them: it stays finer, and each variant costs one extra cold-path lookup.
enum TokenClasses {
    static let variable: [UInt8] = Array("<*>".utf8)

    /// The token as the template should see it, given the previous token's masked text.
    static func refine(_ token: [UInt8], after previous: [UInt8]?) -> [UInt8] {
        if token == variable { return token }
        let lowered = token.map { ByteClass.isLetter($0) ? $0 | 0x20 : $0 }
        let word = lowered.last == UInt8(ascii: ",") ? Array(lowered.dropLast()) : lowered
        if calendarWords.contains(word) { return variable }
        // A unit right after a number belongs to the number: `12 KB` and `3 B` are one variable.
        if previous == variable, units.contains(word) { return variable }
        // An empty bracket pair stands for an empty value of a variable: `()` like `(host)`.
        if token.count >= 2, let open = token.first, let close = closing(of: open), token[1] == close {
            return [open] + variable + Array(token[1...])
        }
        return token
    }

    static func closing(of opener: UInt8) -> UInt8? {
        switch opener {
        case UInt8(ascii: "("): UInt8(ascii: ")")
        case UInt8(ascii: "["): UInt8(ascii: "]")
        case UInt8(ascii: "{"): UInt8(ascii: "}")
        default: nil
        }
    }

    static let calendarWords: Set<[UInt8]> = Set(
        [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ].map { Array($0.utf8) })

    static let units: Set<[UInt8]> = Set(
        ["b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "bytes", "ms", "us", "ns", "µs", "%"].map { Array($0.utf8) })
}
