import AlphaStore
import AlphaStorePostgres
import Testing

/// Makes the PostgreSQL state visible: skipped with a reason when no server is configured, failing when CI requires
/// one and it is missing, and otherwise checking that migrations are idempotent on a real server.
@Suite("PostgreSQL store", .enabled(if: TestPostgres.enabled, TestPostgres.skipReason))
struct PostgresAvailabilityTests {
    @Test("a real server is reachable and migrations run twice without error")
    func migrationsAreIdempotent() async throws {
        guard TestPostgres.url != nil else { throw TestPostgres.Missing() }
        try await TestPostgres.withFreshDatabase { database in
            let configuration = try TestPostgres.configuration(database: database)
            let store = PostgresStore(configuration: configuration, logger: TestPostgres.logger)
            try await store.withRunningPool {
                try await store.migrate()
                try await store.migrate()
                let tenant = try await store.createTenant(name: "acme", actor: "cli")
                #expect(try await store.tenant(named: "acme") == tenant)
            }
        }
    }

    @Test("withStore(url:) runs the pool from a URL, migrates, and shuts down; data persists across stores")
    func withStoreFromURL() async throws {
        guard let admin = TestPostgres.url else { throw TestPostgres.Missing() }
        try await TestPostgres.withFreshDatabase { database in
            let parsed = try PostgresURL(admin)
            let url = "postgres://\(parsed.user)@\(parsed.host):\(parsed.port)/\(database)"
            let created = try await PostgresStore.withStore(url: url, logger: TestPostgres.logger, maximumConnections: 2) { store in
                try await store.createTenant(name: "acme", actor: "cli")
            }
            let found = try await PostgresStore.withStore(url: url, logger: TestPostgres.logger, maximumConnections: 2) { store in
                try await store.tenant(named: "acme")
            }
            #expect(found == created)
        }
    }
}
