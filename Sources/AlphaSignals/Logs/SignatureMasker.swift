/// Turns a message into its template: variables become `<*>` so that lines differing only in ids, numbers,
/// durations, addresses, quoted values, emails, path ids or `key=value` values share one signature.
/// Works token by token on bytes; also collects the hosts (dependencies) the message names.
///
/// Kept literally: words, hostnames (`payments.internal`), URL hosts, words with a short version-like digit
/// suffix (`x509`, `sha256`, `v1`) and small status/exit/errno numbers right after `status`, `code`, `exit`,
/// `signal`, `errno`, `error`, `http`, `returned`, `response` (so `exit code 137` and `status 503` stay distinct).
enum SignatureMasker {
    static let variable: [UInt8] = Array("<*>".utf8)

    static func mask(_ m: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], hosts: inout [String], collectHosts: Bool) {
        let n = m.count
        var i = 0
        var keepNumber = false
        while i < n {
            let c = m[i]
            if LogBytes.isSpace(c) || c == 10 {
                if let last = out.last, last != 32 { out.append(32) }
                i += 1
                continue
            }
            if c == UInt8(ascii: "\"") || (c == UInt8(ascii: "'") && (i == 0 || !LogBytes.isAlnum(m[i - 1]))) {
                if let close = closingQuote(m, c, i + 1) {
                    // `host='api.stripe.com'`: a quoted value of a host-like key names a dependency.
                    if collectHosts, close > i + 1, i >= 2, m[i - 1] == UInt8(ascii: "=") {
                        var keyStart = i - 1
                        while keyStart > 0, LogBytes.isAlnum(m[keyStart - 1]) || m[keyStart - 1] == UInt8(ascii: "_") { keyStart -= 1 }
                        if isHostKey(m, keyStart, i - 1) { addHost(m, i + 1, close, &hosts, requireSuffix: false) }
                    } else if collectHosts, close > i + 1, schemeEnd(m, i + 1, close) != nil {
                        // `POST request for "https://api.stripe.com/v1/charges"`, `Post "https://…"`: a quoted URL names its host.
                        addHost(m, i + 1, close, &hosts, requireSuffix: false)
                    }
                    out.append(c)
                    if close > i + 1 { out.append(contentsOf: variable) }
                    out.append(c)
                    i = close + 1
                    keepNumber = false
                    continue
                }
            }
            if isDelimiter(c) {
                out.append(c)
                i += 1
                continue
            }
            // The first byte always belongs to the token (an unmatched quote included), so the scan advances.
            var e = i + 1
            while e < n, !LogBytes.isSpace(m[e]), m[e] != 10, !isDelimiter(m[e]), m[e] != UInt8(ascii: "\"") { e += 1 }
            var tokenEnd = e
            while tokenEnd > i + 1, isTrailingPunctuation(m[tokenEnd - 1]) { tokenEnd -= 1 }
            let keepsNext = token(m, i, tokenEnd, keepNumber: keepNumber, into: &out, hosts: &hosts, collectHosts: collectHosts)
            if tokenEnd < e { out.append(contentsOf: UnsafeBufferPointer(rebasing: m[tokenEnd..<e])) }
            keepNumber = keepsNext
            i = e
        }
        while let last = out.last, last == 32 { out.removeLast() }
    }

    /// Masks one token; returns whether the next small number should stay literal.
    private static func token(
        _ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, keepNumber: Bool, into out: inout [UInt8], hosts: inout [String], collectHosts: Bool
    ) -> Bool {
        var digits = 0
        var letters = 0
        var equals = -1
        var at = -1
        var dots = 0
        var colons = 0
        var upper = 0
        var firstNonAlpha = -1
        for k in s..<e {
            let c = m[k]
            if LogBytes.isDigit(c) {
                digits += 1
                if firstNonAlpha < 0 { firstNonAlpha = k }
            } else if LogBytes.isAlpha(c) {
                letters += 1
                if LogBytes.isUpper(c) { upper += 1 }
            } else {
                if firstNonAlpha < 0 { firstNonAlpha = k }
                if c == UInt8(ascii: "=") && equals < 0 {
                    equals = k
                } else if c == UInt8(ascii: "@") {
                    at = k
                } else if c == UInt8(ascii: ".") {
                    dots += 1
                } else if c == UInt8(ascii: ":") {
                    colons += 1
                }
            }
        }
        let raw = UnsafeBufferPointer(rebasing: m[s..<e])
        if colons > 0, let scheme = schemeEnd(m, s, e) {
            url(m, s, e, schemeEnd: scheme, into: &out, hosts: &hosts, collectHosts: collectHosts)
            return false
        }
        if equals > s {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: m[s...equals]))
            if equals + 1 < e {
                out.append(contentsOf: variable)
                if collectHosts, isHostKey(m, s, equals) {
                    var valueStart = equals + 1
                    var valueEnd = e
                    if m[valueStart] == UInt8(ascii: "'") || m[valueStart] == UInt8(ascii: "\"") { valueStart += 1 }
                    if valueEnd > valueStart, m[valueEnd - 1] == UInt8(ascii: "'") || m[valueEnd - 1] == UInt8(ascii: "\"") { valueEnd -= 1 }
                    if valueEnd > valueStart { addHost(m, valueStart, valueEnd, &hosts, requireSuffix: false) }
                }
            }
            return false
        }
        if m[s] == UInt8(ascii: "/") || (m[s] == UInt8(ascii: "~") && e > s + 1 && m[s + 1] == UInt8(ascii: "/")) {
            path(m, s, e, into: &out)
            return false
        }
        if at > s, dots > 0 {
            out.append(contentsOf: variable)
            return false
        }
        if digits == 0 {
            out.append(contentsOf: raw)
            if collectHosts, dots > 0, upper == 0 { addHost(m, s, e, &hosts, requireSuffix: true) }
            return isNumberKeyword(m, s, e)
        }
        // Words with a short version-like suffix: x509, sha256, v1, http2, utf8, ipv6.
        if letters > 0, firstNonAlpha > s, digits <= 3, digits == e - firstNonAlpha {
            out.append(contentsOf: raw)
            return false
        }
        if keepNumber, digits == e - s, digits <= 3 {
            out.append(contentsOf: raw)
            return false
        }
        if collectHosts, colons == 1, letters > 0, let colon = LogBytes.find(UInt8(ascii: ":"), in: m, from: s, to: e),
            LogBytes.isAlpha(m[s]) || LogBytes.isDigit(m[s]), colon + 1 < e, LogBytes.digits(m, colon + 1, e - colon - 1) != nil,
            !isFileName(m, s, colon),
            !isCounterName(m, s, colon)
        {
            hosts.append(LogBytes.string(m, s, e))
        } else if collectHosts, colons == 1, letters == 0, dots == 3 {
            hosts.append(LogBytes.string(m, s, e))  // ip:port
        }
        out.append(contentsOf: variable)
        return false
    }

    /// `scheme://host[:port]/path?query`: keeps scheme and host, masks the port, path ids and query.
    private static func url(
        _ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, schemeEnd: Int, into out: inout [UInt8], hosts: inout [String], collectHosts: Bool
    ) {
        let hostStart = schemeEnd + 3
        var hostEnd = hostStart
        while hostEnd < e, m[hostEnd] != UInt8(ascii: "/"), m[hostEnd] != UInt8(ascii: "?"), m[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
        var authorityEnd = hostEnd
        while authorityEnd < e, m[authorityEnd] != UInt8(ascii: "/"), m[authorityEnd] != UInt8(ascii: "?") { authorityEnd += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: m[s..<hostEnd]))
        if authorityEnd > hostEnd {
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: variable)
        }
        if collectHosts, hostEnd > hostStart { hosts.append(LogBytes.string(m, hostStart, authorityEnd)) }
        if authorityEnd < e { path(m, authorityEnd, e, into: &out) }
    }

    /// A path: segments holding digits or long hex are ids; a query string is masked whole.
    private static func path(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, into out: inout [UInt8]) {
        var i = s
        while i < e {
            let c = m[i]
            if c == UInt8(ascii: "?") {
                out.append(c)
                out.append(contentsOf: variable)
                return
            }
            if c == UInt8(ascii: "/") {
                out.append(c)
                i += 1
                continue
            }
            var j = i
            var digits = 0
            var hex = 0
            while j < e, m[j] != UInt8(ascii: "/"), m[j] != UInt8(ascii: "?") {
                if LogBytes.isDigit(m[j]) { digits += 1 }
                if LogBytes.isHex(m[j]) { hex += 1 }
                j += 1
            }
            let length = j - i
            let versionLike = length <= 3 && LogBytes.isAlpha(m[i])
            if (digits > 0 && !versionLike) || (length >= 16 && hex == length) {
                out.append(contentsOf: variable)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: m[i..<j]))
            }
            i = j
        }
    }

    /// Adds `s..<e` as a host when it looks like one (lowercase dotted name with a known suffix, or host:port).
    private static func addHost(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ hosts: inout [String], requireSuffix: Bool) {
        if let scheme = schemeEnd(m, s, e) {
            var h = scheme + 3
            while h < e, m[h] != UInt8(ascii: "/"), m[h] != UInt8(ascii: "?") { h += 1 }
            if h > scheme + 3 { hosts.append(LogBytes.string(m, scheme + 3, h)) }
            return
        }
        var labels = 0
        var lastDot = s - 1
        var colon = e
        for k in s..<e {
            let c = m[k]
            if c == UInt8(ascii: ":") {
                colon = k
                break
            }
            if c == UInt8(ascii: ".") {
                guard k > lastDot + 1 else { return }
                labels += 1
                lastDot = k
            } else if !(LogBytes.isAlnum(c) || c == UInt8(ascii: "-")) || LogBytes.isUpper(c) {
                return
            }
        }
        guard colon > lastDot + 1 else { return }
        if requireSuffix {
            guard labels >= 1, hasHostSuffix(m, lastDot + 1, colon) else { return }
        } else if labels == 0 && colon == e {
            guard colon - s >= 2 else { return }
        }
        hosts.append(LogBytes.string(m, s, e))
    }

    private static func hasHostSuffix(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        for suffix: StaticString in ["com", "net", "org", "io", "internal", "local", "svc", "lan", "corp", "cloud", "dev", "ai", "co", "us", "eu"]
        where LogBytes.equalsIgnoringCase(m, s, e, suffix) {
            return true
        }
        return false
    }

    private static func isFileName(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard let dot = (s..<e).last(where: { m[$0] == UInt8(ascii: ".") }) else { return false }
        for ext: StaticString in [
            "py", "js", "ts", "go", "java", "kt", "rb", "rs", "c", "cc", "cpp", "h", "swift", "php", "scala", "cs", "mjs", "cjs",
        ]
        where LogBytes.equalsIgnoringCase(m, dot + 1, e, ext) {
            return true
        }
        return false
    }

    /// `pid:1234`, `line:42`, `attempt:3`: a name and a number, not a host and a port.
    private static func isCounterName(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        for key: StaticString in [
            "pid", "tid", "id", "line", "col", "code", "errno", "status", "port", "attempt", "retry", "thread", "worker", "user", "uid",
            "gid", "offset", "size", "len", "count", "exit", "signal", "step", "version", "took", "duration", "at", "row", "shard",
        ] where LogBytes.equalsIgnoringCase(m, s, e, key) {
            return true
        }
        return false
    }

    private static func isHostKey(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        for key: StaticString in ["host", "hostname", "server", "addr", "address", "upstream", "peer", "endpoint", "url", "remote", "target"]
        where LogBytes.equalsIgnoringCase(m, s, e, key) {
            return true
        }
        return false
    }

    private static func isNumberKeyword(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, e - s <= 11 else { return false }
        for key: StaticString in ["status", "code", "exit", "signal", "errno", "error", "http", "returned", "response", "status_code"]
        where LogBytes.equalsIgnoringCase(m, s, e, key) {
            return true
        }
        return false
    }

    /// The index of `:` in `scheme://` when the token starts with one.
    private static func schemeEnd(_ m: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        var k = s
        while k < e, k - s < 12, LogBytes.isAlpha(m[k]) || m[k] == UInt8(ascii: "+") { k += 1 }
        guard k > s, k + 3 <= e, m[k] == UInt8(ascii: ":"), m[k + 1] == UInt8(ascii: "/"), m[k + 2] == UInt8(ascii: "/") else { return nil }
        return k
    }

    private static func closingQuote(_ m: UnsafeBufferPointer<UInt8>, _ quote: UInt8, _ from: Int) -> Int? {
        var j = from
        let limit = min(m.count, from + 512)
        while j < limit {
            let c = m[j]
            if c == 10 { return nil }
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if c == quote, quote == UInt8(ascii: "\"") || j + 1 == m.count || !LogBytes.isAlnum(m[j + 1]) { return j }
            j += 1
        }
        return nil
    }

    @inline(__always)
    private static func isDelimiter(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "[")
            || c == UInt8(ascii: "]") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">")
    }

    @inline(__always)
    private static func isTrailingPunctuation(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: "'")
    }
}
