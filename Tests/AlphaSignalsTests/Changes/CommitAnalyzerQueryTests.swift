import AlphaCore
import AlphaSignals
import Testing

@Suite struct CommitAnalyzerQueryTests {
    @Test func sqlalchemyFilterChangeNamesTheNewColumns() throws {
        let body = """
             def recent_orders(session, customer_id):
            -    return session.query(Order).filter(Order.customer_id == customer_id).all()
            +    return session.query(Order).filter(Order.status == "pending", Order.created_at > cutoff).order_by(Order.created_at.desc()).all()
            """
        let found = analyze("app/orders/repository.py", body, kind: .queryChanged)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.names.contains("status") && finding.names.contains("created_at"))
        #expect(finding.sha == "abc123" && finding.file == "app/orders/repository.py" && finding.line == 2)
        #expect(finding.before?.contains("customer_id") == true && finding.after?.contains("status") == true)
    }

    @Test func djangoFilterByAndDunderLookups() throws {
        let body = """
             def open_invoices(account):
            +    return Invoice.objects.filter(account=account, due_date__lt=today).order_by("-amount")
            """
        let finding = try #require(analyze("billing/views.py", body, kind: .queryChanged).first)
        #expect(finding.names == ["account", "due_date", "amount"])
    }

    @Test func sequelizePrismaAndKnexQueries() throws {
        let sequelize = """
             async function findOrders(userId) {
            -  return Order.findAll({ where: { userId } });
            +  return Order.findAll({ where: { status: 'paid', region: req.region }, order: [['createdAt', 'DESC']] });
             }
            """
        let finding = try #require(analyze("src/services/orders.ts", sequelize, kind: .queryChanged).first)
        #expect(finding.names.contains("status") && finding.names.contains("region"))
        let prisma = """
             export async function list() {
            +  return prisma.order.findMany({
            +    where: { customerEmail: email },
            +  });
             }
            """
        let prismaFinding = try #require(analyze("src/db/orders.js", prisma, kind: .queryChanged).first)
        #expect(prismaFinding.names == ["customerEmail"])
        let knex = "+  const rows = await knex('orders').where('status', status).orderBy('created_at');"
        #expect(analyze("src/repo.js", knex, kind: .queryChanged).first?.names.contains("created_at") == true)
    }

    @Test func springDataDerivedQueryAndGoSQL() throws {
        let java = """
             public interface OrderRepository extends JpaRepository<Order, Long> {
            +    List<Order> findByStatusAndCustomerIdOrderByCreatedAtDesc(String status, Long customerId);
             }
            """
        let finding = try #require(analyze("src/main/java/com/shop/OrderRepository.java", java, kind: .queryChanged).first)
        #expect(finding.names == ["status", "customer_id", "created_at"])
        let go = """
             func (r *Repo) Pending(ctx context.Context) (*sql.Rows, error) {
            +\treturn r.db.QueryContext(ctx, "SELECT id FROM orders WHERE status = $1 ORDER BY created_at", "pending")
             }
            """
        let goFinding = try #require(analyze("internal/orders/repo.go", go, kind: .queryChanged).first)
        #expect(goFinding.names == ["status", "created_at"])
        #expect(analyze("internal/orders/repo.go", go, kind: .rawSQLAdded).count == 1)
    }

    @Test func renamedVariableIsNotAQueryChange() {
        let body = """
            -    return session.query(Order).filter(Order.status == status).all()
            +    return session.query(Order).filter(Order.status == order_status).all()
            """
        #expect(analyze("app/orders.py", body, kind: .queryChanged).isEmpty)
    }

    @Test func rawSQLInPythonAndRuby() throws {
        let python = """
             def totals(db):
            +    rows = db.execute(text("SELECT customer_id, SUM(total) FROM orders WHERE status = :s GROUP BY customer_id"), {"s": "paid"})
            """
        let finding = try #require(analyze("app/reports.py", python, kind: .rawSQLAdded).first)
        #expect(finding.names.contains("status"))
        let ruby = "+    Order.find_by_sql(\"SELECT * FROM orders WHERE total > 100\")"
        #expect(analyze("app/models/order.rb", ruby, kind: .rawSQLAdded).count == 1)
    }

    @Test func queryInLoopPythonAndTypeScript() throws {
        let python = """
             def order_lines(orders):
                 result = []
                 for order in orders:
            +        items = session.query(Item).filter(Item.order_id == order.id).all()
                     result.append(items)
            """
        let finding = try #require(analyze("app/orders.py", python, kind: .queryInLoop).first)
        #expect(finding.line == 4 && finding.detail.contains("for order in orders"))
        let ts = """
             export async function hydrate(orders: Order[]) {
               for (const order of orders) {
            +    order.customer = await Customer.findByPk(order.customerId);
               }
             }
            """
        #expect(analyze("src/orders/hydrate.ts", ts, kind: .queryInLoop).count == 1)
        // The same query outside the loop is not one.
        let outside = """
             def order_lines(orders):
                 for order in orders:
                     print(order)
            +    items = session.query(Item).all()
            """
        #expect(analyze("app/orders.py", outside, kind: .queryInLoop).isEmpty)
    }

    @Test func eagerLoadingRemovedPythonAndRuby() throws {
        let python = """
             def list_orders():
            -    return session.query(Order).options(selectinload(Order.items)).all()
            +    return session.query(Order).all()
            """
        let finding = try #require(analyze("app/orders.py", python, kind: .eagerLoadingRemoved).first)
        #expect(finding.names.contains("items"))
        let ruby = """
             def index
            -    @orders = Order.includes(:line_items).where(user: current_user)
            +    @orders = Order.where(user: current_user)
             end
            """
        #expect(analyze("app/controllers/orders_controller.rb", ruby, kind: .eagerLoadingRemoved).first?.names == ["line_items"])
        let django = "-    qs = Order.objects.select_related('customer').prefetch_related('items')\n+    qs = Order.objects.all()"
        #expect(analyze("shop/views.py", django, kind: .eagerLoadingRemoved).count == 1)
    }

    @Test func lockingAddedPythonJavaSQL() {
        let python = """
            -    account = session.query(Account).filter_by(id=account_id).one()
            +    account = session.query(Account).filter_by(id=account_id).with_for_update().one()
            """
        #expect(analyze("app/payments.py", python, kind: .lockingAdded).count == 1)
        let java = """
            +    @Lock(LockModeType.PESSIMISTIC_WRITE)
                 Optional<Account> findById(Long id);
            """
        #expect(analyze("src/main/java/com/bank/AccountRepository.java", java, kind: .lockingAdded).count == 1)
        #expect(analyze("db/queries/reserve.sql", "+SELECT * FROM seats WHERE id = $1 FOR UPDATE;", kind: .lockingAdded).count == 1)
    }
}
