import AlphaStore
import ArgumentParser

/// `alpha-sre admin token list --tenant NAME`: the tenant's tokens, oldest first; never secrets or their hashes.
struct TokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a tenant's API tokens (never their secrets).")

    @Option(help: "The tenant (its name).")
    var tenant: String

    @Option(help: "Output format: table or json.")
    var format: ListFormat = .table

    @OptionGroup var database: DatabaseOptions

    /// One token in `--format json`.
    private struct Row: Encodable {
        var id: String
        var name: String
        var role: String
        var created_at: String
        var revoked_at: String?
    }

    func run() async throws {
        let tokens = try await database.withStore { store in
            try await store.listTokens(tenantID: try await store.requireTenant(named: tenant).id)
        }
        switch format {
        case .json:
            let rows = tokens.map {
                Row(id: $0.id, name: $0.name, role: $0.role.rawValue, created_at: $0.createdAt.iso8601, revoked_at: $0.revokedAt?.iso8601)
            }
            Terminal.write(try SLOText.json(rows))
        case .table:
            var table = SLOTable(header: ["ID", "NAME", "ROLE", "CREATED", "REVOKED"])
            table.rows = tokens.map { [$0.id, $0.name, $0.role.rawValue, $0.createdAt.iso8601, $0.revokedAt?.iso8601 ?? "-"] }
            Terminal.write(table.render())
        }
    }
}
