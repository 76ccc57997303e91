import AlphaStore
import ArgumentParser

/// `alpha-sre audit verify [--tenant NAME]`: recomputes each chain; one line per tenant. Exit 0 when every chain is
/// intact, `brokenExitCode` when any is not.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit hash chains; exit 0 when all are intact, 3 when any entry was edited or deleted.")

    /// Distinct from 1 (any other failure) so that monitoring can tell tampering from an error; like `slo gate`'s 3.
    static let brokenExitCode: Int32 = 3

    @Option(help: "Only this tenant (its name); default: every tenant.")
    var tenant: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let results = try await database.withStore { store in
            let tenants: [Tenant]
            if let tenant {
                tenants = [try await store.requireTenant(named: tenant)]
            } else {
                tenants = try await store.listTenants()
            }
            var results: [AuditVerificationLine] = []
            for tenant in tenants {
                let verification = try await store.verifyAudit(tenantID: tenant.id)
                // The head is only meaningful when the chain verifies; then it is the newest entry's hash.
                let head = verification.isValid ? try await store.auditLog(tenantID: tenant.id).last?.hash : nil
                results.append(AuditVerificationLine(tenant: tenant.name, verification: verification, headHash: head))
            }
            return results
        }
        if results.isEmpty {
            Terminal.printError("no tenants: nothing to verify")
        }
        Terminal.write(results.map(\.text).joined(separator: "\n"))
        if results.contains(where: { !$0.verification.isValid }) { throw ExitCode(Self.brokenExitCode) }
    }
}
