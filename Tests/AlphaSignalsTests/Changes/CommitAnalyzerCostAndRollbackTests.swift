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

/// Changes that multiply calls to a dependency, fill a disk, grow memory or lock rows, in the wording of several stacks.
@Suite struct CommitAnalyzerPerItemTests {
    @Test func outboundCallPerItemInPythonAndGo() throws {
        let python = """
            -    r = client.post("/authorizations", json={"order_id": order.id, "amount": str(order.total)})
            +    auths = []
            +    for item in order.items:
            +        r = client.post("/authorizations", json={"order_id": order.id, "sku": item.sku})
            +        auths.append(Authorization(**r.json()))
            """
        let finding = try #require(analyze("orders/clients/payments.py", python, kind: .rateLimitChanged).first)
        #expect(finding.detail.contains("one request per item"))
        let go = """
            -\treturn c.post(ctx, "/authorizations", authRequest{OrderID: o.ID})
            +\tfor _, it := range o.Items {
            +\t\ta, err := c.post(ctx, "/authorizations", authRequest{OrderID: o.ID, SKU: it.SKU})
            +\t\tif err != nil {
            +\t\t\treturn nil, err
            +\t\t}
            +\t}
            """
        #expect(analyze("internal/payments/authorize.go", go, kind: .rateLimitChanged).count == 1)
    }

    @Test func outboundCallPerElementOfAJavaStream() {
        let java = """
                 public Authorization authorize(Order order) {
            -        return post("/authorizations", new AuthRequest(order.getId(), order.getTotal()));
            +        return Authorization.combine(order.getItems().stream()
            +            .map(i -> post("/authorizations", new AuthRequest(order.getId(), i.getSku(), i.getTotal())))
            +            .toList());
                 }
            """
        #expect(analyze("src/main/java/com/shop/PaymentsClient.java", java, kind: .rateLimitChanged).count == 1)
    }

    @Test func oneOutboundCallIsNotPerItem() {
        let python = """
            -    r = client.post("/authorizations", json={"order_id": order.id})
            +    r = client.post("/v2/authorizations", json={"order_id": order.id})
            """
        #expect(analyze("orders/clients/payments.py", python, kind: .rateLimitChanged).isEmpty)
    }

    @Test func aFileNamedByTheClockPerCallFillsTheDisk() {
        let go = """
             \tmetrics.OrdersSaved.Inc()
            -\treturn nil
            +\tf, err := os.Create(fmt.Sprintf("/var/lib/orders/exports/%d-%d.csv", o.ID, time.Now().UnixMilli()))
            +\tif err != nil {
            +\t\treturn err
            +\t}
            +\tdefer f.Close()
            """
        #expect(analyze("internal/exports/writer.go", go, kind: .diskWriteAdded).count == 1)
        let python = """
            +    path = EXPORT_DIR / f"{order.id}-{int(time.time() * 1000)}.csv"
            +    with path.open("w") as f:
            +        csv.writer(f).writerow(ORDER_COLUMNS)
            """
        #expect(analyze("orders/exports/writer.py", python, kind: .diskWriteAdded).count == 1)
    }

    @Test func aFileThatIsRemovedDoesNotFillTheDisk() {
        let python = """
            +    path = EXPORT_DIR / f"{order.id}-{int(time.time() * 1000)}.csv"
            +    with path.open("w") as f:
            +        csv.writer(f).writerow(ORDER_COLUMNS)
            +    upload(path)
            +    path.unlink()
            """
        #expect(analyze("orders/exports/writer.py", python, kind: .diskWriteAdded).isEmpty)
    }

    @Test func goPackageSliceThatOnlyGrows() throws {
        let go = """
            +var recent []requestSnapshot
            +var recentMu sync.Mutex
            +
             func Audit(next http.Handler) http.Handler {
             \treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
             \t\tnext.ServeHTTP(w, r)
            +\t\trecentMu.Lock()
            +\t\trecent = append(recent, snapshot(r))
            +\t\trecentMu.Unlock()
            """
        let finding = try #require(analyze("internal/middleware/audit.go", go, kind: .unboundedCollection).first)
        #expect(finding.names == ["recent"])
    }

    @Test func javaRepositoryMethodLockingRows() {
        let java = """
                 public void reserveAndCharge(Order order) {
            +        List<Stock> rows = stock.findAllForUpdate(order.skus());
            +        payments.charge(order.getId(), order.getTotal());
                 }
            """
        #expect(analyze("src/main/java/com/shop/InventoryService.java", java, kind: .lockingAdded).count == 1)
    }
}
