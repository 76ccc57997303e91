import AlphaStore
import AlphaStoreSQLite
import Foundation
import Testing

@testable import AlphaCLI

/// A throwaway SQLite database and the `alpha-sre` binary pointed at it.
struct TemporaryDatabase {
    let folder: URL
    var path: String { folder.appendingPathComponent("nested/alpha-sre.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs `alpha-sre ARGUMENTS --database PATH`.
    func run(_ arguments: [String]) throws -> CLIProcess.Run {
        try CLIProcess.run(arguments + ["--database", path])
    }

    /// Creates a tenant through the CLI and returns its id.
    func createTenant(_ name: String) throws -> String {
        let r = try run(["admin", "tenant", "create", name])
        #expect(r.status == 0, "\(r.stderr)")
        return String(r.stdout.split(separator: " ").first ?? "")
    }

    /// Opens the same file in-process, the way the server would.
    func store() throws -> SQLiteStore { try SQLiteStore(path: path) }
}

/// `alpha-sre admin` against a temporary SQLite file: tenants, tokens (only the hash stored), revocation, errors.
@Suite struct AdminCommandTests {
    @Test func tenantCreatePrintsIdAndNameAndListShowsIt() async throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        let created = try db.run(["admin", "tenant", "create", "acme"])
        #expect(created.status == 0, "\(created.stderr)")
        let fields = created.stdout.trimmingCharacters(in: .newlines).split(separator: " ").map(String.init)
        #expect(fields.count == 2 && fields.last == "acme")
        let id = try #require(fields.first)
        #expect(id.count == 32)
        _ = try db.createTenant("beta")

        let stored = try await db.store().tenant(named: "acme")
        #expect(stored?.id == id)

        let list = try db.run(["admin", "tenant", "list", "--format", "json"])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["name"] as? String } == ["acme", "beta"])
        #expect(rows.first?["id"] as? String == id)

        let table = try db.run(["admin", "tenant", "list"])
        #expect(table.stdout.hasPrefix("NAME"))
        #expect(table.stdout.contains(id))

