import AlphaStore
import AlphaStorePostgres
import AlphaStoreSQLite
import Foundation
import GRDB
import PostgresNIO
import Testing

/// PostgreSQL for the suite (docs/TESTING.md): enabled when `ALPHA_SRE_TEST_POSTGRES_URL` is set; when `CI=true`
/// and it is unset, the PostgreSQL cases fail with `TestPostgres.Missing` instead of being skipped.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["ALPHA_SRE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let enabled = url != nil || required
    static let skipReason: Comment = "PostgreSQL store tests skipped: set ALPHA_SRE_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"

    /// The failure when CI requires PostgreSQL but no URL was given.
    struct Missing: Error, CustomStringConvertible {
        var description: String { "CI=true but ALPHA_SRE_TEST_POSTGRES_URL is unset: the PostgreSQL store suite cannot run" }
    }

    static func configuration(database: String) throws -> PostgresClient.Configuration {
        guard let url else { throw Missing() }
        let parsed = try PostgresURL(url)
        var configuration = PostgresClient.Configuration(
            host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password, database: database, tls: .disable)
        configuration.options.maximumConnections = 4
        return configuration
    }

    /// Warnings and errors only: shutting a pool down while it opens connections logs harmless "creation failed" info lines.
    static let logger: Logger = {
        var logger = Logger(label: "alpha-sre.store.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a running client, then shuts it down.
    static func withClient<T: Sendable>(
        _ configuration: PostgresClient.Configuration, _ body: @Sendable (PostgresClient) async throws -> T
    ) async throws -> T {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let (started, signal) = AsyncStream.makeStream(of: Void.self)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                signal.finish()
                await client.run()
            }
            defer { group.cancelAll() }
            for await _ in started {}
            return try await body(client)
        }
    }

    /// Creates a uniquely named database, runs `body` with its name, and drops it afterwards.
    static func withFreshDatabase(_ body: @Sendable (String) async throws -> Void) async throws {
        guard let url else { throw Missing() }
        let admin = try configuration(database: try PostgresURL(url).database)
        let name = "alpha_test_" + StoreID.make()
        try await withClient(admin) { client in
            _ = try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        do {
            try await body(name)
        } catch {
            try? await dropDatabase(name, admin)
            throw error
        }
        try await dropDatabase(name, admin)
    }

    private static func dropDatabase(_ name: String, _ admin: PostgresClient.Configuration) async throws {
        try await withClient(admin) { client in
            _ = try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
        }
    }
}

/// The engines the conformance suite runs against.
enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory
    case sqlite
    case postgres

    /// Memory and SQLite always; PostgreSQL when enabled (see `TestPostgres`).
    static let all: [StoreEngine] = TestPostgres.enabled ? [.memory, .sqlite, .postgres] : [.memory, .sqlite]

    var testDescription: String { rawValue }
}

/// A fresh store plus a way to tamper with its audit rows behind its back (raw SQL for the databases).
struct StoreHarness: Sendable {
    var store: any Store
    /// Changes the actor of audit entry `sequence` of a tenant, bypassing the store.
    var editAudit: @Sendable (_ tenantID: String, _ sequence: Int64) async throws -> Void
    /// Deletes audit entry `sequence` of a tenant, bypassing the store.
    var deleteAudit: @Sendable (_ tenantID: String, _ sequence: Int64) async throws -> Void
}

extension StoreEngine {
    /// Runs `body` against a fresh, empty store of this engine and cleans up afterwards.
    func withHarness(_ body: @Sendable (StoreHarness) async throws -> Void) async throws {
        switch self {
        case .memory:
            let store = MemoryStore()
            try await body(
                StoreHarness(
                    store: store,
                    editAudit: { tenant, sequence in await store.tamperAuditEntry(tenantID: tenant, sequence: sequence) { $0.actor = "mallory" } },
                    deleteAudit: { tenant, sequence in await store.deleteAuditEntry(tenantID: tenant, sequence: sequence) }))
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-store-\(StoreID.make())")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("test.sqlite").path
            let store = try SQLiteStore(path: path)
            @Sendable func raw(_ sql: String) throws {
                let queue = try DatabaseQueue(path: path)
                try queue.write { db in try db.execute(sql: sql) }
            }
            try await body(
                StoreHarness(
                    store: store,
                    editAudit: { tenant, sequence in
                        try raw(
                            "DROP TRIGGER IF EXISTS audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE tenant_id = '\(tenant)' AND seq = \(sequence)"
                        )
                    },
                    deleteAudit: { tenant, sequence in
                        try raw(
                            "DROP TRIGGER IF EXISTS audit_log_no_delete; DELETE FROM audit_log WHERE tenant_id = '\(tenant)' AND seq = \(sequence)")
                    }))
        case .postgres:
            try await TestPostgres.withFreshDatabase { database in
                let configuration = try TestPostgres.configuration(database: database)
                let store = PostgresStore(configuration: configuration, logger: TestPostgres.logger)
                @Sendable func raw(_ statements: [String]) async throws {
                    try await TestPostgres.withClient(configuration) { client in
                        for statement in statements {
                            try await client.query(PostgresQuery(unsafeSQL: statement), logger: TestPostgres.logger)
                        }
                    }
                }
                try await store.withRunningPool {
                    try await store.migrate()
                    try await body(
                        StoreHarness(
                            store: store,
                            editAudit: { tenant, sequence in
                                try await raw([
                                    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
                                    "UPDATE audit_log SET actor = 'mallory' WHERE tenant_id = '\(tenant)' AND seq = \(sequence)",
                                ])
                            },
                            deleteAudit: { tenant, sequence in
                                try await raw([
                                    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
                                    "DELETE FROM audit_log WHERE tenant_id = '\(tenant)' AND seq = \(sequence)",
                                ])
                            }))
                }
            }
        }
    }
}
