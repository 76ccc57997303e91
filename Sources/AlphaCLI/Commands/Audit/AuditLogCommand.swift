import AlphaStore
import ArgumentParser

/// `alpha-sre audit log --tenant NAME`: the tenant's audit entries in sequence order.
struct AuditLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Print a tenant's audit log, oldest first.")

    @Option(help: "The tenant (its name).")
    var tenant: String

    @Option(help: "Output format: table (hashes shortened) or json (every field, full hashes).")
    var format: ListFormat = .table

    @OptionGroup var database: DatabaseOptions

    /// One entry in `--format json`.
    private struct Row: Encodable {
        var sequence: Int64
        var at: String
        var actor: String
        var action: String
        var before: String?
        var after: String?
        var previous_hash: String
        var hash: String
    }

    func run() async throws {
        let entries = try await database.withStore { store in
            try await store.auditLog(tenantID: try await store.requireTenant(named: tenant).id)
        }
        switch format {
        case .json:
            let rows = entries.map {
                Row(
                    sequence: $0.sequence, at: $0.at.iso8601, actor: $0.actor, action: $0.action, before: $0.before, after: $0.after,
                    previous_hash: $0.previousHash, hash: $0.hash)
            }
            Terminal.write(try SLOText.json(rows))
        case .table:
            var table = SLOTable(header: ["SEQ", "AT", "ACTOR", "ACTION", "HASH", "CHANGE"])
            table.rows = entries.map { [String($0.sequence), $0.at.iso8601, $0.actor, $0.action, String($0.hash.prefix(12)), Self.change($0)] }
            Terminal.write(table.render())
        }
    }

    /// `before -> after`, or whichever one exists.
    private static func change(_ entry: AuditEntry) -> String {
        switch (entry.before, entry.after) {
        case (let before?, let after?): "\(before) -> \(after)"
        case (let before?, nil): before
        case (nil, let after?): after
        case (nil, nil): "-"
        }
    }
}
