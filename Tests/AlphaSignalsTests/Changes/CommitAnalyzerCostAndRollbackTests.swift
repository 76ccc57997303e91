import AlphaCore
import AlphaSignals
import Testing

/// Costly work moved inside a loop, and index changes in a migration's rollback.
@Suite struct CommitAnalyzerCostAndRollbackTests {
    @Test func regexCompiledPerItemInPython() throws {
        let body = """
                 for item in order.items:
            -        total += item.unit_price * item.qty
            +        for rule in load_tax_rules():
            +            pattern = re.compile(rule.sku_pattern)
            +            if pattern.fullmatch(item.sku):
            +                total += rule.rate
            """
        let finding = try #require(analyze("orders/pricing/tax.py", body, kind: .costRaised).first)
        #expect(finding.detail.contains("re.compile("))
        #expect(finding.file == "orders/pricing/tax.py")
    }

    @Test func regexCompiledPerItemInGoAndJava() {
        let go = """
             \tfor _, it := range o.Items {
            +\t\tfor _, rule := range loadTaxRules() {
            +\t\t\tif regexp.MustCompile(rule.SKUPattern).MatchString(it.SKU) {
            +\t\t\t\trate = rule.Rate
            +\t\t\t}
            +\t\t}
            """
        #expect(analyze("internal/pricing/tax.go", go, kind: .costRaised).count == 1)
        let java = """
                     for (OrderItem item : order.getItems()) {
            +            for (TaxRule rule : taxRules.load()) {
            +                if (Pattern.compile(rule.skuPattern()).matcher(item.getSku()).matches()) {
            +                    rate = rate.max(rule.rate());
            +                }
            +            }
            """
        #expect(analyze("src/main/java/com/shop/PricingService.java", java, kind: .costRaised).count == 1)
    }

    @Test func regexCompiledOnceIsNotACost() {
        let body = """
            +SKU_PATTERN = re.compile(r"^[A-Z]{3}-\\d+$")
             def valid(sku):
            +    return SKU_PATTERN.fullmatch(sku) is not None
            """
        #expect(analyze("orders/skus.py", body, kind: .costRaised).isEmpty)
    }

    @Test func indexDroppedInDowngradeDoesNotRunOnDeploy() {
        let body = """
            +def upgrade():
            +    op.add_column("orders", sa.Column("discount_code", sa.String(32), nullable=False))
            +    op.create_index("ix_orders_discount_code", "orders", ["discount_code"])
            +
            +
            +def downgrade():
            +    op.drop_index("ix_orders_discount_code", table_name="orders")
            +    op.drop_column("orders", "discount_code")
            """
        let findings = analyze("migrations/versions/20240501_add_discount_code.py", body)
        #expect(!findings.contains { $0.kind == .indexDropped })
        #expect(findings.contains { $0.kind == .indexCreated })
        #expect(findings.contains { $0.kind == .migrationAdded })
    }

    @Test func indexDroppedInUpgradeIsADrop() {
        let body = """
            +def upgrade():
            +    op.drop_index("ix_orders_customer_id", table_name="orders")
            +
            +
            +def downgrade():
            +    op.create_index("ix_orders_customer_id", "orders", ["customer_id"])
            """
        let findings = analyze("migrations/versions/20240502_drop_ix.py", body)
        #expect(findings.contains { $0.kind == .indexDropped })
        #expect(!findings.contains { $0.kind == .indexCreated })
    }
}
