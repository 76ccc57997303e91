/// What a numeric setting in code or config governs, read from the words around it.
enum SettingClass: Sendable, Equatable {
    case cacheTTL, cost, pool, retry, backoff, timeout, rateLimit, port

    /// Classifies the lowercase text naming a setting (`pool_size=`, `db.setmaxopenconns(`, `@cache(ttl=`).
    static func classify(_ context: String) -> SettingClass? {
        func has(_ needles: [String]) -> Bool { needles.contains { context.has($0) } }
        let cacheish = has(["cache", "redis", "memo", "memcache"])
        if has(["ttl", "expire", "max_age", "maxage", "max-age", "setex", "expires_in", "expiry"]) || cacheish && has(["timeout", "duration"]) {
            return .cacheTTL
        }
        if has(["gensalt", "rounds", "bcrypt", "pbkdf2", "iterations", "work_factor", "workfactor", "argon2", "scrypt"]) { return .cost }
        let threadish = has(["thread", "worker", "process", "executor", "goroutine"])
        if !threadish {
            if has([
                "pool_size", "poolsize", "pool-size", "max_overflow", "maxoverflow", "max-overflow", "maximum-pool-size", "maximumpoolsize",
                "setmaxopenconns", "setmaxidleconns", "max_connections", "maxconnections", "max-connections", "minimumidle", "minimum-idle",
                "max_pool", "maxpool", "min_pool", "minpool", "connection_limit", "connectionlimit", "max_conns", "maxconns", "pool_max",
                "pool_min",
            ]) {
                return .pool
            }
            if context.has("pool"), has(["size", "max", "min", "idle", "limit", "connections"]) { return .pool }
        }
        if has(["backoff", "back_off"]) { return .backoff }
        if has(["retry", "retries", "attempts", "max_attempts", "maxattempts"]) { return .retry }
        if has(["timeout", "deadline", "time_out", "timeout_ms", "timeoutms"]) { return .timeout }
        if has([
            "ratelimit", "rate_limit", "rate-limit", "limiter", "throttle", "requests_per", "burst", "rps", "qps",
        ]) {
            return .rateLimit
        }
        if hasPortWord(context) { return .port }
        return nil
    }

    /// True when a word of `context` is a port (`port`, `db_port`, `dbport`), not `report`/`import`/`support`.
    private static func hasPortWord(_ context: String) -> Bool {
        let excluded = ["report", "import", "export", "support", "transport", "passport", "sport", "viewport", "teleport", "airport"]
        for word in context.split(whereSeparator: { !$0.isLetter }) where word.hasSuffix("port") {
            if !excluded.contains(where: { word.hasSuffix($0) }) { return true }
        }
        return false
    }
}
