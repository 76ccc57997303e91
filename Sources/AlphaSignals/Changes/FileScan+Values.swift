extension FileScan {
    /// A removed/added pair of the same setting: numeric changes (pool, timeout, retries, TTL, cost, rate limit, port),
    /// endpoint / TLS / cache-flag value changes.
    mutating func scanValueChange(_ pair: LinePair, lines: [CodeLine], hunk: String) {
        let enclosing = Self.enclosingKey(of: pair.added, in: lines)
        if pair.numericOnly {
            let old = NumberScanner.numbers(in: pair.removed.code)
            let new = NumberScanner.numbers(in: pair.added.code)
            guard old.count == new.count else { return }
            for (before, after) in zip(old, new) where before.value != after.value {
                let context = enclosing + NumberScanner.settingContext(of: pair.added.code, before: after)
                guard let setting = SettingClass.classify(context) else { continue }
                emitSetting(setting, old: before.value, new: after.value, pair: pair, label: Self.label(context), hunk: hunk)
            }
            return
        }
        if scanNamedSettings(pair, enclosing: enclosing, hunk: hunk) { return }
        guard let key = Self.lineKey(pair.added.lower) else { return }
        let oldText = Self.lineValue(pair.removed.code)
        let newText = Self.lineValue(pair.added.code)
        guard oldText != newText else { return }
        // In code, only literal values are settings; `host = build_host(x)` is logic, not configuration.
        let oldDefault = LibraryDefaults.value(of: oldText)
        if language != .config, !((Self.isLiteral(pair.removed.code) || oldDefault != nil) && Self.isLiteral(pair.added.code)) { return }
        if ["def", "function", "func", "async"].contains(where: { key.hasPrefix($0) }) { return }
        let context = enclosing + key
        let label = Self.settingName(pair.added.code) ?? Self.label(context)
        if let setting = SettingClass.classify(context), setting != .port {
            guard let old = ConfigNumber.parse(oldText) ?? oldDefault, let new = ConfigNumber.parse(newText) else { return }
            emitSetting(setting, old: old, new: new, pair: pair, label: label, hunk: hunk)
            return
        }
        let lowerKey = context
        if ["tls", "ssl", "cert", "ca_bundle", "cabundle", "ca_file", "cafile", "verify", "keystore", "truststore"].contains(where: {
            lowerKey.has($0)
        }) {
            emit(
                .tlsChanged, pair.added, hunk: hunk, detail: "\(label) changed from \(Self.quote(oldText)) to \(Self.quote(newText))",
                before: pair.removed.raw, after: pair.added.raw, names: [label])
            return
        }
        if lowerKey.has("cache"), Self.isFalsy(newText), !Self.isFalsy(oldText) {
            emit(
                .cacheWeakened, pair.added, hunk: hunk, detail: "cache disabled: \(label) \(Self.quote(oldText)) → \(Self.quote(newText))",
                before: pair.removed.raw, after: pair.added.raw, names: [label])
            return
        }
        let endpointKey = ["url", "uri", "host", "endpoint", "dsn", "addr", "server", "base_url", "baseurl", "broker"].contains {
            lowerKey.has($0)
        }
        if endpointKey || newText.has("://") || oldText.has("://") || SettingClass.classify(context) == .port {
            emit(
                .endpointChanged, pair.added, hunk: hunk, detail: "\(label) changed from \(Self.quote(oldText)) to \(Self.quote(newText))",
                before: pair.removed.raw, after: pair.added.raw, oldValue: ConfigNumber.parse(oldText), newValue: ConfigNumber.parse(newText),
                names: [label] + Self.hosts(in: newText))
        }
    }

    /// True when the value of a `key = value` line is one literal: a quoted string without concatenation, a number, a boolean.
    static func isLiteral(_ code: String) -> Bool {
        let chars = Array(code)
        guard let (index, isCall) = separator(chars), !isCall else { return false }
        var value = String(chars[(index + 1)...]).trimmedWhitespace
        while let last = value.last, last == "," || last == ";" { value.removeLast() }
        value = value.trimmedWhitespace
        guard let first = value.first else { return false }
        if first == "\"" || first == "'" || first == "`" {
            return value.count >= 2 && value.last == first && !value.dropFirst().dropLast().contains(first)
        }
        if ConfigNumber.parse(value) != nil { return true }
        return ["true", "false", "none", "nil", "null"].contains(value.lowercased())
    }

    /// `name=number` / `name: number` settings inside a changed call or object (`create_engine(url)` →
    /// `create_engine(url, pool_size=5)`): each setting whose value changed or appeared; true when one was reported.
    private mutating func scanNamedSettings(_ pair: LinePair, enclosing: String, hunk: String) -> Bool {
        let old = Self.namedNumbers(pair.removed.lower)
        let new = Self.namedNumbers(pair.added.lower)
        guard !new.isEmpty else { return false }
        var reported = false
        for (name, value) in new where old[name] != value {
            guard let setting = SettingClass.classify(enclosing + name + "=") else { continue }
            let before = old[name] ?? LibraryDefaults.value(of: Self.lineValue(pair.removed.code))
            emitSetting(setting, old: before, new: value, pair: pair, label: name, hunk: hunk)
            reported = true
        }
        return reported
    }

    /// `pool_size=5, "timeout": 30` → [pool_size: 5, timeout: 30].
    static func namedNumbers(_ lower: String) -> [String: Double] {
        var result: [String: Double] = [:]
        let chars = Array(lower)
        for literal in NumberScanner.numbers(in: lower) {
            var index = literal.start - 1
            while index >= 0, chars[index] == " " || chars[index] == "\"" || chars[index] == "'" { index -= 1 }
            guard index >= 0, chars[index] == "=" || chars[index] == ":" else { continue }
            index -= 1
            while index >= 0, chars[index] == " " || chars[index] == "\"" || chars[index] == "'" { index -= 1 }
            let end = index + 1
            while index >= 0, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" || chars[index] == "-" || chars[index] == "." {
                index -= 1
            }
            let name = String(chars[(index + 1)..<max(index + 1, end)])
            // A unit right after the number (`500ms`, `2Gi`) converts to the base unit, so `500ms` → `5s` reads as a raise.
            var unitEnd = literal.end
            while unitEnd < chars.count, chars[unitEnd].isLetter || chars[unitEnd] == "%" { unitEnd += 1 }
            let value = ConfigNumber.parse(String(chars[literal.start..<unitEnd])) ?? literal.value
            if !name.isEmpty, result[name] == nil { result[name] = value }
        }
        return result
    }

    private mutating func emitSetting(_ setting: SettingClass, old: Double?, new: Double?, pair: LinePair, label: String, hunk: String) {
        let change = Self.describe(old: old, new: new)
        let lowered = (old ?? 0) > (new ?? 0)
        let kind: CommitFindingKind
        let detail: String
        switch setting {
        case .cacheTTL:
            guard let old, let new, new < old else { return }
            kind = .cacheWeakened
            detail = "cache TTL lowered: \(label) \(change)"
        case .cost:
            guard let old, let new, new > old else { return }
            kind = .costRaised
            detail = "hashing cost raised: \(label) \(change)"
        case .pool:
            kind = .poolSizeChanged
            detail = "pool size \(label) \(change)"
        case .retry:
            kind = .retryChanged
            detail = "retries \(label) \(change)"
        case .backoff:
            guard lowered else { return }
            kind = .retryChanged
            detail = "retry backoff lowered: \(label) \(change)"
        case .timeout:
            kind = .timeoutChanged
            detail = "timeout \(label) \(change)"
        case .rateLimit:
            kind = .rateLimitChanged
            detail = "rate limit \(label) \(change)"
        case .port:
            kind = .endpointChanged
            detail = "port \(label) \(change)"
        }
        emit(
            kind, pair.added, hunk: hunk, detail: detail, before: pair.removed.raw, after: pair.added.raw, oldValue: old, newValue: new,
            names: [label])
    }

    static func describe(old: Double?, new: Double?) -> String {
        let oldText = old.map(format) ?? "?"
        let newText = new.map(format) ?? "?"
        guard let old, let new else { return "\(oldText) → \(newText)" }
        return "\(oldText) → \(newText) (\(new > old ? "raised" : new < old ? "lowered" : "unchanged"))"
    }

    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The name a line assigns or calls, as written: `static final int DEFAULT_RETRY_LIMIT = 3;` → `DEFAULT_RETRY_LIMIT`.
    static func settingName(_ code: String) -> String? {
        let chars = Array(code)
        guard let (index, _) = separator(chars) else { return nil }
        let tokens = String(chars[..<index]).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") })
        return tokens.last.map(String.init)
    }

    /// A readable setting name from its context: the last identifier-ish run (`pool_size`, `SetMaxOpenConns`, `pool.max`).
    static func label(_ context: String) -> String {
        let words = context.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        let meaningful = words.filter { $0.contains(where: \.isLetter) }
        guard let last = meaningful.last else { return context.squeezed }
        if meaningful.count >= 2, ["max", "min", "size", "idle", "ttl", "timeout"].contains(String(last)) {
            return "\(meaningful[meaningful.count - 2]).\(last)"
        }
        return String(last)
    }

    static func isFalsy(_ value: String) -> Bool {
        let lower = value.lowercased()
        if ["false", "0", "off", "no", "none", "null", "disabled", "nil"].contains(lower) { return true }
        return lower.has("dummycache") || lower.has("nullcache") || lower.has("nocache")
    }

    /// Host names in a value (`postgres://u@db-2.internal:5432/x` → `db-2.internal`).
    static func hosts(in value: String) -> [String] {
        var text = Substring(value)
        if let scheme = text.firstRange(of: "://") { text = text[scheme.upperBound...] }
        if let at = text.lastIndex(of: "@") { text = text[text.index(after: at)...] }
        let host = text.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "\"" && $0 != "'" && $0 != " " }
        guard host.contains("."), host.count >= 3 || value.has("://") else {
            return value.has("://") && !host.isEmpty ? [String(host)] : []
        }
        return [String(host)]
    }
}
