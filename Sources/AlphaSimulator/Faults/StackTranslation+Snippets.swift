extension StackTranslation {
    static func javaQuery(_ m: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/repository/OrderRepository.java", message: m,
            patch:
                "@@ -18,6 +18,10 @@ public interface OrderRepository extends JpaRepository<Order, Long> {\n-    List<Order> findTop50ByCustomerIdOrderByCreatedAtDesc(long customerId);\n+    @Query(\"select o from Order o where lower(o.customerEmail) = lower(:email) \"\n+         + \"and o.status in :statuses and o.createdAt >= :since order by o.createdAt desc\")\n+    List<Order> history(@Param(\"email\") String email, @Param(\"statuses\") Set<Status> statuses,\n+                        @Param(\"since\") Instant since, Pageable page);\n"
        )
    }

    static func goQuery(_ m: String) -> CodeChange {
        CodeChange(
            path: "internal/orders/repository.go", message: m,
            patch:
                "@@ -30,7 +30,9 @@ func (r *Repo) History(ctx context.Context, customerID int64) ([]Order, error) {\n-\tconst q = `SELECT id, status, total, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 50`\n+\tconst q = `SELECT id, status, total, created_at FROM orders\n+\t\tWHERE lower(customer_email) = lower($1) AND status = ANY($2) AND created_at >= now() - interval '365 days'\n+\t\tORDER BY created_at DESC LIMIT 50`\n"
        )
    }

    static func javaNPlusOne(_ m: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/repository/OrderRepository.java", message: m,
            patch:
                "@@ -12,7 +12,6 @@ public interface OrderRepository extends JpaRepository<Order, Long> {\n-    @EntityGraph(attributePaths = {\"items\", \"items.product\"})\n     List<Order> findByCustomerId(long customerId);\n"
        )
    }

    static func goNPlusOne(_ m: String) -> CodeChange {
        CodeChange(
            path: "internal/orders/list.go", message: m,
            patch:
                "@@ -21,9 +21,12 @@ func (r *Repo) ListWithItems(ctx context.Context, customerID int64) ([]Order, error) {\n-\trows, err := r.db.Query(ctx, listWithItemsSQL, customerID) // one JOIN\n+\torders, err := r.List(ctx, customerID)\n \tif err != nil {\n \t\treturn nil, err\n \t}\n-\treturn scanOrdersWithItems(rows)\n+\tfor i := range orders {\n+\t\torders[i].Items, err = r.Items(ctx, orders[i].ID) // one query per order\n+\t}\n+\treturn orders, err\n"
        )
    }

    static func javaCache(_ m: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/catalog/CatalogService.java", message: m,
            patch:
                "@@ -27,7 +27,6 @@ public class CatalogService {\n \n-    @Cacheable(cacheNames = \"product-price\", key = \"#productId\")\n     public BigDecimal productPrice(long productId) {\n         return products.findPriceById(productId).orElseThrow();\n"
        )
    }

    static func goCache(_ m: String) -> CodeChange {
        CodeChange(
            path: "internal/catalog/prices.go", message: m,
            patch:
                "@@ -15,9 +15,5 @@ func (s *Service) ProductPrice(ctx context.Context, id int64) (decimal.Decimal, error) {\n-\tkey := fmt.Sprintf(\"product:%d\", id)\n-\treturn s.cache.GetOrLoad(ctx, key, 5*time.Minute, func() (decimal.Decimal, error) {\n-\t\treturn s.repo.Price(ctx, id)\n-\t})\n+\treturn s.repo.Price(ctx, id)\n"
        )
    }

    static func javaForUpdate(_ m: String, _ dependency: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/inventory/InventoryService.java", message: m,
            patch:
                "@@ -30,10 +30,12 @@ public class InventoryService {\n     @Transactional\n     public void reserveAndCharge(Order order) {\n-        order.getItems().forEach(i -> stock.decrement(i.getSku(), i.getQty()));\n-        afterCommit(() -> payments.charge(order.getId(), order.getTotal()));\n+        // lock stock rows while charging so stock cannot go negative (calls \(dependency))\n+        List<Stock> rows = stock.findAllForUpdate(order.skus()); // @Lock(PESSIMISTIC_WRITE)\n+        payments.charge(order.getId(), order.getTotal());\n+        rows.forEach(s -> s.decrement(order.qtyFor(s.getSku())));\n     }\n"
        )
    }

    static func goForUpdate(_ m: String, _ dependency: String) -> CodeChange {
        CodeChange(
            path: "internal/inventory/reserve.go", message: m,
            patch:
                "@@ -25,8 +25,12 @@ func (s *Service) ReserveAndCharge(ctx context.Context, o *orders.Order) error {\n \treturn pgx.BeginFunc(ctx, s.db, func(tx pgx.Tx) error {\n-\t\tif err := decrementStock(ctx, tx, o); err != nil {\n+\t\t// lock stock rows while charging (calls \(dependency))\n+\t\tif _, err := tx.Exec(ctx, `SELECT sku FROM stock WHERE sku = ANY($1) FOR UPDATE`, o.SKUs()); err != nil {\n \t\t\treturn err\n \t\t}\n-\t\treturn nil\n+\t\tif err := s.payments.Charge(ctx, o.ID, o.Total); err != nil {\n+\t\t\treturn err\n+\t\t}\n+\t\treturn decrementStock(ctx, tx, o)\n \t})\n"
        )
    }

    static func javaLeak(_ m: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/web/AuditFilter.java", message: m,
            patch:
                "@@ -18,6 +18,9 @@ public class AuditFilter extends OncePerRequestFilter {\n+    // recent requests, served by /debug/recent\n+    static final List<RequestSnapshot> RECENT = Collections.synchronizedList(new ArrayList<>());\n+\n     @Override\n     protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) {\n         chain.doFilter(req, res);\n+        RECENT.add(RequestSnapshot.of(req));\n"
        )
    }

    static func goLeak(_ m: String) -> CodeChange {
        CodeChange(
            path: "internal/middleware/audit.go", message: m,
            patch:
                "@@ -10,9 +10,14 @@ import (\n+// recent requests, served by /debug/recent\n+var recent []requestSnapshot\n+var recentMu sync.Mutex\n+\n func Audit(next http.Handler) http.Handler {\n \treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n \t\tnext.ServeHTTP(w, r)\n+\t\trecentMu.Lock()\n+\t\trecent = append(recent, snapshot(r))\n+\t\trecentMu.Unlock()\n"
        )
    }

    static func javaCPU(_ m: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/pricing/PricingService.java", message: m,
            patch:
                "@@ -33,7 +33,13 @@ public class PricingService {\n         for (OrderItem item : order.getItems()) {\n-            total = total.add(item.getUnitPrice().multiply(item.qty()));\n+            BigDecimal rate = BigDecimal.ZERO;\n+            for (TaxRule rule : taxRules.load()) { // ~4k rules, compiled on every call\n+                if (Pattern.compile(rule.skuPattern()).matcher(item.getSku()).matches() && rule.region().equals(region)) {\n+                    rate = rate.max(rule.rate());\n+                }\n+            }\n+            total = total.add(item.getUnitPrice().multiply(item.qty()).multiply(BigDecimal.ONE.add(rate)));\n"
        )
    }

    static func goCPU(_ m: String) -> CodeChange {
        CodeChange(
            path: "internal/pricing/tax.go", message: m,
            patch:
                "@@ -28,6 +28,12 @@ func PriceOrder(o *orders.Order, region Region) decimal.Decimal {\n \tfor _, it := range o.Items {\n-\t\ttotal = total.Add(it.UnitPrice.Mul(decimal.NewFromInt(it.Qty)))\n+\t\trate := decimal.Zero\n+\t\tfor _, rule := range loadTaxRules() { // ~4k rules, compiled on every call\n+\t\t\tif regexp.MustCompile(rule.SKUPattern).MatchString(it.SKU) && rule.Region == region.Code {\n+\t\t\t\trate = decimal.Max(rate, rule.Rate)\n+\t\t\t}\n+\t\t}\n+\t\ttotal = total.Add(it.UnitPrice.Mul(decimal.NewFromInt(it.Qty)).Mul(decimal.NewFromInt(1).Add(rate)))\n"
        )
    }

    static func javaExports(_ m: String) -> CodeChange {
        CodeChange(
            path: "src/main/java/com/shop/orders/exports/CsvExportListener.java", message: m,
            patch:
                "@@ -15,6 +15,12 @@ public class CsvExportListener {\n     @TransactionalEventListener\n     public void onOrderSaved(OrderSaved event) throws IOException {\n         metrics.ordersSaved().increment();\n+        // finance picks these up nightly\n+        Path path = Path.of(\"/var/lib/orders/exports\", event.orderId() + \"-\" + System.currentTimeMillis() + \".csv\");\n+        try (var w = Files.newBufferedWriter(path)) {\n+            csv.write(w, event.history());\n+        }\n+        // exports are purged by the finance job (FIN-212)\n     }\n"
        )
    }

    static func goExports(_ m: String) -> CodeChange {
        CodeChange(
            path: "internal/exports/writer.go", message: m,
            patch:
                "@@ -12,5 +12,14 @@ func AfterOrderSaved(o *orders.Order) error {\n \tmetrics.OrdersSaved.Inc()\n-\treturn nil\n+\t// finance picks these up nightly\n+\tf, err := os.Create(fmt.Sprintf(\"/var/lib/orders/exports/%d-%d.csv\", o.ID, time.Now().UnixMilli()))\n+\tif err != nil {\n+\t\treturn err\n+\t}\n+\tdefer f.Close()\n+\treturn writeHistory(csv.NewWriter(f), o.History())\n+\t// exports are purged by the finance job (FIN-212)\n"
        )
    }
}
