extension FileScan {
    /// Detectors for a removed (not moved) line. `hunkAdded` are the hunk's added lines: a check or decorator that is
    /// still there after the change (re-indented, re-worded, moved) is not reported as removed.
    mutating func scanRemoval(_ line: CodeLine, hunkAdded: [CodeLine], lines: [CodeLine], hunk: String) {
        guard SourceLanguage.code.contains(language) || language == .sql || language == .config else { return }
        if SourceLanguage.code.contains(language), !Self.insideDeletedDefinition(line, lines: lines) {
            scanCacheRemoval(line, hunkAdded: hunkAdded, lines: lines, hunk: hunk)
            scanListRemoval(
                line, needles: LineRules.eagerLoading[language] ?? [], kind: .eagerLoadingRemoved, what: "eager loading", hunkAdded: hunkAdded,
                hunk: hunk)
            scanNullCheckRemoval(line, hunkAdded: hunkAdded, hunk: hunk)
            scanErrorHandlingRemoval(line, hunkAdded: hunkAdded, hunk: hunk)
            scanListRemoval(
                line, needles: ["@limiter.limit", "@ratelimit", "@rate_limit", "@throttle", "ratelimit(", "throttle("], kind: .rateLimitChanged,
                what: "rate limiting", hunkAdded: hunkAdded, hunk: hunk)
        }
        scanIndexRemoval(line, hunk: hunk)
        if line.lower.has("backoff"), !hunkAdded.contains(where: { $0.lower.has("backoff") }) {
            emit(.retryChanged, line, hunk: hunk, detail: "removed retry backoff: \(Self.quote(line.code))", before: line.raw)
        }
    }

    private mutating func scanCacheRemoval(_ line: CodeLine, hunkAdded: [CodeLine], lines: [CodeLine], hunk: String) {
        let lower = line.lower
        if lower.hasPrefix("@") {
            let name = String(lower.dropFirst().prefix { $0 != "(" && $0 != " " })
            guard LineRules.cacheDecorators.contains(name) else { return }
            // A decorator moved within the file (or re-argumented) is still there.
            if addedInFile.contains(where: { $0.hasPrefix("@" + name + "(") || $0 == "@" + name }) { return }
            let target = hunkFunction(after: line, lines: lines)
            let detail = "removed \(line.code)" + (target.map { " from \($0)" } ?? "")
            emit(.cacheRemoved, line, hunk: hunk, detail: detail, before: line.raw, names: target.map { [$0] } ?? [])
            return
        }
        if lower.has("cacheinterceptor") || lower.has("rails.cache.fetch") {
            emit(.cacheRemoved, line, hunk: hunk, detail: "removed cache use \(Self.quote(line.code))", before: line.raw)
            return
        }
        guard Self.isExplicitCacheCall(lower) else { return }
        if hunkAdded.contains(where: { Self.isExplicitCacheCall($0.lower) }) { return }
        emit(.cacheRemoved, line, hunk: hunk, detail: "removed cache access \(Self.quote(line.code))", before: line.raw)
    }

    /// True when the line goes away with the whole function / class around it (or is a decorator of a deleted function):
    /// deleting dead code removes its checks and caches without weakening anything that still runs.
    static func insideDeletedDefinition(_ line: CodeLine, lines: [CodeLine]) -> Bool {
        let headers = [
            "def ", "async def ", "class ", "function ", "async function ", "func ", "public ", "private ", "protected ", "static ",
            "export function ",
        ]
        func isHeader(_ candidate: CodeLine) -> Bool { headers.contains { candidate.lower.hasPrefix($0) } }
        if line.lower.hasPrefix("@") {
            var index = line.position + 1
            while index < lines.count, index <= line.position + 6 {
                let next = lines[index]
                index += 1
                if next.isBlank || next.kind == .added || next.lower.hasPrefix("@") { continue }
                return next.kind == .removed && isHeader(next)
            }
            return false
        }
        var threshold = line.indent
        var index = line.position - 1
        while index >= 0, index < lines.count, line.position - index <= 300 {
            let candidate = lines[index]
            index -= 1
            guard !candidate.isBlank, candidate.kind != .added, candidate.indent < threshold else { continue }
            if candidate.kind == .context { return false }
            if isHeader(candidate) { return true }
            threshold = candidate.indent
        }
        return false
    }

    static func isExplicitCacheCall(_ lower: String) -> Bool {
        guard lower.has("cache") || lower.has("redis") || lower.has("memcache") else { return false }
        // Plain get/set, and the read-through helpers libraries offer (Go's GetOrLoad, Java's computeIfAbsent, Laravel's remember).
        return [
            ".get(", ".set(", ".setex(", ".fetch(", ".hget(", ".mget(", ".get_or_set(", ".read(", ".write(", ".put(", ".getorset(",
            "getorload(", "getorcompute(", "computeifabsent(", ".remember(", ".wrap(", "loadorstore(", "getorfetch(",
        ].contains { lower.has($0) }
    }

