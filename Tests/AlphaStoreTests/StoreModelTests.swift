import AlphaStore
import AlphaStorePostgres
import AlphaStoreSQLite
import Foundation
import GRDB
import Testing

@Suite("Store model")
struct StoreModelTests {
    @Test("lifecycle table: the forward path, reopen, and forbidden moves")
    func lifecycleTable() throws {
        #expect(IncidentLifecycle.allows(from: .triggered, to: .investigating))
        #expect(IncidentLifecycle.allows(from: .mitigated, to: .investigating))
        #expect(IncidentLifecycle.allows(from: .resolved, to: .investigating))
        #expect(!IncidentLifecycle.allows(from: .identified, to: .triggered))
        #expect(!IncidentLifecycle.allows(from: .resolved, to: .triggered))
        for status in IncidentStatus.allCases {
            #expect(!IncidentLifecycle.allows(from: status, to: status), "\(status) → itself")
            #expect(!IncidentLifecycle.allows(from: status, to: .triggered), "nothing returns to triggered")
        }
        #expect(throws: StoreError.forbiddenTransition(from: .resolved, to: .identified)) {
            try IncidentLifecycle.check(from: .resolved, to: .identified)
        }
        let message = StoreError.forbiddenTransition(from: .identified, to: .investigating).description
        #expect(message == "incident cannot move from identified to investigating; allowed from identified: mitigated, resolved")
    }

    @Test("roles: each includes the ones below")
    func roles() {
        #expect(TokenRole.admin.allows(.approver) && TokenRole.approver.allows(.responder) && TokenRole.responder.allows(.viewer))
        #expect(!TokenRole.viewer.allows(.responder) && !TokenRole.responder.allows(.approver) && !TokenRole.approver.allows(.admin))
    }

    @Test("cursor: text round trip; malformed text is refused", arguments: ["", "abc", "12", ".id", "12.", "x.id", "1.2.3x"])
    func cursor(text: String) throws {
        if text == "1.2.3x" {
            let cursor = try IncidentCursor(encoded: text)
            #expect(cursor.createdAt.microseconds == 1 && cursor.id == "2.3x" && cursor.encoded == text)
        } else {
            #expect(throws: StoreError.invalidCursor(text)) { try IncidentCursor(encoded: text) }
        }
    }

    @Test("audit canonical form: fields are length-prefixed, so shifting text between fields changes the hash")
    func canonicalForm() {
        let time = StoreTime(microseconds: 1)
        let a = AuditChain.hash(previousHash: "0", tenantID: "t", sequence: 1, at: time, actor: "ab", action: "c", before: nil, after: nil)
        let b = AuditChain.hash(previousHash: "0", tenantID: "t", sequence: 1, at: time, actor: "a", action: "bc", before: nil, after: nil)
        let c = AuditChain.hash(previousHash: "0", tenantID: "t", sequence: 1, at: time, actor: "ab", action: "c", before: "", after: nil)
        #expect(a != b && a != c && a.utf8.count == 64)
    }

    @Test("audit text escapes JSON")
    func auditText() {
        #expect(AuditText.object(["a": "x\"y\\z\n\u{1}"]) == #"{"a":"x\"y\\z\n\u0001"}"#)
    }

    @Test(
        "PostgreSQL URLs",
        arguments: [
            ("postgres://alpha@127.0.0.1:54329/postgres", "alpha", nil, "127.0.0.1", 54329, "postgres", false),
            ("postgresql://u:p%40ss@db.example:5433/app?sslmode=require", "u", "p@ss", "db.example", 5433, "app", true),
            ("postgres://u@[::1]/x", "u", nil, "::1", 5432, "x", false),
            ("postgres://bob@host", "bob", nil, "host", 5432, "bob", false),
        ] as [(String, String, String?, String, Int, String, Bool)])
    func postgresURL(text: String, user: String, password: String?, host: String, port: Int, database: String, tls: Bool) throws {
        let url = try PostgresURL(text)
        #expect(url.user == user && url.password == password && url.host == host && url.port == port)
        #expect(url.database == database && url.requiresTLS == tls)
    }

    @Test(
        "bad PostgreSQL URLs are refused with a reason and no password",
        arguments: [
            "mysql://u@h/db", "postgres://h/db", "postgres://u@h:99999/db", "postgres://u@h:x/db", "postgres://u:secret@/db",
            "postgres://u@h/db?sslmode=maybe", "postgres://u%zz@h/db",
        ])
    func badPostgresURL(text: String) {
        #expect {
            try PostgresURL(text)
        } throws: { error in
            guard let error = error as? PostgresURL.ParseError else { return false }
            return !error.description.contains("secret") && !error.reason.isEmpty
        }
    }

    @Test("default SQLite path: $ALPHA_SRE_DATA or ./.alpha-sre")
    func defaultPath() {
        #expect(SQLiteStore.defaultPath(environment: ["ALPHA_SRE_DATA": "/var/lib/alpha"]) == "/var/lib/alpha/alpha-sre.sqlite")
        #expect(SQLiteStore.defaultPath(environment: ["ALPHA_SRE_DATA": ""]) == "./.alpha-sre/alpha-sre.sqlite")
        #expect(SQLiteStore.defaultPath(environment: [:]) == "./.alpha-sre/alpha-sre.sqlite")
    }

    @Test("SQLite: WAL mode, folder created, data survives reopening, audit rows refuse UPDATE")
    func sqliteFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-file-\(StoreID.make())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/alpha-sre.sqlite").path
        let tenantID: String
        do {
            let store = try SQLiteStore(path: path)
            #expect(try await store.journalMode() == "wal")
            tenantID = try await store.createTenant(name: "acme", actor: "cli").id
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.tenant(named: "acme")?.id == tenantID)
        #expect(try await reopened.verifyAudit(tenantID: tenantID).isValid)
        let raw = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) {
            try raw.write { db in try db.execute(sql: "UPDATE audit_log SET actor = 'mallory'") }
        }
        #expect(throws: DatabaseError.self) {
            try raw.write { db in try db.execute(sql: "DELETE FROM audit_log") }
        }
        #expect(try await reopened.auditLog(tenantID: tenantID).map(\.actor) == ["cli"])
    }
}
