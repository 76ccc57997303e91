import ArgumentParser

/// `alpha-sre admin`: tenants and API tokens of the server's store (docs/store.md, "Administration").
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage the server's tenants and API tokens directly in its database (docs/store.md).",
        subcommands: [AdminTenantCommand.self, AdminTokenCommand.self]
    )
}
