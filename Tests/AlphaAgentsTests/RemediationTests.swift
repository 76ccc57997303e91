import AlphaCore
import AlphaSignals
import Testing

@testable import AlphaAgents

@Suite struct RemediationTests {
    @Test func revertPatchSwapsAddedAndRemovedLines() {
        let hunk = DiffHunk(
            header: "@@ -10,3 +10,2 @@", oldStart: 10, oldCount: 3, newStart: 10, newCount: 2,
            lines: [
                DiffLine(kind: .context, text: "@router.get(\"/orders\")", oldLine: 10, newLine: 10),
                DiffLine(kind: .removed, text: "@cache(ttl=300)", oldLine: 11, newLine: nil),
                DiffLine(kind: .context, text: "def list_orders():", oldLine: 12, newLine: 11),
            ])
        let patch = RevertPatch.render(file: "app/api.py", hunks: [hunk])
        #expect(
            patch
                == "--- a/app/api.py\n+++ b/app/api.py\n@@ -10,2 +10,3 @@ revert\n @router.get(\"/orders\")\n+@cache(ttl=300)\n def list_orders():\n")
    }

    @Test func configPatchRestoresThePreviousValue() {
        let change = ConfigChange(
            key: "database.pool_size", kind: .changed, before: .number(20), after: .number(5), numericBefore: 20, numericAfter: 5,
            ratio: 0.25, direction: .down, risk: .pool, risky: true, mentionedInErrors: false)
        #expect(
            ConfigPatch.restore(change)
                == "--- config (current)\n+++ config (proposed)\n@@ database.pool_size @@\n-database.pool_size: 5\n+database.pool_size: 20\n")
    }

    @Test(arguments: [
        (["Order.customer_email"], "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_customer_email ON orders (customer_email);"),
        (
            ["orders.status", "orders.created_at"],
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_status_created_at ON orders (status, created_at);"
        ),
        (["OrderItem.sku"], "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_order_items_sku ON order_items (sku);"),
    ])
    func indexMigrationNamesTableAndColumns(names: [String], sql: String) throws {
        let migration = try #require(IndexMigration.make(names: names, fileHint: "app/repo.py"))
        #expect(migration.patch.contains(sql))
    }

    @Test func everyRemediationNeedsApproval() {
        let planner = RemediationPlanner(incident: Incident(deploymentId: "d"), signals: IncidentSignals())
        for label in CauseLabel.allCases {
            let h = Hypothesis(label: label, description: "", supportingSignals: [], confidence: 0.5, score: 0, severity: .high, agents: [])
            #expect(planner.remediation(for: h).requiresApproval)
        }
    }
}
