/// Reads an `ErrorCategory` from a message's wording with a keyword table, most specific first
/// (a pool timeout also says "timed out"; a gunicorn `WORKER TIMEOUT` is a crash, not a timeout; a Go nil
/// dereference is a null reference even though it also says SIGSEGV).
/// Patterns are lowercase; the message is compared ignoring ASCII case. Numeric patterns match whole words.
enum ErrorCategorizer {
    struct Rule {
        let category: ErrorCategory
        let phrases: [StaticString]
        let words: [StaticString]

        init(_ category: ErrorCategory, _ phrases: [StaticString], words: [StaticString] = []) {
            self.category = category
            self.phrases = phrases
            self.words = words
        }
    }

    static let rules: [Rule] = [
        Rule(
            .poolTimeout,
            [
                "queuepool limit", "connection is not available, request timed out", "pool timeout", "pooltimeout", "pool exhausted",
                "pool is exhausted", "timed out waiting for a connection", "timeout waiting for connection from pool",
                "timeout acquiring connection", "unable to acquire connection", "could not get a connection from the pool",
                "connection pool timeout", "timeout waiting for idle object",
            ]),
        Rule(
            .tooManyConnections,
            [
                "too many clients", "remaining connection slots are reserved", "too many connections", "max_connections",
                "max number of clients reached", "maxclients",
            ]),
        // Credentials refused by a server we log in to: before the connection rules, since the message also says the
        // connection failed (`connection to server at "pg" failed: FATAL: password authentication failed`).
        Rule(
            .authFailure,
            [
                "password authentication failed", "authentication failed for user", "access denied for user", "sqlstate 28p01",
                "sasl authentication failed", "wrongpass", "noauth authentication required", "login failed for user",
                "invalid username or password", "invalid_password", "invalidpassword",
            ]),
        Rule(
            .lockTimeout, ["lock wait timeout exceeded", "could not obtain lock", "lock timeout", "lock not available", "lockacquisitionexception"]),
        Rule(.statementTimeout, ["canceling statement due to statement timeout", "statement timeout", "querycanceled", "query_canceled"]),
        Rule(.deadlock, ["deadlock"]),
        Rule(.slowQuery, ["slow query", "ms  statement:", "ms statement:", "slow_query", "long running query", "query took"]),
        Rule(
            .migration,
            [
                "migration", "alembic", "flyway", "liquibase", "already exists", "undefinedtable", "undefinedcolumn", "no such table",
                "no such column", "unknown column", "schema version",
            ]),
        Rule(
            .oom,
            [
                "memoryerror", "outofmemory", "out of memory", "oomkilled", "oom-kill", "oom killer", "cannot allocate memory",
                "heap out of memory", "memory limit exceeded", "gc overhead limit", "failed to allocate",
            ], words: ["oom"]),
        Rule(.diskFull, ["no space left on device", "enospc", "disk full", "disk quota exceeded", "not enough space on the disk"]),
        Rule(.cpuThrottle, ["cpu throttl", "throttled cpu", "cpu quota exceeded"]),
        Rule(
            .nullReference,
            [
                "nonetype", "nullpointerexception", "nil pointer dereference", "cannot read properties of undefined",
                "cannot read properties of null", "cannot read property", "undefined is not an object", "null reference",
                "nullreferenceexception", "invalid memory address",
            ]),
        Rule(
            .crash,
            [
                "worker timeout", "worker exited", "sigkill", "exit code 137", "exited with code", "segmentation fault", "sigsegv",
                "crashloopbackoff", "core dumped", "back-off restarting", "terminated unexpectedly", "worker crashed", "process exited",
            ]),
        Rule(
            .dns,
            [
                "name or service not known", "nxdomain", "getaddrinfo", "no such host", "temporary failure in name resolution",
                "could not resolve host", "unknownhostexception", "name resolution", "nodename nor servname", "dns lookup",
            ]),
        Rule(
            .tls,
            [
                "certificate has expired", "certificate_verify_failed", "certificate verify failed", "x509:", "sslhandshakeexception",
                "ssl handshake", "tls handshake", "sslerror", "ssl error", "self signed certificate", "self-signed certificate",
                "cert_has_expired", "unable to verify the first certificate", "tls: ",
            ]),
        Rule(.rateLimit, ["too many requests", "rate limit", "ratelimit", "rate-limit", "throttlingexception", "rate exceeded"], words: ["429"]),
        Rule(
            .connectionRefused,
            ["connection refused", "econnrefused", "error 111 connecting", "actively refused", "connectexception", "failed to connect"]),
        // A message that announces a retry is about the retrying first, even when it quotes the timeout that caused it
        // (Resilience4j: "Retry 'x', waiting 100ms until attempt '3'. Last attempt failed with ... TimeoutException").
        Rule(.retry, ["until attempt", "retrying in", "retry attempt", "will retry", "backing off", "retry '"]),
        Rule(
            .timeout,
            [
                "timed out", "timeout", "readtimeout", "context deadline exceeded", "etimedout", "deadline exceeded", "gateway time-out",
            ], words: ["504"]),
        Rule(
            .upstreamError,
            [
                "bad gateway", "service unavailable", "upstream", "econnreset", "connection reset", "broken pipe",
                "remote end closed connection", "server disconnected", "unavailable",
            ], words: ["502", "503"]),
        Rule(.retry, ["retrying", "retry", "backing off", "backoff"]),
        Rule(.exception, ["exception", "traceback", "panic:", "error:", "throwable", "stack trace"]),
    ]

    /// The first matching category, or `other`.
    static func categorize(_ text: UnsafeBufferPointer<UInt8>) -> ErrorCategory {
        let n = text.count
        for rule in rules {
            for phrase in rule.phrases where LogBytes.contains(text, 0, n, phrase) { return rule.category }
            for word in rule.words where containsWord(text, word) { return rule.category }
            if rule.category == .retry, hasAttemptCount(text) { return .retry }
        }
        return .other
    }

    static func categorize(_ text: String) -> ErrorCategory {
        LogBytes.withBytes(text) { categorize($0) }
    }

    /// `attempt 3 of 5`, `attempt 2/5`, `attempts: 3`: an attempt with a number (not "attempted to").
    private static func hasAttemptCount(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 7 < text.count {
            if LogBytes.matchesIgnoringCase(text, at: i, "attempt") {
                var j = i + 7
                if j < text.count, LogBytes.lower(text[j]) == UInt8(ascii: "s") { j += 1 }
                while j < text.count,
                    text[j] == UInt8(ascii: " ") || text[j] == UInt8(ascii: ":") || text[j] == UInt8(ascii: "=") || text[j] == UInt8(ascii: "#")
                {
                    j += 1
                }
                if j < text.count, LogBytes.isDigit(text[j]) { return true }
            }
            i += 1
        }
        return false
    }

    private static func containsWord(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard text.count >= count else { return false }
        var i = 0
        while i + count <= text.count {
            if LogBytes.matchesIgnoringCase(text, at: i, word), i == 0 || !LogBytes.isAlnum(text[i - 1]),
                i + count == text.count || !LogBytes.isAlnum(text[i + count])
            {
                return true
            }
            i += 1
        }
        return false
    }
}
