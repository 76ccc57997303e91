import AlphaStore
import ArgumentParser
import Foundation

/// `alpha-sre admin token create`: prints only the new secret on stdout, so `TOKEN=$(alpha-sre admin token create ...)`
/// works; the store keeps only its hash, and the secret cannot be shown again.
struct TokenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an API token; prints only its secret (shown once, stored as a hash; audited as token.create).")

    @Option(help: "The tenant the token acts for (its name).")
    var tenant: String

    @Option(help: "What the token may do: viewer, responder, approver or admin (each includes the ones before).")
    var role: TokenRole

    @Option(help: "A label for people, e.g. ci or alice (default: the role).")
    var name: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let label = name ?? role.rawValue
        guard !label.allSatisfy(\.isWhitespace) else { throw AdminFailure.blankName(what: "the token name") }
        let actor = AdminActor.current(environment: ProcessInfo.processInfo.environment)
        let secret = APITokenSecret.generate()
        let token = try await database.withStore { store in
            let owner = try await store.requireTenant(named: tenant)
            return try await store.createToken(
                tenantID: owner.id, name: label, role: role, secretHash: APITokenSecret.hash(secret), actor: actor)
        }
        Terminal.write(secret)
        Terminal.printError(
            "created token \(token.id) '\(token.name)' (\(token.role.rawValue)) for tenant '\(tenant)'; the secret is shown only once")
    }
}
