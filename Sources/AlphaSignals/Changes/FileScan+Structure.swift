extension FileScan {
    /// A query call added inside a loop body (indentation decides what is inside; a heuristic that fits formatted code).
    /// Also a costly call (compiling a regex, a password hash, a deep copy) added inside a loop body: CPU paid per item.
    mutating func scanLoops(_ lines: [CodeLine], hunk: String) {
        guard let calls = LineRules.loopQueryCalls[language] else { return }
        var loops: [(indent: Int, header: String)] = []
        var costlyReported = false
        var outboundReported = false
        for line in lines where !line.isBlank && line.kind != .removed {
            while let top = loops.last, line.indent <= top.indent { loops.removeLast() }
            if line.kind == .added, !costlyReported, let loop = loops.last, let call = LineRules.loopCostlyCalls.first(where: { line.lower.has($0) })
            {
                costlyReported = true
                emit(
                    .costRaised, line, hunk: hunk,
                    detail: "costly call \(call)…) added inside loop \(Self.quote(loop.header)): paid once per item", after: line.raw)
            }
            if line.kind == .added, !outboundReported, let call = LineRules.outboundCalls.first(where: { line.compact.has($0) }),
                let loop = loops.last?.header ?? Self.streamMapping(line, in: lines)
            {
                outboundReported = true
                emit(
                    .rateLimitChanged, line, hunk: hunk,
                    detail: "outbound call \(call)…) added inside loop \(Self.quote(loop)): one request per item", after: line.raw)
            }
            let query = calls.first { line.lower.has($0) }
            if line.kind == .added, let query {
                if let loop = loops.last {
                    emit(
                        .queryInLoop, line, hunk: hunk, detail: "query \(Self.quote(line.code)) added inside loop \(Self.quote(loop.header))",
                        after: line.raw,
                        names: QueryNames.columns(
                            in: String(decoding: line.code.utf8.dropFirst(line.lower.utf8Offset(of: query) ?? 0), as: UTF8.self)))
                } else if language == .python, line.lower.has(" for "), line.lower.has(" in "),
                    line.lower.hasPrefix("[") || line.lower.has("= [")
                {
                    // A comprehension issuing one query per item.
                    let loopStart = line.lower.firstRange(of: " for ")?.lowerBound
                    let queryStart = line.lower.firstRange(of: query)?.lowerBound
                    if let loopStart, let queryStart, queryStart < loopStart {
                        emit(.queryInLoop, line, hunk: hunk, detail: "query inside a comprehension: \(Self.quote(line.code))", after: line.raw)
                    }
                }
            }
            if isLoopHeader(line.lower) { loops.append((line.indent, line.code)) }
        }
    }

    /// A per-item mapping that holds `line`: the line itself or the closest earlier line (`.map(i -> post(…))`, a
    /// stream pipeline over a collection: one call per element).
    static func streamMapping(_ line: CodeLine, in lines: [CodeLine]) -> String? {
        let earlier = lines.last { $0.position < line.position && $0.kind != .removed && !$0.isBlank }
        for candidate in [line] + (earlier.map { [$0] } ?? []) {
            let lower = candidate.lower
            if (lower.has(".map(") || lower.has(".foreach(") || lower.has(".flatmap(")) && (lower.has("->") || lower.has("=>")) {
                return candidate.code
            }
        }
        return nil
    }

    func isLoopHeader(_ lower: String) -> Bool {
        switch language {
        case .python: return (lower.hasPrefix("for ") || lower.hasPrefix("async for ") || lower.hasPrefix("while ")) && lower.hasSuffix(":")
        case .javascript, .java:
            return lower.hasPrefix("for (") || lower.hasPrefix("for(") || lower.hasPrefix("for await") || lower.hasPrefix("while (")
                || lower.has(".foreach(") || (lower.has(".map(") && lower.has("=>") && lower.hasSuffix("{"))
        case .go: return lower.hasPrefix("for ") || lower.hasPrefix("for{")
        case .ruby:
            return lower.hasPrefix("for ") || lower.hasPrefix("while ") || lower.hasSuffix(" do") || lower.has(" do |")
                || lower.has(".each {")
        default: return false
        }
    }

    /// A migration: a new file under a migrations directory (or a Flyway `V1__x.sql`), or schema-changing statements.
    mutating func scanMigration() {
        guard language != .config else { return }
        let path = file.path.lowercased()
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let flyway = name.hasPrefix("v") && name.dropFirst().first?.isNumber == true && name.has("__") && name.hasSuffix(".sql")
        let migrationPath =
            flyway || path.has("migrations/") || path.has("db/migrate/") || path.has("alembic/") || path.has("liquibase")
            || path.has("/migration/")
        let statement = addedLines.first { entry in
            let lower = entry.line.lower
            // Every migration needle names a table, a column, a model or a migration API: a cheap gate first.
            let candidate = ["table", "column", "migrations.", "op.", "queryinterface"].contains { lower.has($0) }
            return candidate && LineRules.migrationNeedles.contains { lower.has($0) }
        }
        if let statement {
            emit(
                .migrationAdded, statement.line, hunk: statement.hunk, detail: "schema migration: \(Self.quote(statement.line.code))",
                after: statement.line.raw, names: QueryNames.quotedNames(statement.line.code))
        } else if migrationPath, file.status == .added || file.status == .renamed, let first = addedLines.first {
            emit(.migrationAdded, first.line, hunk: first.hunk, detail: "migration file added: \(file.path)", names: [name])
        }
    }

    /// A module-level / static collection that this commit makes grow, with no eviction in sight.
    mutating func scanUnboundedCollections() {
        guard SourceLanguage.code.contains(language) else { return }
        var declared: [String] = []
        for line in visibleLines { if let name = collectionDeclaration(line) { declared.append(name) } }
        guard !declared.isEmpty else { return }
        for name in declared {
            let lowerName = name.lowercased()
            let evicted = visibleLines.contains { line in
                let lower = line.lower
                guard lower.has(lowerName) else { return lower.has("removeeldestentry") }
                return [
                    ".pop", "del ", ".clear(", ".remove(", ".delete(", "delete(", ".popitem", ".shift(", ".splice(", "maxsize", "lru", "evict",
                    ".discard(",
                ]
                .contains { lower.has($0) } || (line.indent > 0 && lower.squeezed.hasPrefix(lowerName + "={}"))
            }
            guard !evicted else { continue }
            // Growth at module level runs once at import; only growth inside a function runs per call.
            let growth = addedLines.first { entry in
                guard entry.line.indent > 0 else { return false }
                let compact = entry.line.compact
                guard compact.has(lowerName) else { return false }
                let grows = [
                    ".append(", ".add(", ".push(", ".set(", ".put(", ".setdefault(", ".update(", ".computeifabsent(", ".extend(", ".insert(", "<<",
                ].contains {
                    compact.has(lowerName + $0)
                }
                let assigns = compact.hasPrefix(lowerName + "[") && compact.has("]=") || compact.hasPrefix(lowerName + "=append(" + lowerName)
                // `OPS.put(0, "none")` fills a fixed table; only data-driven keys grow without bound.
                return (grows || assigns) && !Self.onlyLiterals(after: lowerName, in: entry.line.lower)
            }
            guard let growth else { continue }
            emit(
                .unboundedCollection, growth.line, hunk: growth.hunk,
                detail: "module-level collection `\(name)` only grows (no eviction): \(Self.quote(growth.line.code))", after: growth.line.raw,
                names: [name])
        }
    }

    /// True when what follows `name` on the line has no identifiers outside string literals (`["csv"]`, `.put(0, "x")`).
    static func onlyLiterals(after name: String, in lower: String) -> Bool {
        guard let offset = lower.utf8Offset(of: name) else { return false }
        let rest = String(decoding: lower.utf8.dropFirst(offset + name.utf8.count), as: UTF8.self)
        var quote: Character?
        var sawCall = false
        for char in rest {
            if let open = quote {
                if char == open { quote = nil }
                continue
            }
            if char == "\"" || char == "'" || char == "`" {
                quote = char
            } else if char == "(" || char == "[" {
                sawCall = true
            } else if sawCall, char.isLetter || char == "_" {
                return false
            }
        }
        return sawCall
    }

    /// The name of a module-level / static collection declared by `line`, if it declares one.
    private func collectionDeclaration(_ line: CodeLine) -> String? {
        let compact = line.compact
        let empties = [
            "{}", "[]", "dict()", "list()", "set()", "defaultdict(", "ordereddict()", "newmap()", "newset()", "hash.new", "map[", "make(map[",
        ]
        switch language {
        case .python, .ruby, .javascript, .go:
            guard line.indent == 0 else { return nil }
            if language == .go, let name = Self.goZeroValueCollection(line.code) { return name }
            var text = line.code
            for prefix in ["export ", "const ", "let ", "var "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
            guard let equals = text.firstIndex(of: "=") else { return nil }
            let value = String(text[text.index(after: equals)...]).lowercased().squeezed
            guard empties.contains(where: { value.hasPrefix($0) }) else { return nil }
            let head = text[..<equals].split(separator: ":").first.map { String($0).trimmedWhitespace } ?? ""
            let name = head.split(separator: " ").first.map(String.init) ?? head
            return name.isEmpty || !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "@" }) ? nil : name
        case .java:
            guard compact.has("static"),
                ["newhashmap", "newconcurrenthashmap", "newarraylist", "newhashset", "newlinkedlist", "newlinkedhashmap"].contains(
                    where: compact.contains)
            else { return nil }
            guard let equals = line.code.firstIndex(of: "=") else { return nil }
            return line.code[..<equals].split(separator: " ").last.map(String.init)
        default:
            return nil
        }
    }

    /// Go's zero-value declarations: `var recent []requestSnapshot`, `var seen map[string]bool` (usable without `make`).
    static func goZeroValueCollection(_ code: String) -> String? {
        guard code.hasPrefix("var ") else { return nil }
        let parts = code.dropFirst(4).split(separator: " ", maxSplits: 1)
        guard parts.count == 2, !parts[1].contains("="), parts[1].hasPrefix("[]") || parts[1].hasPrefix("map[") else { return nil }
        let name = String(parts[0])
        return name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) ? name : nil
    }

    /// Temporary files created with no cleanup anywhere in the visible code.
    mutating func scanTempFiles() {
        guard SourceLanguage.code.contains(language) else { return }
        let needles = [
            "mkstemp(", "mktemp(", "namedtemporaryfile(delete=false", "os.createtemp(", "ioutil.tempfile(", "file.createtempfile(",
            "files.createtempfile(", "tmp.filesync(", "tempfile.new(", "tempfile.create(",
        ]
        let created = addedLines.first { entry in
            (entry.line.compact.has("temp") || entry.line.compact.has("tmp")) && needles.contains { entry.line.compact.has($0) }
        }
        // A file named by a clock or a random id is a new file on every call; nothing here ever deletes one.
        let named = created == nil ? addedLines.first { Self.namesAFileUniquely($0.line.compact) } : nil
        guard created != nil || named != nil else { return }
        // Only then the cleanup search over every visible line.
        let cleanup = ["remove", "unlink", "rmtree", "deleteonexit", ".delete(", "rmsync", "cleanup", "close!"]
        if visibleLines.contains(where: { line in cleanup.contains { line.lower.has($0) } }) { return }
        if let created {
            emit(
                .diskWriteAdded, created.line, hunk: created.hunk,
                detail: "temporary file created without cleanup: \(Self.quote(created.line.code))", after: created.line.raw)
        } else if let named {
            emit(
                .diskWriteAdded, named.line, hunk: named.hunk,
                detail: "a new file per call (named by time or id), never removed: \(Self.quote(named.line.code))", after: named.line.raw)
        }
    }

    /// A path built from a clock reading or a random id, on a line that creates or names a file.
    static func namesAFileUniquely(_ compact: String) -> Bool {
        let unique = ["time.time()", "currenttimemillis()", "time.now()", "datetime.now()", "date.now()", "uuid4()", "uuid.new", "randomuuid()"]
        let file = [
            "os.create(", "os.openfile(", "files.newbufferedwriter(", "files.newoutputstream(", "files.write(", "newfileoutputstream(",
            "newfilewriter(", "open(", ".csv", ".json\"", ".log\"", ".jsonl", ".parquet", ".dump",
        ]
        return unique.contains { compact.has($0) } && file.contains { compact.has($0) }
    }
}
