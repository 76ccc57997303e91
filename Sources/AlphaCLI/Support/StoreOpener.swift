import AlphaStore
import AlphaStorePostgres
import AlphaStoreSQLite
import Foundation
import Logging

/// Opens the store a command asked for (`DatabaseOptions`), for the CLI's admin commands and for `serve`.
///
/// Errors: a malformed location throws `DatabaseLocationError` (an `InputFailure`: one line, exit 65); a database
/// that cannot be opened or reached throws `DatabaseUnavailable` (one line, exit 69). Neither ever shows a password.
enum StoreOpener {
    /// Resolves `location` (the `--database` value, nil when absent) against `environment`, opens the store, runs
    /// `body` with it and shuts it down again (for PostgreSQL: starts the pool, migrates, and stops the pool after
    /// `body`, also when it throws).
    static func withStore<R: Sendable>(
        _ location: String?, environment: [String: String], logger: Logger, _ body: (any Store) async throws -> R
    ) async throws -> R {
        let resolved = try DatabaseLocation.resolve(location, environment: environment)
        let opened = try await open(resolved, logger: logger)
        switch opened.engine {
        case .sqlite(let store):
            return try await body(store)
        case .postgres(let store):
            return try await withThrowingTaskGroup(of: Void.self, returning: R.self) { group in
                // Wait until the pool task runs, so the first query does not race `run()`.
                let (started, signal) = AsyncStream.makeStream(of: Void.self)
                group.addTask {
                    signal.finish()
                    try await store.run()
                }
                // Cancelling the pool task closes its connections; the group then waits for it to finish.
                defer { group.cancelAll() }
                for await _ in started {}
                try await opened.migrate()
                return try await body(store)
            }
        }
    }

    /// Opens without running anything, for callers that manage the lifecycle themselves (`serve` puts
    /// `OpenedStore.services` in its `ServiceGroup`, then calls `OpenedStore.migrate()`).
    ///
    /// SQLite: creates the folder and file and migrates. PostgreSQL: checks with one direct connection that the
    /// server accepts the login (fails within 10 s with the reason), then builds the pool without starting it.
    static func open(_ location: DatabaseLocation, logger: Logger) async throws -> OpenedStore {
        switch location {
        case .sqlite(let path):
            // SQLiteStore creates the folder too, but Foundation's error for that names no reason: do it first.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if let problem = createFolder(folder) {
                throw DatabaseUnavailable(location: path, reason: "cannot create folder \(problem)")
            }
            do {
                return OpenedStore(location: location, engine: .sqlite(try SQLiteStore(path: path)))
            } catch {
                throw DatabaseUnavailable(location: path, reason: String(describing: error))
            }
        case .postgres(let url):
            try await PostgresReachability.check(url: url, logger: logger)
            do {
                return OpenedStore(location: location, engine: .postgres(try PostgresStore(url: url, logger: logger)))
            } catch {
                throw DatabaseUnavailable(location: location.redacted, reason: PostgresReachability.describe(error))
            }
        }
    }

    /// `mkdir -p`; nil when the folder exists afterwards, else `<prefix>: <strerror>` for the first step that failed.
    private static func createFolder(_ path: String) -> String? {
        Directories.create(path).map { "\($0.prefix): \($0.reason)" }
    }
}
