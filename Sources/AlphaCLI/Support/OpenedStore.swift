import AlphaStore
import AlphaStorePostgres
import AlphaStoreSQLite
import ServiceLifecycle

/// A store opened by `StoreOpener.open(_:logger:)` and not yet running.
///
/// SQLite is ready at once (opening migrated it). PostgreSQL needs its connection pool running: put `services` in
/// your `ServiceGroup` (or call `PostgresStore.run()` in a task), then call `migrate()` once before the first query.
/// `StoreOpener.withStore` does all of that for one command.
struct OpenedStore: Sendable {
    /// The engine behind the store.
    enum Engine: Sendable {
        /// The embedded file database; migrated, ready.
        case sqlite(SQLiteStore)
        /// A PostgreSQL pool; its login was checked, but it must run (`Service`) and be migrated before use.
        case postgres(PostgresStore)
    }

    /// Where it lives (show `location.redacted`).
    let location: DatabaseLocation
    /// The engine.
    let engine: Engine

    /// The store, engine-agnostic.
    var store: any Store {
        switch engine {
        case .sqlite(let store): store
        case .postgres(let store): store
        }
    }

    /// The lifecycle services that must run while the store is used: the PostgreSQL pool, or none for SQLite.
    var services: [any Service] {
        switch engine {
        case .sqlite: []
        case .postgres(let store): [store]
        }
    }

    /// Applies pending PostgreSQL migrations (under an advisory lock, so replicas migrate once); the pool must be
    /// running. A no-op for SQLite, which migrated on open. Failures become `DatabaseUnavailable`.
    func migrate() async throws {
        guard case .postgres(let store) = engine else { return }
        do {
            try await store.migrate()
        } catch {
            throw DatabaseUnavailable(location: location.redacted, reason: "migration failed: " + PostgresReachability.describe(error))
        }
    }
}
