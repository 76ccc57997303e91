/// Pulls column, table and relation names out of a line of query / migration code (heuristic, never throws away the line).
enum QueryNames {
    static let stopwords: Set<String> = [
        "where", "order", "orderby", "include", "attributes", "limit", "offset", "take", "skip", "select", "data", "raw", "transaction",
        "lock", "group", "having", "distinct", "relations", "cache", "and", "or", "not", "null", "none", "true", "false", "self", "this",
        "is", "in", "like", "as", "on", "by", "return", "if", "const", "let", "var", "await", "nest", "logging", "plain", "model", "lazy",
        "options", "some", "every", "equals", "gt", "gte", "lt", "lte", "ne", "notin", "contains", "startswith", "endswith", "mode",
        "insensitive", "desc", "asc", "from", "join", "left", "inner", "outer", "set", "values", "into", "update", "delete", "insert",
        "count", "sum", "avg", "max", "min", "nulls", "first", "last", "query", "session", "filter", "exclude", "def", "function",
    ]

    /// Columns a query line filters, orders or joins by, in order of appearance, deduplicated.
    static func columns(in text: String) -> [String] {
        var names: [String] = []
        func add(_ name: Substring) {
            var value = String(name)
            while value.hasPrefix("-") || value.hasPrefix(":") || value.hasPrefix("$") { value.removeFirst() }
            if let lookup = value.firstRange(of: "__") { value = String(value[..<lookup.lowerBound]) }
            guard value.count >= 2, value.first?.isLetter == true || value.first == "_" else { return }
            guard !stopwords.contains(value.lowercased()), !names.contains(value) else { return }
            names.append(value)
        }
        for name in springDerivedColumns(text) { add(Substring(name)) }
        let chars = Array(text)
        var index = 0
        let lower = text.lowercased()
        let orderArgs = lower.has("order_by(") || lower.has("orderby(") || lower.has(".order(") || lower.has("group_by(")
        while index < chars.count {
            let c = chars[index]
            guard c.isLetter || c == "_" else {
                if c == ":" || c == "-" || c == "\"" || c == "'", index + 1 < chars.count, chars[index + 1].isLetter, orderArgs {
                    // `.order(:created_at)`, `order_by("-created_at")`, `orderBy('created_at')`
                    let start = index + 1
                    var end = start
                    while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                    let word = String(chars[start..<end])
                    let closes =
                        end < chars.count && (chars[end] == "\"" || chars[end] == "'" || chars[end] == ")" || chars[end] == "," || chars[end] == " ")
                    if closes, c != ":" || index == 0 || chars[index - 1] == "(" || chars[index - 1] == " " { add(Substring(word)) }
                    index = max(end, index + 1)
                    continue
                }
                index += 1
                continue
            }
            let start = index
            while index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" || chars[index] == "." {
                index += 1
            }
            let token = String(chars[start..<index])
            var segments = token.split(separator: ".")
            while let last = segments.last, ["desc", "asc", "nullslast", "nullsfirst", "nulls_last"].contains(last.lowercased()), segments.count > 1 {
                segments.removeLast()
            }
            guard let column = segments.last else { continue }
            var next = index
            while next < chars.count, chars[next] == " " { next += 1 }
            let following = next < chars.count ? chars[next] : " "
            let second: Character? = next + 1 < chars.count ? chars[next + 1] : nil
            let comparison: Bool
            switch following {
            case "=": comparison = second != ">"
            case "!", "<", ">": comparison = second == "=" || following != "!"
            case ":": comparison = second != ":"
            default:
                let rest = String(chars[next..<min(chars.count, next + 9)]).lowercased()
                comparison =
                    rest.hasPrefix("in ") || rest.hasPrefix("in(") || rest.hasPrefix("like ") || rest.hasPrefix("is ") || rest.hasPrefix("between ")
                    || rest.hasPrefix("ilike ")
            }
            if comparison || token.has("__") {
                add(column)
            } else if orderArgs, segments.count >= 2, following == "(" || following == ")" || following == "," {
                add(column)
            }
        }
        for name in sqlListColumns(lower, after: "order by ") + sqlListColumns(lower, after: "group by ") { add(Substring(name)) }
        return names
    }

    /// `ORDER BY a, b DESC` → [a, b].
    private static func sqlListColumns(_ lower: String, after keyword: String) -> [String] {
        guard let range = lower.firstRange(of: keyword) else { return [] }
        var result: [String] = []
        for part in lower[range.upperBound...].split(separator: ",") {
            let words = part.split(separator: " ")
            guard let first = words.first else { break }
            let name = first.split(separator: ".").last.map { String($0.prefix { $0.isLetter || $0.isNumber || $0 == "_" }) } ?? ""
            if !name.isEmpty { result.append(name) }
            if words.count > 2 || part.contains(")") || part.contains("\"") { break }
        }
        return result
    }

    /// Spring Data derived queries: `findByStatusAndCustomerIdOrderByCreatedAtDesc` → [status, customer_id, created_at].
    static func springDerivedColumns(_ text: String) -> [String] {
        let prefixes = ["findAllBy", "findFirstBy", "findTopBy", "findOneBy", "findBy", "countBy", "existsBy", "deleteBy", "streamBy", "readBy"]
        var result: [String] = []
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            guard let prefix = prefixes.first(where: { word.hasPrefix($0) }), word.count > prefix.count else { continue }
            var body = String(word.dropFirst(prefix.count))
            var orderPart = ""
            if let orderRange = body.firstRange(of: "OrderBy") {
                orderPart = String(body[orderRange.upperBound...])
                body = String(body[..<orderRange.lowerBound])
            }
            var parts = splitCamel(body, on: ["And", "Or"])
            if !orderPart.isEmpty { parts.append(orderPart) }
            for part in parts {
                var name = part
                let suffixes = [
                    "GreaterThanEqual", "GreaterThan", "LessThanEqual", "LessThan", "Between", "IsNotNull", "IsNull", "NotNull", "NotIn", "NotLike",
                    "StartingWith", "EndingWith", "Containing", "IgnoreCase", "Before", "After", "True", "False", "Equals", "Desc", "Asc", "Like",
                    "In", "Not", "Is",
                ]
                var stripped = true
                while stripped {
                    stripped = false
                    for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count {
                        name = String(name.dropLast(suffix.count))
                        stripped = true
                    }
                }
                let snake = snakeCase(name)
                if !snake.isEmpty { result.append(snake) }
            }
        }
        return result
    }

    /// Splits `StatusAndCustomerId` at the separators when they start a capitalised word.
    private static func splitCamel(_ text: String, on separators: [String]) -> [String] {
        var parts: [String] = []
        var current = ""
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            var matched = false
            for separator in separators {
                let sepChars = Array(separator)
                let end = index + sepChars.count
                if !current.isEmpty, end < chars.count, Array(chars[index..<end]) == sepChars, chars[end].isUppercase {
                    parts.append(current)
                    current = ""
                    index = end
                    matched = true
                    break
                }
            }
            if !matched {
                current.append(chars[index])
                index += 1
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    static func snakeCase(_ text: String) -> String {
        var out = ""
        for (offset, char) in text.enumerated() {
            if char.isUppercase, offset > 0 { out.append("_") }
            out.append(contentsOf: char.lowercased())
        }
        return out
    }

    /// Identifier-like quoted strings and Ruby symbols (`'ix_orders_status'`, `:orders`), and for SQL index statements the names
    /// after INDEX / ON and inside the column list.
    static func quotedNames(_ code: String) -> [String] {
        var names: [String] = []
        let chars = Array(code)
        var index = 0
        while index < chars.count {
            let c = chars[index]
            if c == "\"" || c == "'" || c == "`" {
                var end = index + 1
                while end < chars.count, chars[end] != c { end += 1 }
                let text = String(chars[(index + 1)..<min(end, chars.count)])
                if !text.isEmpty, text.count <= 64, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }) {
                    if !names.contains(text) { names.append(text) }
                }
                index = end + 1
                continue
            }
            if c == ":", index + 1 < chars.count, chars[index + 1].isLetter,
                index == 0 || chars[index - 1] == " " || chars[index - 1] == "(" || chars[index - 1] == "["
            {
                var end = index + 1
                while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                let text = String(chars[(index + 1)..<end])
                if !names.contains(text) { names.append(text) }
                index = end
                continue
            }
            index += 1
        }
        let lower = code.lowercased()
        if names.isEmpty, lower.has("create index") || lower.has("drop index") || lower.has("unique index") {
            names = sqlIndexNames(code)
        }
        return names
    }

    /// `DROP INDEX CONCURRENTLY IF EXISTS ix_a` → [ix_a]; `CREATE INDEX ix ON orders (status)` → [ix, orders, status].
    static func sqlIndexNames(_ code: String) -> [String] {
        let skip: Set<String> = [
            "if", "not", "exists", "concurrently", "unique", "using", "btree", "hash", "gin", "gist", "on", "index", "drop", "create", "only",
        ]
        let words = code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }).map(String.init)
        guard let indexPosition = words.firstIndex(where: { $0.lowercased() == "index" }) else { return [] }
        var names: [String] = []
        for word in words[(indexPosition + 1)...] where !skip.contains(word.lowercased()) && word.first?.isLetter == true {
            if !names.contains(word) { names.append(word) }
            if names.count >= 4 { break }
        }
        return names
    }

    /// Arguments of the call starting at `needle` as names: `selectinload(Order.items)` → [items]; quoted names and symbols too.
    static func relationNames(_ code: String, after needle: String) -> [String] {
        let lower = code.lowercased()
        guard let range = lower.firstRange(of: needle) else { return [] }
        let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
        let chars = Array(code)
        guard offset < chars.count else { return [] }
        var depth = 0
        var end = offset
        var opened = false
        while end < chars.count {
            if chars[end] == "(" || chars[end] == "[" || chars[end] == "{" {
                depth += 1
                opened = true
            } else if chars[end] == ")" || chars[end] == "]" || chars[end] == "}" {
                depth -= 1
                if opened, depth <= 0 {
                    end += 1
                    break
                }
            }
            end += 1
        }
        let arguments = String(chars[offset..<min(end, chars.count)])
        var names = quotedNames(arguments).filter { !$0.contains(" ") }
        for token in arguments.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") })
        where token.contains(".") && !token.hasPrefix(".") {
            if let last = token.split(separator: ".").last, !names.contains(String(last)) { names.append(String(last)) }
        }
        return names
    }
}
