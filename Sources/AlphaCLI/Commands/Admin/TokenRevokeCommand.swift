import AlphaStore
import ArgumentParser
import Foundation

/// `alpha-sre admin token revoke --tenant NAME TOKEN_ID`: the token stops authenticating at once (idempotent).
struct TokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke an API token (idempotent; audited as token.revoke).")

    @Option(help: "The tenant (its name).")
    var tenant: String

    @Argument(help: "The token's id (from `admin token list`).")
    var tokenID: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let actor = AdminActor.current(environment: ProcessInfo.processInfo.environment)
        let (before, after) = try await database.withStore { store in
            let owner = try await store.requireTenant(named: tenant)
            // Read first so that revoking twice says so instead of claiming a second revocation.
            let before = try await store.listTokens(tenantID: owner.id).first { $0.id == tokenID }
            guard let before else { throw AdminFailure.unknownToken(tenant: tenant, id: tokenID) }
            do {
                return (before, try await store.revokeToken(tenantID: owner.id, tokenID: tokenID, actor: actor))
            } catch StoreError.notFound {
                throw AdminFailure.unknownToken(tenant: tenant, id: tokenID)
            }
        }
        if before.isActive {
            Terminal.write("revoked token \(after.id) '\(after.name)' (\(after.role.rawValue)) of tenant '\(tenant)'")
        } else {
            Terminal.write("token \(after.id) '\(after.name)' of tenant '\(tenant)' was already revoked at \(after.revokedAt?.iso8601 ?? "?")")
        }
    }
}
