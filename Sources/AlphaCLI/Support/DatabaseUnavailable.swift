/// The database could not be opened or reached (a locked or non-SQLite file, refused connection, failed login,
/// missing database, failed migration). Reported as one line and exit 69 (sysexits' EX_UNAVAILABLE).
struct DatabaseUnavailable: Error, Hashable, CustomStringConvertible {
    /// The sysexits code the CLI exits with.
    static let exitCode: Int32 = 69

    /// The database, password redacted (`DatabaseLocation.redacted`).
    var location: String
    /// Why it failed, from the engine's error.
    var reason: String

    var description: String { "cannot open database \(location): \(reason)" }
}