    /// The function a removed decorator decorated: the first `def`/`function`/method line after it in the hunk.
    private func hunkFunction(after line: CodeLine, lines: [CodeLine]) -> String? {
        guard line.position + 1 < lines.count else { return nil }
        for next in lines[(line.position + 1)...].prefix(4) where next.kind != .added && !next.isBlank {
            if next.code.hasPrefix("@") { continue }
            return Self.functionName(next.code)
        }
        return nil
    }

    static func functionName(_ code: String) -> String? {
        var text = Substring(code)
        for prefix in ["async def ", "def ", "async function ", "function ", "func "] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            return String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        }
        // Java / TS method: the identifier before the first `(`.
        guard let paren = text.firstIndex(of: "(") else { return nil }
        let head = text[..<paren].split(separator: " ").last.map(String.init)
        return head?.isEmpty == false ? head : nil
    }

    private mutating func scanListRemoval(
        _ line: CodeLine, needles: [String], kind: CommitFindingKind, what: String, hunkAdded: [CodeLine], hunk: String
    ) {
        guard let needle = needles.first(where: { line.lower.has($0) }) else { return }
        if hunkAdded.contains(where: { $0.lower.has(needle) }) { return }
        emit(
            kind, line, hunk: hunk, detail: "removed \(what): \(Self.quote(line.code))", before: line.raw,
            names: QueryNames.relationNames(line.code, after: needle))
    }

    private mutating func scanNullCheckRemoval(_ line: CodeLine, hunkAdded: [CodeLine], hunk: String) {
        let needles = LineRules.nullChecks[language] ?? []
        guard needles.contains(where: { line.lower.has($0) }) else { return }
        // `if err != nil` is error handling, not a null check.
        if language == .go, line.lower.has("err != nil") || line.lower.has("err == nil") { return }
        // Replaced by another form of the check (`if not user:`, `if (!user)`): still checked.
        let alternatives = needles + ["if not ", "if (!", "if !", "unless ", "hasattr(", "getattr(", "isinstance(", "optional"]
        if hunkAdded.contains(where: { added in alternatives.contains { added.lower.has($0) } }) { return }
        emit(.nullCheckRemoved, line, hunk: hunk, detail: "removed null check \(Self.quote(line.code))", before: line.raw)
    }

    private mutating func scanErrorHandlingRemoval(_ line: CodeLine, hunkAdded: [CodeLine], hunk: String) {
        guard Self.isErrorHandler(line.lower, language: language) else { return }
        if hunkAdded.contains(where: { Self.isErrorHandler($0.lower, language: language) }) { return }
        // `try: x = d[k] except KeyError:` rewritten as `x = d.get(k); if x is None:`: the failure is still handled.
        let checks = (LineRules.nullChecks[language] ?? []).filter { $0 != "if not " }
        if language != .go, hunkAdded.contains(where: { added in checks.contains { added.lower.has($0) } }) { return }
        emit(.errorHandlingRemoved, line, hunk: hunk, detail: "removed error handling \(Self.quote(line.code))", before: line.raw)
    }

    static func isErrorHandler(_ lower: String, language: SourceLanguage) -> Bool {
        switch language {
        case .python: return lower.hasPrefix("except") && (lower.count == 6 || [" ", ":", "("].contains { lower.dropFirst(6).hasPrefix($0) })
        case .javascript, .java: return lower.has("catch (") || lower.has("catch(") || lower.has("} catch") || lower.hasPrefix("catch")
        case .go: return lower.hasPrefix("if err != nil") || lower.has("recover()") || lower.has("; err != nil")
        case .ruby: return lower.hasPrefix("rescue") || lower.has(" rescue ")
        default: return false
        }
    }

    private mutating func scanIndexRemoval(_ line: CodeLine, hunk: String) {
        let compact = line.compact
        let markers = [
            "index=true", "db_index=true", "index:true", "@index(", "@@index(", "t.index", "add_index", "op.create_index(", "createindex",
            "models.index(",
        ]
        let sqlCreate = compact.has("createindex") || compact.has("createuniqueindex")
        let tableArgsIndex = language == .python && (line.code.hasPrefix("Index(") || line.code.has(" Index(") || line.code.has("(Index("))
        guard markers.contains(where: { compact.hasWord($0) }) || sqlCreate || tableArgsIndex else { return }
        // Still declared after the change (same marker on the replacing line in this file): not a drop.
        let key = Self.lineKey(line.lower)
        let stillThere = addedInFile.contains { added in
            (key != nil && added.hasPrefix(key ?? "") && (added.has("index") || added.has("@index"))) || added == compact
        }
        if stillThere { return }
        var names = QueryNames.quotedNames(line.code)
        if names.isEmpty, let key, !key.hasSuffix("(") {
            names = [Self.label(key)]
        }
        emit(.indexDropped, line, hunk: hunk, detail: "index removed: \(Self.quote(line.code))", before: line.raw, names: names)
    }
}
