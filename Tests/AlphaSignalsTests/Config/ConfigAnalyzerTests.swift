import AlphaCore
import AlphaSignals
import Testing

@Suite struct ConfigAnalyzerTests {
    static let previous = JSONObject([
        (
            "database",
            .object(
                JSONObject([("pool", .object(JSONObject([("size", .number(20)), ("timeout", .string("30s"))]))), ("host", .string("db-1.internal"))]))
        ),
        (
            "env",
            .object(
                JSONObject([
                    ("REDIS_URL", .string("redis://cache-a:6379/0")), ("FEATURE_NEW_CHECKOUT", .bool(false)), ("LOG_FORMAT", .string("json")),
                ]))
        ),
        (
            "containers",
            .array([.object(JSONObject([("resources", .object(JSONObject([("limits", .object(JSONObject([("memory", .string("512Mi"))])))])))]))])
        ),
    ])
    static let current = JSONObject([
        (
            "database",
            .object(
                JSONObject([
                    ("pool", .object(JSONObject([("size", .number(5)), ("timeout", .string("500ms"))]))), ("host", .string("db-1.internal")),
                ]))
        ),
        (
            "env",
            .object(
                JSONObject([
                    ("REDIS_URL", .string("redis://cache-b:6379/0")), ("FEATURE_NEW_CHECKOUT", .bool(true)), ("API_TOKEN", .string("s3cr3t")),
                ]))
        ),
        (
            "containers",
            .array([.object(JSONObject([("resources", .object(JSONObject([("limits", .object(JSONObject([("memory", .string("2Gi"))])))])))]))])
        ),
    ])

