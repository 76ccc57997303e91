import AlphaCore
import AlphaSignals
import Testing

@Suite struct CommitAnalyzerRemovalTests {
    @Test func nullCheckRemovedPythonAndTypeScriptAndJava() throws {
        let python = """
             def shipping_address(user):
            -    if user.address is None:
            -        return DEFAULT_ADDRESS
                 return user.address.format()
            """
        let finding = try #require(analyze("app/users.py", python, kind: .nullCheckRemoved).first)
        #expect(finding.line == 2 && finding.before == "    if user.address is None:")
        let ts = "-  const city = order.customer?.address?.city;\n+  const city = order.customer.address.city;"
        #expect(analyze("src/orders/view.ts", ts, kind: .nullCheckRemoved).count == 1)
        let java = "-        if (customer != null) {\n-            notify(customer);\n-        }\n+        notify(customer);"
        #expect(analyze("src/main/java/com/shop/Notifier.java", java, kind: .nullCheckRemoved).count == 1)
        // Replaced by another check: not removed.
        let replaced = "-    if user is None:\n+    if not user:"
        #expect(analyze("app/users.py", replaced, kind: .nullCheckRemoved).isEmpty)
    }

    @Test func errorHandlingRemovedPythonJavaGoRuby() {
        let python = """
             def charge(order):
            -    try:
            -        gateway.charge(order.total)
            -    except GatewayTimeout:
            -        queue_retry(order)
            +    gateway.charge(order.total)
            """
        #expect(analyze("app/billing.py", python, kind: .errorHandlingRemoved).count == 1)
        let java = "-        } catch (SQLException e) {\n-            log.warn(\"db error\", e);\n-        }"
        #expect(analyze("src/main/java/com/shop/Dao.java", java, kind: .errorHandlingRemoved).count == 1)
        let go = "\trows, err := db.Query(q)\n-\tif err != nil {\n-\t\treturn nil, err\n-\t}"
        #expect(analyze("internal/store/store.go", go, kind: .errorHandlingRemoved).count == 1)
        #expect(analyze("internal/store/store.go", go, kind: .nullCheckRemoved).isEmpty)
        let ruby = "-  rescue ActiveRecord::RecordNotFound\n-    head :not_found"
        #expect(analyze("app/controllers/items_controller.rb", ruby, kind: .errorHandlingRemoved).count == 1)
    }

    @Test func indexDroppedAlembicSQLRailsAndModel() throws {
        let alembic = """
             def upgrade():
            +    op.drop_index('ix_orders_status', table_name='orders')
            """
        let finding = try #require(analyze("migrations/versions/0042_drop_status_index.py", alembic, kind: .indexDropped).first)
        #expect(finding.names == ["ix_orders_status", "orders"])
        let sql = "+DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;"
        #expect(analyze("db/migrations/V42__drop_idx.sql", sql, kind: .indexDropped).first?.names == ["idx_orders_customer_id"])
        let rails = "+    remove_index :orders, :status"
        #expect(analyze("db/migrate/20261124_remove_status_index.rb", rails, kind: .indexDropped).first?.names == ["orders", "status"])
        let model = """
             class Order(Base):
                 __tablename__ = "orders"
            -    status = Column(String(20), index=True)
            +    status = Column(String(20))
            """
        #expect(analyze("app/models/order.py", model, kind: .indexDropped).first?.names == ["status"])
        let tableArgs = """
                 __table_args__ = (
            -        Index("ix_orders_customer_created", "customer_id", "created_at"),
                     UniqueConstraint("number"),
                 )
            """
        #expect(analyze("app/models/order.py", tableArgs, kind: .indexDropped).first?.names.contains("customer_id") == true)
        let jpa = "-@Table(name = \"orders\", indexes = @Index(name = \"idx_status\", columnList = \"status\"))\n+@Table(name = \"orders\")"
        #expect(analyze("src/main/java/com/shop/Order.java", jpa, kind: .indexDropped).first?.names.contains("status") == true)
    }

    @Test func indexCreatedAndMigrationAdded() {
        let alembic = "+    op.create_index('ix_orders_status', 'orders', ['status'])"
        let found = analyze("migrations/versions/0043_add_index.py", alembic)
        #expect(found.contains { $0.kind == .indexCreated && $0.names.contains("ix_orders_status") })
        let sql = "+CREATE INDEX idx_orders_status ON orders (status);"
        #expect(analyze("db/migration/V43__idx.sql", sql, kind: .indexCreated).first?.names == ["idx_orders_status", "orders", "status"])
        let django = "+        migrations.AddField(\n+            model_name='order',\n+            name='priority',\n+        ),"
        let migration = analyze("shop/migrations/0012_order_priority.py", django, kind: .migrationAdded)
        #expect(migration.count == 1)
        let flyway = "+ALTER TABLE orders ADD COLUMN priority int NOT NULL DEFAULT 0;"
        #expect(analyze("src/main/resources/db/migration/V12__priority.sql", flyway, kind: .migrationAdded).count == 1)
        let rails =
            "+class AddPriorityToOrders < ActiveRecord::Migration[7.1]\n+  def change\n+    add_column :orders, :priority, :integer\n+  end\n+end"
        #expect(analyze("db/migrate/20261124_add_priority.rb", rails, kind: .migrationAdded).first?.names == ["orders", "priority", "integer"])
    }

    @Test func unboundedCollectionPythonJavaGo() throws {
        let python = """
            +_seen_sessions = {}
            +
            +
             def track(session_id, payload):
            +    _seen_sessions[session_id] = payload
                 return payload
            """
        let finding = try #require(analyze("app/tracking.py", python, kind: .unboundedCollection).first)
        #expect(finding.names == ["_seen_sessions"] && finding.line == 5)
        let evicting = python + "\n+    if len(_seen_sessions) > 1000:\n+        _seen_sessions.pop(next(iter(_seen_sessions)))"
        #expect(analyze("app/tracking.py", evicting, kind: .unboundedCollection).isEmpty)
        let java = """
            +    private static final Map<String, UserProfile> PROFILES = new HashMap<>();
                 public UserProfile load(String id) {
            +        PROFILES.put(id, repo.fetch(id));
            """
        #expect(analyze("src/main/java/com/shop/ProfileService.java", java, kind: .unboundedCollection).first?.names == ["PROFILES"])
        let go = "+var requestLog = map[string][]byte{}\n \n func handle(id string, body []byte) {\n+\trequestLog[id] = body\n }"
        #expect(analyze("internal/api/log.go", go, kind: .unboundedCollection).count == 1)
    }
}
