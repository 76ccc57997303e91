import AlphaStore
import AlphaStoreSQLite
import Foundation
import Testing

@testable import AlphaCLI

/// `alpha-sre audit` against a temporary SQLite file: a fresh chain verifies, a tampered one is reported and fails
/// the command. Tampering goes through the sqlite3 CLI (GRDB is not a dependency of this test target).
@Suite struct AuditCommandTests {
    static let sqlite3 = "/usr/bin/sqlite3"
    static var hasSQLite3: Bool { FileManager.default.isExecutableFile(atPath: sqlite3) }

    /// Two tenants: `acme` with a token created and revoked (3 entries), `beta` with only its creation (1 entry).
    private func seeded() throws -> (db: TemporaryDatabase, acme: String, beta: String) {
        let db = try TemporaryDatabase()
        let acme = try db.createTenant("acme")
        let beta = try db.createTenant("beta")
        let secret = try db.run(["admin", "token", "create", "--tenant", "acme", "--role", "admin"]).stdout
        #expect(secret.hasPrefix(APITokenSecret.prefix))
        let list = try db.run(["admin", "token", "list", "--tenant", "acme", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        let tokenID = try #require(rows?.first?["id"] as? String)
        #expect(try db.run(["admin", "token", "revoke", "--tenant", "acme", tokenID]).status == 0)
        return (db, acme, beta)
    }

    /// Runs SQL on the database file behind the store's back.
    private func tamper(_ db: TemporaryDatabase, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sqlite3)
        process.arguments = [db.path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 failed on: \(sql)")
    }

    @Test func freshChainsVerifyWithTheirHeads() async throws {
        let (db, acme, _) = try seeded()
        defer { db.remove() }
        let r = try db.run(["audit", "verify"])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        let head = try #require(try await db.store().auditLog(tenantID: acme).last?.hash)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "ok acme: 3 entries, head \(head.prefix(16))")
        #expect(lines.last?.hasPrefix("ok beta: 1 entry, head ") == true)

        let one = try db.run(["audit", "verify", "--tenant", "beta"])
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").count == 1 && one.stdout.hasPrefix("ok beta"))
    }

    @Test(.enabled(if: hasSQLite3, "needs /usr/bin/sqlite3 to tamper with rows (apt-get install sqlite3)"))
    func anEditedEntryFailsVerification() async throws {
        let (db, acme, _) = try seeded()
        defer { db.remove() }
        try tamper(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE tenant_id = '\(acme)' AND seq = 2;")
        let r = try db.run(["audit", "verify"])
        #expect(r.status == AuditVerifyCommand.brokenExitCode, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("BROKEN acme: entry 2 was modified"), "\(r.stdout)")
        #expect(r.stdout.contains("; 1 entry before it verified"))
        #expect(r.stdout.contains("ok beta: 1 entry"), "the other tenant's chain is unaffected")

        let beta = try db.run(["audit", "verify", "--tenant", "beta"])
        #expect(beta.status == 0)
    }

    @Test(.enabled(if: hasSQLite3, "needs /usr/bin/sqlite3 to tamper with rows (apt-get install sqlite3)"))
    func aDeletedNewestEntryFailsVerification() async throws {
        let (db, acme, _) = try seeded()
        defer { db.remove() }
        try tamper(db, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE tenant_id = '\(acme)' AND seq = 3;")
        let r = try db.run(["audit", "verify", "--tenant", "acme"])
        #expect(r.status == AuditVerifyCommand.brokenExitCode)
        #expect(r.stdout.hasPrefix("BROKEN acme: the log ends at entry 2 but its head says 3"), "\(r.stdout)")
    }

    @Test func logListsTheChainInOrder() async throws {
        let (db, acme, _) = try seeded()
        defer { db.remove() }
        let r = try db.run(["audit", "log", "--tenant", "acme", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["action"] as? String } == ["tenant.create", "token.create", "token.revoke"])
        #expect(rows.compactMap { $0["sequence"] as? Int } == [1, 2, 3])
        #expect(rows.allSatisfy { $0["actor"] as? String == "cli" })
        #expect(rows.first?["previous_hash"] as? String == String(repeating: "0", count: 64))
        #expect(rows.dropFirst().first?["previous_hash"] as? String == rows.first?["hash"] as? String)
        let stored = try await db.store().auditLog(tenantID: acme)
        #expect(rows.compactMap { $0["hash"] as? String } == stored.map(\.hash))

        let table = try db.run(["audit", "log", "--tenant", "acme"])
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("SEQ") == true)
        #expect(lines.last?.contains("token.revoke") == true && lines.last?.contains("\"revoked\":\"false\"} -> {") == true)
    }

    @Test func unknownTenantIsAnInputError() throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        let verify = try db.run(["audit", "verify", "--tenant", "ghost"])
        #expect(verify.status == 65)
        #expect(verify.stderr.contains("unknown tenant 'ghost'"))
        let log = try db.run(["audit", "log", "--tenant", "ghost"])
        #expect(log.status == 65)
    }
}
