/// A number literal found in a line of code.
struct NumberLiteral: Sendable, Equatable {
    var value: Double
    /// Character offsets of the literal in the scanned text.
    var start: Int
    var end: Int
}
