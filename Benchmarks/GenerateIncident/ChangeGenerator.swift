/// Writes `recent_commits` (git-show diffs and GitHub `files[]`), `config_snapshot` and `alerts`.
struct ChangeGenerator {
    let scenario: Scenario
    let commits: Int

    private let subjects = [
        "orders: batch inserts of order items", "db: lower pool size to 5 to relieve primary", "payments: retry on 502 with backoff",
        "deps: bump sqlalchemy to 2.0.30", "api: add pagination to GET /orders", "cache: shorten product TTL to 60s",
        "ci: pin actions to sha", "docs: runbook for payment outages", "inventory: reserve stock in one round trip",
        "orders: move discount calculation into PricingService", "config: statement_timeout 5s for API role", "logging: switch to JSON",
    ]
    private let authors = ["Ana Lima", "Jonas Weber", "Priya Raman", "Tom Becker", "Mei Chen", "Lukas Novak"]

    func writeCommits(to out: inout JSONWriter, rng: inout SplitMix64) {
        out.raw("[")
        for index in 0..<commits {
            if index > 0 { out.raw(",\n") }
            let time = scenario.deployedAt - Double(index) * 3600 * (1 + rng.unit()) - 600
            let subject = subjects[index % subjects.count]
            let author = rng.pick(authors)
            let email = author.lowercased().split(separator: " ").joined(separator: ".") + "@shop.example"
            out.raw("{")
            out.key("sha")
            out.string(hex(&rng, 40))
            out.raw(",")
            out.key("author")
            if index % 2 == 0 {
                out.string("\(author) <\(email)>")
            } else {
                out.raw("{\"name\":\"\(author)\",\"email\":\"\(email)\"}")
            }
            out.raw(",")
            out.key(index % 3 == 0 ? "date" : "timestamp")
            if index % 4 == 0 { out.fixed(time, 0) } else { out.string(Format.rfc3339(time)) }
            out.raw(",")
            out.key("message")
            out.string("\(subject)\n\nWhy: follow-up to incident review; see ticket OPS-\(1000 + index).")
            out.raw(",")
            let file = "orders/db/\(["pool", "repository", "settings", "pricing"][index % 4]).py"
            let old = 10 - index % 5
            let new = old - 5 > 0 ? old - 5 : 5
            let hunk =
                "@@ -\(20 + index),7 +\(20 + index),7 @@ def make_engine(url):\n     return create_engine(\n         url,\n"
                + "-        pool_size=\(old),\n+        pool_size=\(new),\n         max_overflow=10,\n         pool_timeout=30,\n     )\n"
            if index % 2 == 0 {
                out.key("diff")
                out.string(
                    "commit \(hex(&rng, 40))\nAuthor: \(author) <\(email)>\nDate:   \(Format.rfc3339(time))\n\n    \(subject)\n\n"
                        + "diff --git a/\(file) b/\(file)\nindex \(hex(&rng, 7))..\(hex(&rng, 7)) 100644\n--- a/\(file)\n+++ b/\(file)\n" + hunk)
            } else {
                out.key("files")
                out.raw("[{\"filename\":\"\(file)\",\"status\":\"modified\",\"additions\":1,\"deletions\":1,\"patch\":")
                out.string(hunk)
                out.raw("},{\"filename\":\"tests/test_\(index).py\",\"status\":\"added\",\"additions\":\(rng.below(80) + 5),\"deletions\":0}]")
            }
            out.raw("}")
        }
        out.raw("]")
    }

    func writeConfig(to out: inout JSONWriter) {
        out.raw(
            """
            {"previous":{"DATABASE_POOL_SIZE":"20","DATABASE_MAX_OVERFLOW":"10","STATEMENT_TIMEOUT_MS":30000,\
            "redis":{"host":"redis","port":6379,"timeout_s":2},"features":{"new_pricing":false}},\
            "current":{"DATABASE_POOL_SIZE":"5","DATABASE_MAX_OVERFLOW":"10","STATEMENT_TIMEOUT_MS":5000,\
            "redis":{"host":"redis","port":6379,"timeout_s":2},"features":{"new_pricing":true}}}
            """)
    }

    func writeAlerts(to out: inout JSONWriter) {
        let fired = Format.rfc3339(scenario.deployedAt + 420)
        out.raw(
            """
            {"receiver":"pagerduty","status":"firing","alerts":[\
            {"status":"firing","labels":{"alertname":"HighErrorRate","service":"orders-api","severity":"page"},\
            "annotations":{"summary":"5xx ratio above 5% for 5 minutes"},"startsAt":"\(fired)",\
            "endsAt":"0001-01-01T00:00:00Z","fingerprint":"a1b2c3d4e5f60718"},\
            {"status":"firing","labels":{"alertname":"HighLatencyP99","service":"orders-api","severity":"ticket"},\
            "annotations":{"summary":"p99 latency above 2s"},"startsAt":"\(fired)","endsAt":"0001-01-01T00:00:00Z",\
            "fingerprint":"0f1e2d3c4b5a6978"}],"groupLabels":{"service":"orders-api"},"version":"4"}
            """)
    }
}