    @Test func flattensToDottedKeysInOrder() {
        let flat = ConfigFlattener.flatten(Self.previous)
        #expect(
            flat.map(\.key) == [
                "database.pool.size", "database.pool.timeout", "database.host", "env.REDIS_URL", "env.FEATURE_NEW_CHECKOUT", "env.LOG_FORMAT",
                "containers[0].resources.limits.memory",
            ])
        #expect(flat.first?.value == .number(20))
        let empty = ConfigFlattener.flatten(JSONObject([("list", .array([])), ("nested", .object(JSONObject([("obj", .object(JSONObject()))])))]))
        #expect(empty.map(\.key) == ["list", "nested.obj"])
    }

    @Test func diffsAddedRemovedChangedWithUnitsRatioAndRisk() throws {
        let signals = ConfigAnalyzer().analyze(ConfigSnapshot(previous: Self.previous, current: Self.current), errorMessages: [])
        #expect(signals.diffed)
        #expect(
            signals.changes.map(\.key) == [
                "database.pool.size", "database.pool.timeout", "env.REDIS_URL", "env.FEATURE_NEW_CHECKOUT", "env.API_TOKEN",
                "containers[0].resources.limits.memory", "env.LOG_FORMAT",
            ])
        let byKey = Dictionary(uniqueKeysWithValues: signals.changes.map { ($0.key, $0) })
        let pool = try #require(byKey["database.pool.size"])
        #expect(pool.kind == .changed && pool.numericBefore == 20 && pool.numericAfter == 5 && pool.ratio == 0.25 && pool.direction == .down)
        #expect(pool.risk == .pool && pool.risky)
        let timeout = try #require(byKey["database.pool.timeout"])
        #expect(timeout.numericBefore == 30 && timeout.numericAfter == 0.5 && timeout.risk == .timeout)
        let memory = try #require(byKey["containers[0].resources.limits.memory"])
        #expect(memory.numericBefore == 536_870_912 && memory.numericAfter == 2_147_483_648 && memory.ratio == 4 && memory.direction == .up)
        #expect(memory.risk == .resources)
        #expect(byKey["env.REDIS_URL"]?.risk == .endpoint)
        #expect(byKey["env.FEATURE_NEW_CHECKOUT"]?.risk == .flag && byKey["env.FEATURE_NEW_CHECKOUT"]?.numericAfter == nil)
        #expect(byKey["env.API_TOKEN"]?.kind == .added && byKey["env.API_TOKEN"]?.risk == .credential)
        let removed = try #require(byKey["env.LOG_FORMAT"])
        #expect(removed.kind == .removed && removed.before == .string("json") && removed.after == nil && removed.risk == .other && !removed.risky)
        #expect(signals.current["database.pool.size"] == .number(5) && signals.current.count == 7)
    }

    @Test func withoutPreviousOnlyCurrentIsKnown() {
        let signals = ConfigAnalyzer().analyze(ConfigSnapshot(current: Self.current), errorMessages: ["anything"])
        #expect(!signals.diffed && signals.changes.isEmpty && signals.current["env.REDIS_URL"] == .string("redis://cache-b:6379/0"))
        #expect(ConfigAnalyzer().analyze(nil, errorMessages: []) == ConfigSignals())
    }

    @Test func mentionedInErrorsByValueOrHostButNotTrivialValues() throws {
        let errors = ["redis.exceptions.ConnectionError: Error connecting to cache-b:6379. Name or service not known"]
        let signals = ConfigAnalyzer().analyze(ConfigSnapshot(previous: Self.previous, current: Self.current), errorMessages: errors)
        let byKey = Dictionary(uniqueKeysWithValues: signals.changes.map { ($0.key, $0) })
        #expect(byKey["env.REDIS_URL"]?.mentionedInErrors == true)
        #expect(byKey["database.pool.size"]?.mentionedInErrors == false)
        // "true" appears in plenty of messages; it must not count.
        let trivial = ConfigAnalyzer().analyze(
            ConfigSnapshot(previous: Self.previous, current: Self.current), errorMessages: ["flag evaluated to true for user 5"])
        #expect(trivial.changes.allSatisfy { !$0.mentionedInErrors })
        let timeout = ConfigAnalyzer().analyze(
            ConfigSnapshot(previous: Self.previous, current: Self.current),
            errorMessages: ["QueuePool limit reached, connection timed out after 500ms"])
        #expect(timeout.changes.first { $0.key == "database.pool.timeout" }?.mentionedInErrors == true)
    }

    @Test func riskClassesFromKeyWords() {
        let cases: [(String, ConfigRisk)] = [
            ("spring.datasource.hikari.maximumPoolSize", .pool), ("db.max_connections", .pool), ("http.client.readTimeout", .timeout),
            ("grpc.deadline_ms", .timeout), ("worker.max_retries", .retries), ("queue.attempts", .retries), ("cache.ttl", .cache),
            ("redis.db", .cache), ("services.payments.base_url", .endpoint), ("db.port", .endpoint), ("kafka.brokers", .endpoint),
            ("features.enable_new_pricing", .flag), ("api.rate_limit", .limit), ("uploads.max_body_bytes", .limit), ("tenant.quota", .limit),
            ("db.password", .credential), ("stripe.api_key", .credential), ("server.tls.cert_file", .tls), ("db.sslmode", .tls),
            ("resources.requests.cpu", .resources), ("replicas", .resources), ("app.name", .other), ("report.format", .other),
        ]
        for (key, expected) in cases {
            let change = ConfigAnalyzer().analyze(
                ConfigSnapshot(previous: JSONObject([(key, .string("a"))]), current: JSONObject([(key, .string("b"))])), errorMessages: []
            ).changes.first
            #expect(change?.risk == expected, "\(key)")
            #expect(change?.risky == (expected != .other))
        }
    }

    @Test func unitParsing() {
        let cases: [(String, Double?)] = [
            ("512Mi", 536_870_912), ("2Gi", 2_147_483_648), ("1G", 1e9), ("30s", 30), ("500ms", 0.5), ("5m", 300), ("2h", 7200), ("5%", 5),
            ("1.5", 1.5), ("-3", -3), ("100KB", 100_000), ("64KiB", 65536), ("10 seconds", 10), ("1_000", 1000), ("abc", nil), ("5 apples", nil),
            ("", nil),
            ("1.4.2", nil), ("10.0.0.1", nil), ("2026-01-01", nil), ("1,2,3", nil), ("redis-1", nil), ("v2", nil),
        ]
        for (text, expected) in cases {
            let change = ConfigAnalyzer().analyze(
                ConfigSnapshot(previous: JSONObject([("x", .string(text))]), current: JSONObject([("x", .string(text + " "))])), errorMessages: []
            ).changes.first
            #expect(change?.numericBefore == expected, "\(text)")
        }
    }
}
