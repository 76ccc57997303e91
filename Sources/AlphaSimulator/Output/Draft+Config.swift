import AlphaCore

extension Draft {
    /// The healthy configuration tree of the service (Helm-values-like).
    func baseConfig() -> JSONValue {
        func o(_ m: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(m.map { (key: $0.0, value: $0.1) })) }
        return o([
            (
                "service",
                o([("name", .string(IncidentGenerator.service)), ("replicas", .number(3)), ("image", .string("registry.shop.example/orders-api"))])
            ),
            ("server", o([("workers", .number(4)), ("threads", .number(40)), ("timeout_seconds", .number(30))])),
            (
                "database",
                o([
                    ("host", .string("pg-primary")), ("name", .string("orders")), ("user", .string("orders")),
                    ("password_secret", .string("orders-db-v3")),
                    ("pool_size", .number(20)), ("max_overflow", .number(10)), ("pool_timeout", .number(30)), ("statement_timeout_ms", .number(5000)),
                ])
            ),
            ("cache", o([("enabled", .bool(true)), ("url", .string("redis://redis:6379/0")), ("ttl_seconds", .number(300))])),
            (
                "payments",
                o([
                    ("base_url", .string("https://\(dependency)/v1")), ("timeout_seconds", .number(5)), ("retries", .number(2)),
                    ("backoff_ms", .number(100)),
                ])
            ),
            ("logging", o([("level", .string("INFO")), ("format", .string("json"))])),
            ("features", o([("new_checkout_banner", .bool(false)), ("recommendations_v2", .bool(false))])),
        ])
    }

    /// `config_snapshot`: previous/current with the faults' changes (and maybe a harmless one), or only the current tree.
    mutating func config() -> JSONValue {
        let previous = baseConfig()
        var current = previous
        var changed = false
        for f in faults {
            guard case .config(let changes) = f.origin else { continue }
            for c in changes { current = Self.setting(c.keyPath[...], to: c.current, in: current) }
            changed = true
        }
        if style.harmlessConfigChange {
            let pick = rng.int(0...2)
            switch pick {
            case 0: current = Self.setting(["features", "new_checkout_banner"], to: .bool(true), in: current)
            case 1:
                current = Self.setting(["service", "image"], to: .string("registry.shop.example/orders-api:2.\(rng.int(10...40)).0"), in: current)
            default: current = Self.setting(["logging", "format"], to: .string("json-ecs"), in: current)
            }
        }
        if style.configWithPrevious || changed {
            return .object(JSONObject([("previous", previous), ("current", current)]))
        }
        return current
    }

    static func setting(_ path: ArraySlice<String>, to value: JSONValue, in tree: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        var members = tree.objectValue?.members ?? []
        if let i = members.firstIndex(where: { $0.key == key }) {
            members[i].value = setting(path.dropFirst(), to: value, in: members[i].value)
        } else {
            members.append((key, setting(path.dropFirst(), to: value, in: .object(JSONObject()))))
        }
        return .object(JSONObject(members))
    }
}
