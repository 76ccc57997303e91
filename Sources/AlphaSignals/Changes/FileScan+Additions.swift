extension FileScan {
    /// Detectors for an added (not moved) line; `counterpart` is the removed line it replaced, if paired.
    mutating func scanAddition(
        _ line: CodeLine, counterpart: CodeLine?, lines: [CodeLine], hunk: String, lastQuery: inout (findingIndex: Int, position: Int)?
    ) {
        for rule in LineRules.additions {
            guard rule.match(line, language: language) != nil else { continue }
            if let counterpart, rule.match(counterpart, language: language) != nil { continue }  // already there before
            // Comparing against an insecure mode (`if ctx.verify_mode == ssl.CERT_NONE:`) does not set it.
            if rule.kind == .tlsChanged, line.lower.has("==") || line.lower.hasPrefix("if ") || line.lower.hasPrefix("assert") { continue }
            // A migration's rollback (`def downgrade():` dropping the index its upgrade creates) does not run on deploy.
            if rule.kind == .indexDropped || rule.kind == .indexCreated, Self.isInRollback(line, lines: lines) { continue }
            let names = rule.kind == .indexDropped || rule.kind == .indexCreated ? QueryNames.quotedNames(line.code) : []
            emit(
                rule.kind, line, hunk: hunk, detail: "\(rule.action): \(Self.quote(line.code))", before: counterpart?.raw, after: line.raw,
                names: names)
        }
        scanColumnIndexAdded(line, counterpart: counterpart, hunk: hunk)
        scanQuery(line, counterpart: counterpart, lines: lines, hunk: hunk, lastQuery: &lastQuery)
        scanRawSQL(line, lines: lines, hunk: hunk)
        scanLogging(line, hunk: hunk)
        if counterpart == nil { scanNewSetting(line, lines: lines, hunk: hunk) }
    }

    /// Whether a line sits in a migration's rollback function (alembic `downgrade`, Rails/Knex `down`, Django
    /// `backwards`), judged by the nearest enclosing function header (the closest earlier line indented less).
    static func isInRollback(_ line: CodeLine, lines: [CodeLine]) -> Bool {
        var indent = line.indent
        for candidate in lines.reversed() where candidate.position < line.position && candidate.kind != .removed && !candidate.isBlank {
            guard candidate.indent < indent else { continue }
            indent = candidate.indent
            let lower = candidate.lower
            let header =
                lower.hasPrefix("def ") || lower.hasPrefix("async def ") || lower.hasPrefix("func ") || lower.hasPrefix("function ")
                || lower.has(" void ") || lower.hasPrefix("exports.") || lower.hasPrefix("public ")
            guard header else { continue }
            return ["downgrade", "def down", "down(", "backwards", "rollback"].contains { lower.has($0) }
        }
        return false
    }

    /// `index=True` / `db_index=True` / `@Index(` / `Index(...)` added to a model.
    private mutating func scanColumnIndexAdded(_ line: CodeLine, counterpart: CodeLine?, hunk: String) {
        guard SourceLanguage.code.contains(language) else { return }
        let compact = line.compact
        let markers = ["index=true", "db_index=true", "index:true", "@index(", "models.index("]
        let tableArgsIndex = language == .python && (line.code.hasPrefix("Index(") || line.code.has("(Index(") || line.code.has(" Index("))
        guard markers.contains(where: { compact.hasWord($0) }) || tableArgsIndex else { return }
        if let counterpart, markers.contains(where: { counterpart.compact.hasWord($0) }) { return }
        var names = QueryNames.quotedNames(line.code)
        if names.isEmpty, let key = Self.lineKey(line.lower), !key.hasSuffix("(") { names = [Self.label(key)] }
        emit(
            .indexCreated, line, hunk: hunk, detail: "index added: \(Self.quote(line.code))", before: counterpart?.raw, after: line.raw, names: names)
    }

    /// A new query, or a query whose filter / order / join columns changed.
    private mutating func scanQuery(
        _ line: CodeLine, counterpart: CodeLine?, lines: [CodeLine], hunk: String, lastQuery: inout (findingIndex: Int, position: Int)?
    ) {
        guard let needles = LineRules.queryCalls[language] else { return }
        if language == .python, line.lower.has("np.where(") || line.lower.has("numpy") || line.lower.has("df.") { return }
        var start: Int?
        for needle in needles {
            if let offset = line.lower.utf8Offset(of: needle), start.map({ offset < $0 }) ?? true { start = offset }
        }
        // A chained call on the next line (`.order_by(...)`) belongs to the same query.
        let continuing = line.code.hasPrefix(".") && (lastQuery.map { $0.position + 1 == line.position } ?? false)
        guard start != nil || continuing else { return }
        // Lowercasing keeps ASCII byte offsets; for exotic text a misaligned cut only affects the names read.
        var text = String(decoding: line.code.utf8.dropFirst(start ?? 0), as: UTF8.self)
        // A call split over several lines: read the following added lines until the parentheses balance.
        var balance = text.count(where: { $0 == "(" || $0 == "{" || $0 == "[" }) - text.count(where: { $0 == ")" || $0 == "}" || $0 == "]" })
        var next = line.position + 1
        while balance > 0, next < lines.count, next <= line.position + 8 {
            let follow = lines[next]
            next += 1
            guard follow.kind != .removed else { continue }
            text += " " + follow.code
            balance +=
                follow.code.count(where: { $0 == "(" || $0 == "{" || $0 == "[" }) - follow.code.count(where: { $0 == ")" || $0 == "}" || $0 == "]" })
        }
        let names = QueryNames.columns(in: text)
        // A call with no column read is as likely a list filter as a query; without names it would tell nobody anything.
        if names.isEmpty, !continuing { return }
        if let counterpart {
            let oldNames = QueryNames.columns(in: counterpart.code)
            if Set(oldNames) == Set(names) { return }  // same columns: a renamed variable, not a changed query
        }
        if continuing, let last = lastQuery, findings.indices.contains(last.findingIndex) {
            for name in names where !findings[last.findingIndex].names.contains(name) { findings[last.findingIndex].names.append(name) }
            lastQuery = (last.findingIndex, line.position)
            return
        }
        let detail =
            counterpart.map { "query changed from \(Self.quote($0.code)) to \(Self.quote(line.code))" } ?? "query added: \(Self.quote(line.code))"
        emit(.queryChanged, line, hunk: hunk, detail: detail, before: counterpart?.raw, after: line.raw, names: names)
        lastQuery = (findings.count - 1, line.position)
    }

    /// SQL text in application code.
    private mutating func scanRawSQL(_ line: CodeLine, lines: [CodeLine], hunk: String) {
        guard SourceLanguage.code.contains(language) else { return }
        let code = line.code
        let hasQuote = code.contains("\"") || code.contains("'") || code.contains("`")
        let shaped =
            hasQuote
            && (code.has("SELECT ") && code.has(" FROM") || code.has("INSERT INTO") || code.has("DELETE FROM")
                || code.has("UPDATE ") && code.has(" SET "))
        let explicit = ["$queryraw", "$executeraw", "createnativequery", "nativequery", "find_by_sql", "knex.raw(", "sequelize.query("]
        let sqlWords = ["select ", "insert ", "update ", "delete ", "pragma ", "create ", "alter ", "drop ", "truncate ", " where "]
        // The SQL may start on the next lines (`text("""` then `SELECT ...`).
        let following = lines.dropFirst(line.position).prefix(4).filter { $0.kind != .removed }
        let rawCall =
            LineRules.rawSQLCalls.contains(where: { line.lower.has($0) })
            && following.contains(where: { next in sqlWords.contains(where: { next.lower.has($0) }) })
        guard shaped || rawCall || explicit.contains(where: { line.lower.has($0) }) else { return }
        // Names come from the SQL text, not from the variable it is assigned to.
        let sqlStart = code.firstIndex(where: { $0 == "\"" || $0 == "'" || $0 == "`" }) ?? code.startIndex
        let names = QueryNames.columns(in: String(code[sqlStart...]))
        emit(.rawSQLAdded, line, hunk: hunk, detail: "raw SQL added: \(Self.quote(code))", after: line.raw, names: names)
        if shaped, line.lower.has(" where ") || line.lower.has("order by"), language == .python || language == .ruby {
            emit(.queryChanged, line, hunk: hunk, detail: "query added: \(Self.quote(code))", after: line.raw, names: names)
        }
    }

    /// Log level lowered to DEBUG, or logging to a file added.
    private mutating func scanLogging(_ line: CodeLine, hunk: String) {
        let lower = line.lower
        // Setting the level (`setLevel(DEBUG)`, `level=DEBUG`, `LOG_LEVEL=debug`), not logging at it (`log(Level.DEBUG, ...)`).
        let setsLevel = ["setlevel(", "level=", "level:", "log_level", "loglevel", "logging.level"].contains { line.compact.has($0) }
        let logsAtLevel = ["log(level", ".log(", "isloggable", "isenabled", "withlevel", "isdebugenabled", "=="].contains { line.compact.has($0) }
        let debugLevel = lower.has("debug") && setsLevel && !logsAtLevel && !lower.hasPrefix("if ")
        if debugLevel {
            emit(.diskWriteAdded, line, hunk: hunk, detail: "log level set to DEBUG: \(Self.quote(line.code))", after: line.raw)
            return
        }
        guard SourceLanguage.code.contains(language) else { return }
        let compact = lower.squeezed
        let fileLogging =
            ["filehandler(", "basicconfig(filename", "fs.appendfile", "appendfilesync(", "newfilewriter(", "fileappender", "createwritestream("]
            .contains { compact.has($0) } && !compact.has("rotating")
        let appendMode = compact.has("open(") && (compact.has(",\"a\"") || compact.has(",'a'") || compact.has("\"a+\""))
        if fileLogging || appendMode {
            emit(.diskWriteAdded, line, hunk: hunk, detail: "file writing added: \(Self.quote(line.code))", after: line.raw)
        }
    }

    /// A brand-new line that disables a cache or adds retries.
    private mutating func scanNewSetting(_ line: CodeLine, lines: [CodeLine], hunk: String) {
        let relevant = ["cache", "retr", "attempt"].contains { line.lower.has($0) }
        guard relevant, let key = Self.lineKey(line.lower) else { return }
        let context = Self.enclosingKey(of: line, in: lines) + key
        let value = Self.lineValue(line.code)
        if context.has("cache"), Self.isFalsy(value) || (context.has("disable") && value.lowercased() == "true") {
            emit(.cacheWeakened, line, hunk: hunk, detail: "cache disabled: \(Self.quote(line.code))", after: line.raw, names: [Self.label(context)])
        } else if line.lower.has("dummycache") || line.lower.has("nullcache") {
            emit(.cacheWeakened, line, hunk: hunk, detail: "cache replaced by a no-op backend: \(Self.quote(line.code))", after: line.raw)
        } else if language == .config, SettingClass.classify(context) == .retry, let number = ConfigNumber.parse(value), number > 0 {
            emit(
                .retryChanged, line, hunk: hunk, detail: "retries added: \(Self.quote(line.code))", after: line.raw, newValue: number,
                names: [Self.label(context)])
        } else if line.lower.hasPrefix("@retry") || line.lower.hasPrefix("@retryable") {
            emit(.retryChanged, line, hunk: hunk, detail: "retry decorator added: \(Self.quote(line.code))", after: line.raw)
        }
    }
}
