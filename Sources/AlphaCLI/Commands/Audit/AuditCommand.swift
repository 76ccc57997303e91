import ArgumentParser

/// `alpha-sre audit`: read and verify the tenants' hash-chained audit logs (docs/store.md, "The audit log").
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify and read the tamper-evident audit log of each tenant (docs/store.md).",
        subcommands: [AuditVerifyCommand.self, AuditLogCommand.self]
    )
}
