/// A removed line and the added line that replaced it.
struct LinePair {
    var removed: CodeLine
    var added: CodeLine
    /// True when the two lines differ only in numbers.
    var numericOnly: Bool
}
