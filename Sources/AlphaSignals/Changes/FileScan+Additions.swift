extension FileScan {
    /// Detectors for an added (not moved) line; `counterpart` is the removed line it replaced, if paired.
    mutating func scanAddition(
        _ line: CodeLine, counterpart: CodeLine?, lines: [CodeLine], hunk: String, lastQuery: inout (findingIndex: Int, position: Int)?
    ) {
        for rule in LineRules.additions {
            guard let needle = rule.match(line, language: language) else { continue }
            if let counterpart, rule.match(counterpart, language: language) != nil { continue }  // already there before
            let names = rule.kind == .indexDropped || rule.kind == .indexCreated ? QueryNames.quotedNames(line.code) : []
            emit(
                rule.kind, line, hunk: hunk, detail: "\(rule.action): \(Self.quote(line.code))", before: counterpart?.raw, after: line.raw,
                names: names)
            _ = needle
        }
        scanColumnIndexAdded(line, counterpart: counterpart, hunk: hunk)
        scanQuery(line, counterpart: counterpart, lines: lines, hunk: hunk, lastQuery: &lastQuery)
        scanRawSQL(line, hunk: hunk)
        scanLogging(line, hunk: hunk)
        if counterpart == nil { scanNewSetting(line, lines: lines, hunk: hunk) }
    }

    /// `index=True` / `db_index=True` / `@Index(` / `Index(...)` added to a model.
    private mutating func scanColumnIndexAdded(_ line: CodeLine, counterpart: CodeLine?, hunk: String) {
        guard SourceLanguage.code.contains(language) else { return }
        let compact = line.lower.squeezed
        let markers = ["index=true", "db_index=true", "index:true", "@index(", "models.index("]
        let tableArgsIndex = line.code.hasPrefix("Index(") || line.code.contains("(Index(") || line.code.contains(" Index(")
        guard markers.contains(where: { compact.contains($0) }) || tableArgsIndex else { return }
        if let counterpart, markers.contains(where: { counterpart.lower.squeezed.contains($0) }) { return }
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
        if language == .python, line.lower.contains("np.where(") || line.lower.contains("numpy") || line.lower.contains("df.") { return }
        var start: String.Index?
        for needle in needles {
            if let range = line.lower.firstRange(of: needle), start.map({ range.lowerBound < $0 }) ?? true { start = range.lowerBound }
        }
        let continuing = lastQuery.map { $0.position + 1 == line.position } ?? false
        guard start != nil || continuing else { return }
        let offset = start.map { line.lower.distance(from: line.lower.startIndex, to: $0) } ?? 0
        var text = String(line.code.dropFirst(offset))
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
    private mutating func scanRawSQL(_ line: CodeLine, hunk: String) {
        guard SourceLanguage.code.contains(language) else { return }
        let code = line.code
        let hasQuote = code.contains("\"") || code.contains("'") || code.contains("`")
        let shaped =
            hasQuote
            && (code.contains("SELECT ") && code.contains(" FROM") || code.contains("INSERT INTO") || code.contains("DELETE FROM")
                || code.contains("UPDATE ") && code.contains(" SET "))
        guard shaped || LineRules.rawSQLCalls.contains(where: { line.lower.contains($0) }) else { return }
        let names = QueryNames.columns(in: code)
        emit(.rawSQLAdded, line, hunk: hunk, detail: "raw SQL added: \(Self.quote(code))", after: line.raw, names: names)
        if shaped, line.lower.contains(" where ") || line.lower.contains("order by"), language == .python || language == .ruby {
            emit(.queryChanged, line, hunk: hunk, detail: "query added: \(Self.quote(code))", after: line.raw, names: names)
        }
    }

    /// Log level lowered to DEBUG, or logging to a file added.
    private mutating func scanLogging(_ line: CodeLine, hunk: String) {
        let lower = line.lower
        let debugLevel =
            lower.contains("level") && lower.contains("debug") && !lower.contains("==") && !lower.hasPrefix("if ")
            && !lower.contains("isenabledfor") && !lower.contains("isdebugenabled")
        if debugLevel {
            emit(.diskWriteAdded, line, hunk: hunk, detail: "log level set to DEBUG: \(Self.quote(line.code))", after: line.raw)
            return
        }
        guard SourceLanguage.code.contains(language) else { return }
        let compact = lower.squeezed
        let fileLogging =
            ["filehandler(", "basicconfig(filename", "fs.appendfile", "appendfilesync(", "newfilewriter(", "fileappender", "createwritestream("]
            .contains { compact.contains($0) } && !compact.contains("rotating")
        let appendMode = compact.contains("open(") && (compact.contains(",\"a\"") || compact.contains(",'a'") || compact.contains("\"a+\""))
        if fileLogging || appendMode {
            emit(.diskWriteAdded, line, hunk: hunk, detail: "file writing added: \(Self.quote(line.code))", after: line.raw)
        }
    }

    /// A brand-new line that disables a cache or adds retries.
    private mutating func scanNewSetting(_ line: CodeLine, lines: [CodeLine], hunk: String) {
        guard let key = Self.lineKey(line.lower) else { return }
        let context = Self.enclosingKey(of: line, in: lines) + key
        let value = Self.lineValue(line.code)
        if context.contains("cache"), Self.isFalsy(value) || (context.contains("disable") && value.lowercased() == "true") {
            emit(.cacheWeakened, line, hunk: hunk, detail: "cache disabled: \(Self.quote(line.code))", after: line.raw, names: [Self.label(context)])
        } else if line.lower.contains("dummycache") || line.lower.contains("nullcache") {
            emit(.cacheWeakened, line, hunk: hunk, detail: "cache replaced by a no-op backend: \(Self.quote(line.code))", after: line.raw)
        } else if SettingClass.classify(context) == .retry, let number = ConfigNumber.parse(value), number > 0 {
            emit(
                .retryChanged, line, hunk: hunk, detail: "retries added: \(Self.quote(line.code))", after: line.raw, newValue: number,
                names: [Self.label(context)])
        } else if line.lower.hasPrefix("@retry") || line.lower.hasPrefix("@retryable") {
            emit(.retryChanged, line, hunk: hunk, detail: "retry decorator added: \(Self.quote(line.code))", after: line.raw)
        }
    }
}
