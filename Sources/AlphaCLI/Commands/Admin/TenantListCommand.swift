import AlphaStore
import ArgumentParser

/// `alpha-sre admin tenant list`: every tenant by name.
struct TenantListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all tenants by name.")

    @Option(help: "Output format: table or json.")
    var format: ListFormat = .table

    @OptionGroup var database: DatabaseOptions

    /// One tenant in `--format json`.
    private struct Row: Encodable {
        var id: String
        var name: String
        var created_at: String
    }

    func run() async throws {
        let tenants = try await database.withStore { store in try await store.listTenants() }
        switch format {
        case .json:
            Terminal.write(try SLOText.json(tenants.map { Row(id: $0.id, name: $0.name, created_at: $0.createdAt.iso8601) }))
        case .table:
            var table = SLOTable(header: ["NAME", "ID", "CREATED"])
            table.rows = tenants.map { [$0.name, $0.id, $0.createdAt.iso8601] }
            Terminal.write(table.render())
        }
    }
}
