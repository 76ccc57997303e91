/// Bad input, named by where it is: a JSON path (`metrics.http_latency.points[17][1]`) or a line number.
/// Its description is the one line the CLI prints before exiting 65.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where: a JSON path, `line 12`, or the file name when the whole input is at fault.
    public var location: String
    /// What is wrong, e.g. `expected a number, found "abc"`.
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}