        let audit = try await db.store().auditLog(tenantID: id)
        #expect(audit.map(\.action) == ["tenant.create"])
        #expect(audit.first?.actor == "cli", "CLIProcess runs without USER, so the actor is plain cli")
    }

    @Test func duplicateOrBlankTenantIsAOneLineInputError() throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        _ = try db.createTenant("acme")
        let again = try db.run(["admin", "tenant", "create", "acme"])
        #expect(again.status == 65)
        #expect(again.stderr == "alpha-sre: a tenant named 'acme' already exists\n")
        let blank = try db.run(["admin", "tenant", "create", "  "])
        #expect(blank.status == 65)
        #expect(blank.stderr.contains("must not be empty"))
    }

    @Test func tokenCreatePrintsOnlyTheSecretAndStoresOnlyItsHash() async throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        let tenantID = try db.createTenant("acme")
        let r = try db.run(["admin", "token", "create", "--tenant", "acme", "--role", "approver", "--name", "ci"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\n") && r.stdout.filter { $0 == "\n" }.count == 1, "exactly one line on stdout")
        let secret = r.stdout.trimmingCharacters(in: .newlines)
        #expect(secret.hasPrefix(APITokenSecret.prefix) && secret.count == APITokenSecret.prefix.count + 64)
        #expect(r.stderr.contains("created token") && !r.stderr.contains(secret))

        let token = try #require(try await db.store().token(secretHash: APITokenSecret.hash(secret)))
        #expect(token.role == .approver)
        #expect(token.name == "ci")
        #expect(token.tenantID == tenantID)
        #expect(token.isActive)
        #expect(r.stderr.contains(token.id))

        // Neither the database nor its WAL holds the secret itself.
        let files = try FileManager.default.contentsOfDirectory(atPath: db.folder.appendingPathComponent("nested").path)
        for file in files {
            let bytes = try Data(contentsOf: db.folder.appendingPathComponent("nested/\(file)"))
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(file) contains the secret")
        }

        let defaultName = try db.run(["admin", "token", "create", "--tenant", "acme", "--role", "viewer"])
        let viewer = try await db.store().token(secretHash: APITokenSecret.hash(defaultName.stdout.trimmingCharacters(in: .newlines)))
        #expect(viewer?.name == "viewer" && viewer?.role == .viewer)
    }

    @Test func tokenListNeverShowsSecretsAndRevokeStopsTheToken() async throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        let tenantID = try db.createTenant("acme")
        let secret = try db.run(["admin", "token", "create", "--tenant", "acme", "--role", "responder", "--name", "alice"])
            .stdout.trimmingCharacters(in: .newlines)
        let hash = APITokenSecret.hash(secret)
        let token = try #require(try await db.store().token(secretHash: hash))

        let list = try db.run(["admin", "token", "list", "--tenant", "acme", "--format", "json"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(!list.stdout.contains(secret) && !list.stdout.contains(hash))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["id"] as? String == token.id)
        #expect(rows.first?["role"] as? String == "responder")
        #expect(rows.first?["revoked_at"] == nil)

        let revoked = try db.run(["admin", "token", "revoke", "--tenant", "acme", token.id])
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(revoked.stdout.hasPrefix("revoked token \(token.id)"))
        #expect(try await db.store().token(secretHash: hash)?.isActive == false)

        let again = try db.run(["admin", "token", "revoke", "--tenant", "acme", token.id])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already revoked"))

        let table = try db.run(["admin", "token", "list", "--tenant", "acme"])
        #expect(table.stdout.contains("alice") && !table.stdout.contains(secret))
        #expect(!(table.stdout.split(separator: "\n").last?.hasSuffix(" -") ?? true), "the REVOKED column shows the time")

        let actions = try await db.store().auditLog(tenantID: tenantID).map(\.action)
        #expect(actions == ["tenant.create", "token.create", "token.revoke"], "a second revoke is not audited again")
    }

    @Test func unknownTenantTokenOrRoleIsAClearError() throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        _ = try db.createTenant("acme")
        let noTenant = try db.run(["admin", "token", "create", "--tenant", "nope", "--role", "viewer"])
        #expect(noTenant.status == 65)
        #expect(noTenant.stdout.isEmpty)
        #expect(noTenant.stderr.hasPrefix("alpha-sre: unknown tenant 'nope'") && noTenant.stderr.filter { $0 == "\n" }.count == 1)

        let badRole = try db.run(["admin", "token", "create", "--tenant", "acme", "--role", "superuser"])
        #expect(badRole.status == 64)
        #expect(badRole.stdout.isEmpty)
        #expect(badRole.stderr.contains("superuser") && badRole.stderr.contains("viewer"))

        let noToken = try db.run(["admin", "token", "revoke", "--tenant", "acme", "0123"])
        #expect(noToken.status == 65)
        #expect(noToken.stderr.contains("has no token '0123'"))

        let listForeign = try db.run(["admin", "token", "list", "--tenant", "nope"])
        #expect(listForeign.status == 65)
    }

    @Test func badOrUnreachableDatabaseIsOneLineWithoutThePassword() throws {
        let scheme = try CLIProcess.run(["admin", "tenant", "list", "--database", "mysql://root@localhost/db"])
        #expect(scheme.status == 65)
        #expect(scheme.stderr.hasPrefix("alpha-sre: --database: unsupported database scheme 'mysql'"))

        let badURL = try CLIProcess.run(["admin", "tenant", "list", "--database", "postgres://u:hunter2@db.example:notaport/x"])
        #expect(badURL.status == 65)
        #expect(badURL.stderr.contains("bad port") && !badURL.stderr.contains("hunter2"))

        // Port 1 on loopback: nothing listens, so the connection is refused at once.
        let refused = try CLIProcess.run(["admin", "tenant", "list", "--database", "postgres://u:hunter2@127.0.0.1:1/x"])
        #expect(refused.status == 69, "\(refused.stderr)")
        #expect(refused.stderr.hasPrefix("alpha-sre: cannot open database postgres://u:***@127.0.0.1:1/x: "))
        #expect(!refused.stderr.contains("hunter2"))
        #expect(refused.stderr.filter { $0 == "\n" }.count == 1, "\(refused.stderr)")

        let db = try TemporaryDatabase()
        defer { db.remove() }
        let notSQLite = db.folder.appendingPathComponent("notes.txt")
        try Data(repeating: 0x41, count: 4096).write(to: notSQLite)
        let garbage = try CLIProcess.run(["admin", "tenant", "list", "--database", "sqlite:" + notSQLite.path])
        #expect(garbage.status == 69)
        #expect(garbage.stderr.hasPrefix("alpha-sre: cannot open database \(notSQLite.path): "))

        let underAFile = notSQLite.path + "/sub/alpha.sqlite"
        let noFolder = try CLIProcess.run(["admin", "tenant", "list", "--database", underAFile])
        #expect(noFolder.status == 69)
        #expect(noFolder.stderr == "alpha-sre: cannot open database \(underAFile): cannot create folder \(notSQLite.path)/sub: Not a directory\n")
    }

    @Test func locationResolvesFlagThenEnvironmentThenDefault() throws {
        #expect(try DatabaseLocation.resolve("/tmp/a.sqlite", environment: [:]) == .sqlite(path: "/tmp/a.sqlite"))
        #expect(try DatabaseLocation.resolve("sqlite:rel/b.sqlite", environment: [:]) == .sqlite(path: "rel/b.sqlite"))
        #expect(try DatabaseLocation.resolve("sqlite:///abs/c.sqlite", environment: [:]) == .sqlite(path: "/abs/c.sqlite"))
        let url = "postgresql://me:pw@db:5433/alpha?sslmode=require"
        #expect(try DatabaseLocation.resolve(url, environment: [:]) == .postgres(url: url))
        #expect(DatabaseLocation.postgres(url: url).redacted == "postgresql://me:***@db:5433/alpha?sslmode=require")

        let environment = ["ALPHA_SRE_DATABASE": "/env/x.sqlite", "ALPHA_SRE_DATA": "/data"]
        #expect(try DatabaseLocation.resolve("/flag.sqlite", environment: environment) == .sqlite(path: "/flag.sqlite"))
        #expect(try DatabaseLocation.resolve(nil, environment: environment) == .sqlite(path: "/env/x.sqlite"))
        #expect(try DatabaseLocation.resolve(nil, environment: ["ALPHA_SRE_DATA": "/data"]) == .sqlite(path: "/data/alpha-sre.sqlite"))
        #expect(try DatabaseLocation.resolve(nil, environment: ["ALPHA_SRE_DATABASE": ""]) == .sqlite(path: "./.alpha-sre/alpha-sre.sqlite"))

        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation.resolve("", environment: [:]) }
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation.resolve("sqlite:", environment: [:]) }
        do {
            _ = try DatabaseLocation.resolve(nil, environment: ["ALPHA_SRE_DATABASE": "postgres://me:pw@"])
            Issue.record("an empty host must be refused")
        } catch {
            #expect(error.description.hasPrefix("ALPHA_SRE_DATABASE: invalid PostgreSQL URL"))
            #expect(!error.description.contains("pw"))
        }
    }
}
