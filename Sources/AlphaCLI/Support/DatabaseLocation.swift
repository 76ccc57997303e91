import AlphaStorePostgres
import AlphaStoreSQLite

/// Where the store lives, decided from `--database`, then `$ALPHA_SRE_DATABASE`, then the SQLite default.
enum DatabaseLocation: Hashable, Sendable {
    /// A SQLite file (created with its folder on first use).
    case sqlite(path: String)
    /// A PostgreSQL server; `url` is the text as given (already checked by `PostgresURL`), password included.
    case postgres(url: String)

    /// Resolves the `--database` value (nil when the flag is absent) against the environment.
    ///
    /// Accepted forms: a file path, `sqlite:PATH` (also `sqlite://PATH`), `postgres://...` or `postgresql://...`.
    /// Anything else with a `scheme://` prefix, an empty value or a malformed PostgreSQL URL is refused with a
    /// `DatabaseLocationError` naming where the value came from (never the password).
    static func resolve(_ argument: String?, environment: [String: String]) throws(DatabaseLocationError) -> DatabaseLocation {
        if let argument {
            return try parse(argument, source: "--database")
        }
        if let fromEnvironment = environment["ALPHA_SRE_DATABASE"], !fromEnvironment.isEmpty {
            return try parse(fromEnvironment, source: "ALPHA_SRE_DATABASE")
        }
        return .sqlite(path: SQLiteStore.defaultPath(environment: environment))
    }

    /// What to show people: the SQLite path, or the URL with its password replaced by `***`.
    var redacted: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): PostgresURL.redacted(url)
        }
    }

    private static func parse(_ text: String, source: String) throws(DatabaseLocationError) -> DatabaseLocation {
        guard !text.isEmpty else { throw DatabaseLocationError(source: source, message: "empty database location") }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            do {
                _ = try PostgresURL(text)
            } catch {
                throw DatabaseLocationError(source: source, message: error.description)
            }
            return .postgres(url: text)
        }
        if text.hasPrefix("sqlite:") {
            var path = text.dropFirst("sqlite:".count)
            if path.hasPrefix("//") { path = path.dropFirst(2) }
            guard !path.isEmpty else { throw DatabaseLocationError(source: source, message: "'\(text)' names no SQLite file") }
            return .sqlite(path: String(path))
        }
        if let scheme = text.firstRange(of: "://") {
            let name = text[..<scheme.lowerBound]
            throw DatabaseLocationError(
                source: source, message: "unsupported database scheme '\(name)' (use a SQLite path, sqlite:PATH or postgres://...)")
        }
        return .sqlite(path: text)
    }
}
