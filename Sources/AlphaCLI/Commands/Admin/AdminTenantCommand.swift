import ArgumentParser

/// `alpha-sre admin tenant`: create and list tenants.
struct AdminTenantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Create and list tenants.",
        subcommands: [TenantCreateCommand.self, TenantListCommand.self]
    )
}
