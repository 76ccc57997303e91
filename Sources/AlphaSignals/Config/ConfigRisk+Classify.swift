extension ConfigRisk {
    /// The risk class of a dotted key, from its words. The last segment decides first (`cache.redis_url` is an endpoint,
    /// `limits.memory` is resources) unless it is only a switch (`cache.enabled` is cache); the whole path is the fallback
    /// (`database.pool.size` is pool).
    static func classify(key: String) -> ConfigRisk {
        let segments = key.split(whereSeparator: { $0 == "." || $0 == "[" || $0 == "]" })
        if let last = segments.last(where: { !$0.allSatisfy(\.isNumber) }), let risk = classify(words: String(last)) {
            // A switch (`cache.enabled`, `retries.disable`) is about its subject: the path decides when it names one.
            if risk == .flag, segments.count > 1, let subject = classify(words: segments.dropLast().joined(separator: ".")), subject != .flag {
                return subject
            }
            return risk
        }
        return classify(words: key) ?? .other
    }

    private static func classify(words text: String) -> ConfigRisk? {
        let lower = text.lowercased()
        let words = Set(splitWords(text))
        func has(_ needles: [String]) -> Bool { needles.contains { lower.has($0) } }
        func word(_ needles: [String]) -> Bool { needles.contains { words.contains($0) } }
        if has(["pool", "max_connections", "maxconnections", "connection_limit", "connectionlimit"]) || word(["connections", "conns"]) {
            return .pool
        }
        if has(["timeout", "deadline", "time_out"]) { return .timeout }
        if has(["retry", "retries", "attempt", "backoff"]) { return .retries }
        if has(["tls", "ssl", "cert"]) { return .tls }
        if has(["password", "passwd", "secret", "token", "credential", "apikey", "api_key", "private_key", "access_key"]) { return .credential }
        if has(["url", "host", "endpoint", "dsn", "addr"]) || word(["uri", "port", "server", "servers", "broker", "brokers", "address"]) {
            return .endpoint
        }
        if has(["cache", "ttl", "redis", "memcache"]) { return .cache }
        if has(["enable", "disable", "flag", "feature"]) { return .flag }
        if has(["limit", "quota", "throttle"]) || word(["rate", "ratelimit", "rps", "qps", "burst"]) || words.contains(where: { $0.hasPrefix("max") })
        {
            return .limit
        }
        if has(["cpu", "memory", "replica", "resources", "heap", "xmx"]) || word(["mem"]) { return .resources }
        if word(["key", "auth"]) { return .credential }
        return nil
    }

    /// `maximumPoolSize` → [maximum, pool, size]; `DB_POOL-SIZE` → [db, pool, size].
    static func splitWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for char in text {
            if !(char.isLetter || char.isNumber) {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if char.isUppercase, previousLower, !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.append(char)
            previousLower = char.isLowercase || char.isNumber
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
