/// An index for the columns a new query filters or orders by, as a SQL migration file.
enum IndexMigration {
    /// `names` are columns as the commit finding gives them: `Order.customer_email`, `orders.status`, or bare `status`.
    static func make(names: [String], fileHint: String) -> (name: String, patch: String)? {
        var table: String?
        var columns: [String] = []
        for name in names {
            let parts = name.split(separator: ".").map(String.init)
            guard let column = parts.last.map(sanitize), !column.isEmpty else { continue }
            if parts.count >= 2, table == nil { table = tableName(parts[parts.count - 2]) }
            if !columns.contains(column) { columns.append(column) }
        }
        guard !columns.isEmpty else { return nil }
        let target = table ?? tableName(stem(of: fileHint))
        let name = "ix_\(target)_\(columns.joined(separator: "_"))"
        let sql = "CREATE INDEX CONCURRENTLY IF NOT EXISTS \(name) ON \(target) (\(columns.joined(separator: ", ")));"
        let path = "migrations/add_\(name).sql"
        return (
            name,
            "--- /dev/null\n+++ b/\(path)\n@@ -0,0 +1,2 @@\n+-- Restores index use for the new query (CONCURRENTLY: no write lock while it builds).\n+\(sql)\n"
        )
    }

    /// `Order` → `orders`, `order_items` stays, `OrderItem` → `order_items`.
    static func tableName(_ model: String) -> String {
        var snake = ""
        for (i, ch) in model.enumerated() {
            if ch.isUppercase, i > 0 { snake.append("_") }
            snake.append(contentsOf: ch.lowercased())
        }
        snake = sanitize(snake)
        if model.first?.isUppercase == true, !snake.hasSuffix("s") { snake += "s" }
        return snake
    }

    static func stem(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    static func sanitize(_ s: String) -> String {
        String(s.filter { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
