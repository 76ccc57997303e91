/// The same code changes written for a Java (Spring Boot, JPA, Flyway) or Go (net/http, pgx, golang-migrate)
/// service, so that stack variation covers code-culprit incidents too. Keyed by the Python change's path.
enum StackTranslation {
    /// The fault with its commit rewritten for `stack` (unchanged for Python or for non-commit faults).
    static func translate(_ fault: Fault, to stack: Stack, dependency: String) -> Fault {
        guard stack != .python, case .commit(let change) = fault.origin else { return fault }
        var f = fault
        let value = { (knob: Knob) in fault.edits.first { $0.knob == knob }?.value ?? SystemParameters.baseline[knob] }
        let java = stack == .java
        let m = change.message
        switch change.path {
        case CodeSnippets.dropIndex.path:
            let sql =
                "@@ -0,0 +1,3 @@\n+-- unused according to pg_stat_user_indexes\n+DROP INDEX IF EXISTS ix_orders_customer_id;\n+DROP INDEX IF EXISTS ix_order_items_sku;\n"
            f.origin = .commit(
                CodeChange(
                    path: java ? "src/main/resources/db/migration/V41__drop_unused_indexes.sql" : "migrations/000041_drop_unused_indexes.up.sql",
                    message: m, patch: sql, isNewFile: true))
        case CodeSnippets.newUnindexedQuery.path:
            f.origin = .commit(java ? javaQuery(m) : goQuery(m))
        case CodeSnippets.nPlusOne.path:
            f.origin = .commit(java ? javaNPlusOne(m) : goNPlusOne(m))
        case CodeSnippets.cacheDecorator.path:
            f.origin = .commit(java ? javaCache(m) : goCache(m))
        case "orders/db/session.py":
            let size = Int(value(.poolSize))
            let total = size + Int(value(.maxOverflow))
            f.origin = .commit(
                java
                    ? CodeChange(
                        path: "src/main/resources/application.yml", message: m,
                        patch:
                            "@@ -14,7 +14,7 @@ spring:\n     hikari:\n-      maximum-pool-size: 30\n+      maximum-pool-size: \(total)\n       connection-timeout: 30000\n       minimum-idle: 5\n"
                    )
                    : CodeChange(
                        path: "internal/db/pool.go", message: m,
                        patch:
                            "@@ -18,7 +18,7 @@ func NewPool(ctx context.Context, url string) (*pgxpool.Pool, error) {\n \tcfg.MaxConnIdleTime = 5 * time.Minute\n-\tcfg.MaxConns = 30\n+\tcfg.MaxConns = \(total)\n \tcfg.MinConns = 5\n"
                    ))
        case "orders/services/inventory.py":
            f.origin = .commit(java ? javaForUpdate(m, dependency) : goForUpdate(m, dependency))
        case CodeSnippets.migration.path:
            let sql =
                "@@ -0,0 +1,2 @@\n+ALTER TABLE orders ADD COLUMN discount_code varchar(32) NOT NULL;\n+CREATE INDEX ix_orders_discount_code ON orders (discount_code);\n"
            f.origin = .commit(
                CodeChange(
                    path: java ? "src/main/resources/db/migration/V42__add_discount_code.sql" : "migrations/000042_add_discount_code.up.sql",
                    message: m, patch: sql, isNewFile: true))
        case CodeSnippets.leak.path:
            f.origin = .commit(java ? javaLeak(m) : goLeak(m))
        case CodeSnippets.cpu.path:
            f.origin = .commit(java ? javaCPU(m) : goCPU(m))
        case CodeSnippets.exports.path:
            f.origin = .commit(java ? javaExports(m) : goExports(m))
        case CodeSnippets.regression.path:
            f.origin = .commit(
                java
                    ? CodeChange(
                        path: "src/main/java/com/shop/orders/api/OrderSerializer.java", message: m,
                        patch:
                            "@@ -22,6 +22,7 @@ public final class OrderSerializer {\n             .id(order.getId())\n             .status(order.getStatus())\n             .total(order.getTotal())\n+            .loyaltyTier(order.getCustomer().getLoyalty().getTier().name())\n             .items(order.getItems().stream().map(this::item).toList())\n             .build();\n"
                    )
                    : CodeChange(
                        path: "internal/api/serializer.go", message: m,
                        patch:
                            "@@ -22,6 +22,7 @@ func orderOut(o *orders.Order) OrderOut {\n \t\tID:     o.ID,\n \t\tStatus: o.Status,\n \t\tTotal:  o.Total.String(),\n+\t\tLoyaltyTier: o.Customer.Loyalty.Tier.Name,\n \t\tItems:  itemsOut(o.Items),\n \t}\n"
                    ))
        case "orders/clients/payments.py" where m.hasPrefix("payments: fail fast"):
            let retries = Int(value(.dependencyRetries))
            let ms = Int((value(.dependencyTimeoutSeconds) * 1000).rounded())
            f.origin = .commit(
                java
                    ? CodeChange(
                        path: "src/main/java/com/shop/orders/client/PaymentsClient.java", message: m,
                        patch:
                            "@@ -31,9 +31,9 @@ public class PaymentsClient {\n-    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 100, multiplier = 2))\n+    @Retryable(maxAttempts = \(retries + 1), backoff = @Backoff(delay = 0))\n     public Charge charge(long orderId, BigDecimal amount) {\n-        return rest.mutate().readTimeout(Duration.ofSeconds(5)).build()\n+        return rest.mutate().readTimeout(Duration.ofMillis(\(ms))).build()\n             .post().uri(\"/charges\").body(new ChargeRequest(orderId, amount)).retrieve().body(Charge.class);\n"
                    )
                    : CodeChange(
                        path: "internal/payments/client.go", message: m,
                        patch:
                            "@@ -20,10 +20,10 @@ func New(baseURL string) *Client {\n \treturn &Client{\n \t\tbaseURL: baseURL,\n-\t\thttp:    &http.Client{Timeout: 5 * time.Second},\n-\t\tretries: 2,\n-\t\tbackoff: 100 * time.Millisecond,\n+\t\thttp:    &http.Client{Timeout: \(ms) * time.Millisecond},\n+\t\tretries: \(retries),\n+\t\tbackoff: 0,\n \t}\n"
                    ))
        case "orders/clients/payments.py":
            f.origin = .commit(
                java
                    ? CodeChange(
                        path: "src/main/java/com/shop/orders/client/PaymentsClient.java", message: m,
                        patch:
                            "@@ -52,6 +52,10 @@ public class PaymentsClient {\n     public Authorization authorize(Order order) {\n-        return post(\"/authorizations\", new AuthRequest(order.getId(), order.getTotal()));\n+        // \(dependency) wants per-item authorizations now\n+        return Authorization.combine(order.getItems().stream()\n+            .map(i -> post(\"/authorizations\", new AuthRequest(order.getId(), i.getSku(), i.getTotal())))\n+            .toList());\n     }\n"
                    )
                    : CodeChange(
                        path: "internal/payments/authorize.go", message: m,
                        patch:
                            "@@ -14,8 +14,13 @@ func (c *Client) Authorize(ctx context.Context, o *orders.Order) (*Authorization, error) {\n-\treturn c.post(ctx, \"/authorizations\", authRequest{OrderID: o.ID, Amount: o.Total})\n+\tauths := make([]*Authorization, 0, len(o.Items))\n+\tfor _, it := range o.Items { // \(dependency) wants per-item authorizations now\n+\t\ta, err := c.post(ctx, \"/authorizations\", authRequest{OrderID: o.ID, SKU: it.SKU, Amount: it.Total})\n+\t\tif err != nil {\n+\t\t\treturn nil, err\n+\t\t}\n+\t\tauths = append(auths, a)\n+\t}\n+\treturn combine(auths), nil\n"
                    ))
        default:
            break
        }
        return f
    }
}
