import AlphaStore
import ArgumentParser
import Foundation

/// `alpha-sre admin tenant create NAME`: prints `<id> <name>`.
struct TenantCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a tenant; prints its id and name (audited as tenant.create).")

    @Argument(help: "The tenant's unique name.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard !name.allSatisfy(\.isWhitespace) else { throw AdminFailure.blankName(what: "the tenant name") }
        let actor = AdminActor.current(environment: ProcessInfo.processInfo.environment)
        let tenant = try await database.withStore { store in
            do {
                return try await store.createTenant(name: name, actor: actor)
            } catch StoreError.duplicate {
                throw AdminFailure.duplicateTenant(name)
            }
        }
        Terminal.write("\(tenant.id) \(tenant.name)")
    }
}
