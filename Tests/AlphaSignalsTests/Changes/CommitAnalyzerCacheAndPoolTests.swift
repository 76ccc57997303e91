import AlphaCore
import AlphaSignals
import Testing

@Suite struct CommitAnalyzerCacheAndPoolTests {
    @Test func cacheDecoratorRemovedPythonAndJava() throws {
        let python = """
             from app.cache import cache
             
            -@cache(ttl=300)
             def get_user_orders(user_id):
                 return session.query(Order).filter_by(user_id=user_id).all()
            """
        let finding = try #require(analyze("app/orders/service.py", python, kind: .cacheRemoved).first)
        #expect(finding.detail == "removed @cache(ttl=300) from get_user_orders")
        #expect(finding.line == 3 && finding.before == "@cache(ttl=300)" && finding.names == ["get_user_orders"])
        let java = """
            -    @Cacheable(value = "products", key = "#id")
                 public Product getProduct(Long id) {
            """
        let javaFinding = try #require(analyze("src/main/java/com/shop/ProductService.java", java, kind: .cacheRemoved).first)
        #expect(javaFinding.names == ["getProduct"])
    }

    @Test func explicitCacheGetSetRemovedPythonAndTypeScript() {
        let python = """
             def get_profile(user_id):
            -    cached = redis_client.get(f"profile:{user_id}")
            -    if cached:
            -        return json.loads(cached)
                 profile = db.fetch_profile(user_id)
            -    redis_client.setex(f"profile:{user_id}", 600, json.dumps(profile))
                 return profile
            """
        #expect(analyze("app/profile.py", python, kind: .cacheRemoved).count == 2)
        let ts = """
            -  const hit = await cache.get(key);
            -  if (hit) return hit;
               const rows = await db.query(sql);
            """
        #expect(analyze("src/catalog.ts", ts, kind: .cacheRemoved).count == 1)
    }

    @Test func movedDecoratorIsNotARemoval() {
        let body = """
            -@lru_cache(maxsize=128)
             def load_settings():
                 return read()
             
            +@lru_cache(maxsize=128)
             def load_flags():
                 return read_flags()
            """
        #expect(analyze("app/settings.py", body).isEmpty)
    }

    @Test func cacheTTLLoweredAndCacheDisabled() throws {
        let python = "-@cache(ttl=300)\n+@cache(ttl=5)\n def get_user_orders(user_id):"
        let finding = try #require(analyze("app/orders.py", python, kind: .cacheWeakened).first)
        #expect(finding.oldValue == 300 && finding.newValue == 5)
        #expect(analyze("app/orders.py", python, kind: .cacheRemoved).isEmpty)
        let raised = "-@cache(ttl=300)\n+@cache(ttl=600)"
        #expect(analyze("app/orders.py", raised, kind: .cacheWeakened).isEmpty)
        let yaml = " cache:\n-  enabled: true\n+  enabled: false\n   backend: redis"
        #expect(analyze("deploy/values.yaml", yaml, kind: .cacheWeakened).count == 1)
        let env = "-CACHE_TTL_SECONDS=3600\n+CACHE_TTL_SECONDS=60"
        #expect(analyze(".env.production", env, kind: .cacheWeakened).first?.newValue == 60)
    }

    @Test func poolSizeChangedAcrossLanguagesAndConfig() throws {
        let python =
            "-engine = create_engine(DATABASE_URL, pool_size=20, max_overflow=10)\n+engine = create_engine(DATABASE_URL, pool_size=5, max_overflow=0)"
        let pythonFindings = analyze("app/db.py", python, kind: .poolSizeChanged)
        #expect(pythonFindings.map(\.oldValue) == [20, 10] && pythonFindings.map(\.newValue) == [5, 0])
        #expect(pythonFindings.first?.names == ["pool_size"])
        let springYAML = """
             spring:
               datasource:
                 hikari:
            -      maximum-pool-size: 50
            +      maximum-pool-size: 10
            """
        let spring = try #require(analyze("src/main/resources/application.yml", springYAML, kind: .poolSizeChanged).first)
        #expect(spring.oldValue == 50 && spring.newValue == 10)
        let go = "-\tdb.SetMaxOpenConns(100)\n+\tdb.SetMaxOpenConns(10)"
        #expect(analyze("cmd/api/main.go", go, kind: .poolSizeChanged).first?.newValue == 10)
        let sequelize = """
             const sequelize = new Sequelize(url, {
               pool: {
            -    max: 30,
            +    max: 5,
                 idle: 10000,
               },
             });
            """
        let js = try #require(analyze("src/db.js", sequelize, kind: .poolSizeChanged).first)
        #expect(js.oldValue == 30 && js.newValue == 5)
        #expect(analyze(".env", "-DB_POOL_SIZE=25\n+DB_POOL_SIZE=4", kind: .poolSizeChanged).first?.oldValue == 25)
        let hikari = "-spring.datasource.hikari.minimumIdle=10\n+spring.datasource.hikari.minimumIdle=2"
        #expect(analyze("src/main/resources/application.properties", hikari, kind: .poolSizeChanged).count == 1)
        let added = "-engine = create_engine(url)\n+engine = create_engine(url, pool_size=3)"
        let addedFinding = try #require(analyze("app/db.py", added, kind: .poolSizeChanged).first)
        #expect(addedFinding.oldValue == nil && addedFinding.newValue == 3)
    }

    @Test func threadPoolIsNotAConnectionPool() {
        let body = "-executor = ThreadPoolExecutor(max_workers=8)\n+executor = ThreadPoolExecutor(max_workers=32)"
        #expect(analyze("app/jobs.py", body, kind: .poolSizeChanged).isEmpty)
    }
}
