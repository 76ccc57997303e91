/// The commits that carry code-side faults, written as the service's developers would (FastAPI + SQLAlchemy).
enum CodeSnippets {
    static let dropIndex = CodeChange(
        path: "migrations/versions/20240430_1512_drop_unused_indexes.py",
        message: "db: drop indexes unused according to pg_stat_user_indexes",
        patch: """
            @@ -0,0 +1,19 @@
            +\"\"\"drop unused indexes
            +
            +Revision ID: 7c41d2e9a0b3
            +Revises: 5b9e0f1c2d4a
            +\"\"\"
            +from alembic import op
            +
            +revision = "7c41d2e9a0b3"
            +down_revision = "5b9e0f1c2d4a"
            +
            +
            +def upgrade():
            +    op.drop_index("ix_orders_customer_id", table_name="orders")
            +    op.drop_index("ix_order_items_sku", table_name="order_items")
            +
            +
            +def downgrade():
            +    op.create_index("ix_order_items_sku", "order_items", ["sku"])
            +    op.create_index("ix_orders_customer_id", "orders", ["customer_id"])
            """, isNewFile: true)

    static let newUnindexedQuery = CodeChange(
        path: "orders/repository.py",
        message: "orders: filter order history by status and date",
        patch: """
            @@ -41,9 +41,13 @@ class OrderRepository:
                 def history(self, customer_id: int, limit: int = 50) -> list[Order]:
            -        stmt = select(Order).where(Order.customer_id == customer_id)
            +        stmt = (
            +            select(Order)
            +            .where(func.lower(Order.customer_email) == self._email(customer_id))
            +            .where(Order.status.in_(VISIBLE_STATUSES))
            +            .where(Order.created_at >= func.now() - timedelta(days=365))
            +        )
                     stmt = stmt.order_by(Order.created_at.desc()).limit(limit)
                     return list(self.session.scalars(stmt))
            """)

    static let nPlusOne = CodeChange(
        path: "orders/api/routes.py",
        message: "orders: simplify list endpoint query",
        patch: """
            @@ -58,12 +58,10 @@ async def list_orders(
                 customer: Customer = Depends(current_customer),
                 db: Session = Depends(get_db),
             ) -> list[OrderOut]:
            -    stmt = (
            -        select(Order)
            -        .options(selectinload(Order.items).selectinload(OrderItem.product))
            -        .where(Order.customer_id == customer.id)
            -    )
            -    orders = db.scalars(stmt).all()
            +    orders = db.scalars(select(Order).where(Order.customer_id == customer.id)).all()
                 return [
            -        OrderOut.from_orm(o) for o in orders
            +        OrderOut(id=o.id, total=o.total, items=[ItemOut(sku=i.product.sku, qty=i.qty) for i in o.items])
            +        for o in orders
                 ]
            """)

    static let cacheDecorator = CodeChange(
        path: "orders/services/catalog.py",
        message: "catalog: read prices straight from the database (stale price bug)",
        patch: """
            @@ -12,7 +12,6 @@ from orders.cache import cached
             
             
            -@cached(key="product:{product_id}", ttl=300)
             def product_price(db: Session, product_id: int) -> Decimal:
                 row = db.execute(
                     select(Product.price).where(Product.id == product_id)
            """)

    static func pool(size: Int, overflow: Int) -> CodeChange {
        CodeChange(
            path: "orders/db/session.py",
            message: "db: smaller pool per worker to stay under max_connections",
            patch: """
                @@ -9,10 +9,10 @@ from orders.settings import settings
                 engine = create_engine(
                     settings.database_url,
                -    pool_size=20,
                -    max_overflow=10,
                +    pool_size=\(size),
                +    max_overflow=\(overflow),
                     pool_timeout=30,
                     pool_pre_ping=True,
                 )
                """)
    }

    static func forUpdate(dependency: String) -> CodeChange {
        CodeChange(
            path: "orders/services/inventory.py",
            message: "inventory: lock stock rows while charging to prevent overselling",
            patch: """
                @@ -27,11 +27,15 @@ def reserve_and_charge(db: Session, order: Order) -> None:
                -    for item in order.items:
                -        stock = db.get(Stock, item.sku)
                -        stock.available -= item.qty
                -    db.commit()
                -    payments.charge(order.id, order.total)
                +    with db.begin_nested():
                +        rows = db.scalars(
                +            select(Stock).where(Stock.sku.in_([i.sku for i in order.items])).with_for_update()
                +        ).all()
                +        # charge while holding the lock so stock cannot go negative (calls \(dependency))
                +        payments.charge(order.id, order.total)
                +        for stock in rows:
                +            stock.available -= order.qty_for(stock.sku)
                +    db.commit()
                """)
    }

