/// A `--database` (or `$ALPHA_SRE_DATABASE`) value that names no usable database: a user-input error, exit 65.
struct DatabaseLocationError: InputFailure, Hashable {
    /// Where the value came from: `--database` or `ALPHA_SRE_DATABASE`.
    var source: String
    /// What is wrong (passwords already redacted).
    var message: String

    var description: String { "\(source): \(message)" }
}