    static let migration = CodeChange(
        path: "migrations/versions/20240501_0940_add_discount_code.py",
        message: "orders: add discount_code column",
        patch: """
            @@ -0,0 +1,20 @@
            +\"\"\"add discount_code to orders
            +
            +Revision ID: 9a2f6c1e8d07
            +Revises: 7c41d2e9a0b3
            +\"\"\"
            +import sqlalchemy as sa
            +from alembic import op
            +
            +revision = "9a2f6c1e8d07"
            +down_revision = "7c41d2e9a0b3"
            +
            +
            +def upgrade():
            +    op.add_column("orders", sa.Column("discount_code", sa.String(32), nullable=False))
            +    op.create_index("ix_orders_discount_code", "orders", ["discount_code"])
            +
            +
            +def downgrade():
            +    op.drop_index("ix_orders_discount_code", table_name="orders")
            +    op.drop_column("orders", "discount_code")
            """, isNewFile: true)

    static let leak = CodeChange(
        path: "orders/middleware/audit.py",
        message: "audit: keep recent requests for the debug endpoint",
        patch: """
            @@ -1,14 +1,18 @@
             import time
             
             from starlette.middleware.base import BaseHTTPMiddleware
             
            +# recent requests, served by /debug/recent
            +_recent_requests: list[dict] = []
            +
             
             class AuditMiddleware(BaseHTTPMiddleware):
                 async def dispatch(self, request, call_next):
                     started = time.monotonic()
                     response = await call_next(request)
            +        body = await request.body()
            +        _recent_requests.append({"path": request.url.path, "body": body, "headers": dict(request.headers)})
                     audit_log.info("request", path=request.url.path, status=response.status_code,
                                    ms=(time.monotonic() - started) * 1000)
                     return response
            """)

    static let cpu = CodeChange(
        path: "orders/services/pricing.py",
        message: "pricing: apply regional tax rules per line item",
        patch: """
            @@ -33,8 +33,14 @@ def price_order(order: Order, region: Region) -> Decimal:
                 total = Decimal(0)
                 for item in order.items:
            -        total += item.unit_price * item.qty
            -    return total * (1 + region.tax_rate)
            +        rate = Decimal(0)
            +        for rule in load_tax_rules():  # ~4k rules, parsed on every call
            +            pattern = re.compile(rule.sku_pattern)
            +            if pattern.fullmatch(item.sku) and rule.region == region.code:
            +                rate = max(rate, rule.rate)
            +        total += item.unit_price * item.qty * (1 + rate)
            +    return total
            """)

    static let exports = CodeChange(
        path: "orders/exports/writer.py",
        message: "exports: write order CSV snapshots for the finance sync",
        patch: """
            @@ -8,6 +8,14 @@ EXPORT_DIR = Path("/var/lib/orders/exports")
             
             def after_order_saved(order: Order) -> None:
                 metrics.orders_saved.inc()
            +    # finance picks these up nightly
            +    path = EXPORT_DIR / f"{order.id}-{int(time.time() * 1000)}.csv"
            +    with path.open("w") as f:
            +        writer = csv.writer(f)
            +        writer.writerow(ORDER_COLUMNS)
            +        for snapshot in order.history():
            +            writer.writerow(snapshot.as_row())
            +    # exports are purged by the finance job (FIN-212)
            """)

    static let regression = CodeChange(
        path: "orders/api/serializers.py",
        message: "orders: include loyalty tier in order response",
        patch: """
            @@ -22,6 +22,7 @@ def order_out(order: Order) -> dict:
                     "id": order.id,
                     "status": order.status,
                     "total": str(order.total),
            +        "loyalty_tier": order.customer.loyalty.tier.name,
                     "items": [item_out(i) for i in order.items],
                 }
            """)

    static func retry(dependency: String, retries: Int, timeout: Double) -> CodeChange {
        let t = (timeout * 100).rounded() / 100
        return CodeChange(
            path: "orders/clients/payments.py",
            message: "payments: fail fast and retry instead of waiting on slow charges",
            patch: """
                @@ -14,11 +14,11 @@ log = logging.getLogger(__name__)
                 
                 client = httpx.Client(
                     base_url="https://\(dependency)/v1",
                -    timeout=httpx.Timeout(5.0),
                +    timeout=httpx.Timeout(\(t)),
                 )
                 
                -@retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=0.1), reraise=True)
                +@retry(stop=stop_after_attempt(\(retries + 1)), wait=wait_none(), reraise=True)
                 def charge(order_id: int, amount: Decimal) -> Charge:
                     r = client.post("/charges", json={"order_id": order_id, "amount": str(amount)})
                     r.raise_for_status()
                """)
    }

    static func unbatched(dependency: String) -> CodeChange {
        CodeChange(
            path: "orders/clients/payments.py",
            message: "payments: authorize each line item separately",
            patch: """
                @@ -31,9 +31,10 @@ def authorize(order: Order) -> Authorization:
                -    r = client.post("/authorizations", json={"order_id": order.id, "amount": str(order.total)})
                -    r.raise_for_status()
                -    return Authorization(**r.json())
                +    auths = []
                +    for item in order.items:  # \(dependency) wants per-item authorizations now
                +        r = client.post("/authorizations", json={"order_id": order.id, "sku": item.sku, "amount": str(item.total)})
                +        r.raise_for_status()
                +        auths.append(Authorization(**r.json()))
                +    return Authorization.combine(auths)
                """)
    }
}
