import AlphaCore

extension Draft {
    static let authors = [
        "Ana Lima <ana@shop.example>", "Tom Becker <tom@shop.example>", "Priya Natarajan <priya@shop.example>",
        "Jonas Weber <jonas@shop.example>", "Mei Chen <mei@shop.example>",
    ]

    /// Harmless changes that ship alongside the culprit (or alone, in deploys that break nothing).
    static let unrelated: [CodeChange] = [
        CodeChange(
            path: "README.md", message: "docs: describe local setup with docker compose",
            patch:
                "@@ -12,3 +12,7 @@ ## Development\n \n-Run `make dev`.\n+Run `docker compose up` and open http://localhost:8000/docs.\n+\n+The database is seeded from `fixtures/orders.sql`.\n+Redis is optional locally.\n"
        ),
        CodeChange(
            path: "tests/test_orders_api.py", message: "tests: cover order listing pagination",
            patch:
                "@@ -88,0 +89,9 @@ def test_list_orders(client, customer):\n+\n+def test_list_orders_paginates(client, customer, make_orders):\n+    make_orders(customer, 75)\n+    r = client.get(\"/api/orders?limit=50\")\n+    assert r.status_code == 200\n+    assert len(r.json()) == 50\n+    r = client.get(\"/api/orders?limit=50&offset=50\")\n+    assert len(r.json()) == 25\n"
        ),
        CodeChange(
            path: "requirements.txt", message: "deps: bump pydantic to 2.7.1",
            patch: "@@ -14,7 +14,7 @@ fastapi==0.110.2\n httpx==0.27.0\n-pydantic==2.6.4\n+pydantic==2.7.1\n psycopg2-binary==2.9.9\n"),
        CodeChange(
            path: ".github/workflows/ci.yml", message: "ci: cache pip downloads",
            patch:
                "@@ -20,6 +20,9 @@ jobs:\n       - uses: actions/setup-python@v5\n         with:\n           python-version: \"3.12\"\n+          cache: pip\n+          cache-dependency-path: requirements*.txt\n+\n       - run: pip install -r requirements-dev.txt\n"
        ),
        CodeChange(
            path: "frontend/src/components/CheckoutBanner.tsx", message: "checkout: new banner copy",
            patch:
                "@@ -9,7 +9,7 @@ export function CheckoutBanner() {\n   return (\n     <Banner tone=\"info\">\n-      Free shipping on orders over $50\n+      Free shipping on orders over $50, returns within 30 days\n     </Banner>\n   );\n"
        ),
        CodeChange(
            path: "orders/api/health.py", message: "health: report build sha in /healthz",
            patch:
                "@@ -6,5 +6,6 @@ router = APIRouter()\n @router.get(\"/healthz\")\n def healthz() -> dict:\n-    return {\"status\": \"ok\"}\n+    return {\"status\": \"ok\", \"build\": settings.build_sha}\n"
        ),
        CodeChange(
            path: "orders/api/errors.py", message: "errors: log request id with validation errors",
            patch:
                "@@ -21,6 +21,7 @@ async def validation_handler(request: Request, exc: RequestValidationError):\n-    log.info(\"validation failed\", errors=exc.errors())\n+    log.info(\"validation failed\", errors=exc.errors(), request_id=request.state.request_id)\n     return JSONResponse(status_code=422, content={\"detail\": exc.errors()})\n"
        ),
    ]

    /// `recent_commits`: the culprits' commits (if any) among unrelated ones, in the style's diff form.
    mutating func commits() -> [JSONValue] {
        var changes: [CodeChange] = []
        for f in faults { if case .commit(let c) = f.origin { changes.append(c) } }
        let neutral: Set<String> = ["README.md", ".github/workflows/ci.yml", "frontend/src/components/CheckoutBanner.tsx"]
        var pool = style.stack == .python ? Self.unrelated : Self.unrelated.filter { neutral.contains($0.path) }
        switch style.stack {
        case .python: break
        case .java:
            pool.append(
                CodeChange(
                    path: "build.gradle", message: "deps: bump spring-boot to 3.2.5",
                    patch:
                        "@@ -1,6 +1,6 @@\n plugins {\n-    id 'org.springframework.boot' version '3.2.4'\n+    id 'org.springframework.boot' version '3.2.5'\n     id 'java'\n }\n"
                ))
            pool.append(
                CodeChange(
                    path: "src/test/java/com/shop/orders/api/OrderControllerTest.java", message: "tests: cover order listing pagination",
                    patch:
                        "@@ -40,0 +41,6 @@ class OrderControllerTest {\n+    @Test\n+    void listsOrdersInPages() throws Exception {\n+        givenOrders(75);\n+        mvc.perform(get(\"/api/orders?limit=50\")).andExpect(jsonPath(\"$.length()\").value(50));\n+    }\n+\n"
                ))
        case .go:
            pool.append(
                CodeChange(
                    path: "go.mod", message: "deps: bump pgx to v5.5.5",
                    patch:
                        "@@ -5,7 +5,7 @@ go 1.22\n require (\n-\tgithub.com/jackc/pgx/v5 v5.5.4\n+\tgithub.com/jackc/pgx/v5 v5.5.5\n \tgithub.com/shopspring/decimal v1.4.0\n )\n"
                ))
            pool.append(
                CodeChange(
                    path: "internal/api/orders_test.go", message: "tests: cover order listing pagination",
                    patch:
                        "@@ -88,0 +89,8 @@ func TestListOrders(t *testing.T) {\n+\n+func TestListOrdersPaginates(t *testing.T) {\n+\tsrv := newTestServer(t, withOrders(75))\n+\tres := srv.get(t, \"/api/orders?limit=50\")\n+\tif got := len(res.Orders); got != 50 {\n+\t\tt.Fatalf(\"got %d orders, want 50\", got)\n+\t}\n+}\n"
                ))
        }
        for _ in 0..<style.unrelatedCommits where !pool.isEmpty {
            let i = rng.int(0...(pool.count - 1))
            changes.append(pool.remove(at: i))
        }
        // Interleave: culprits are not always first.
        for i in stride(from: changes.count - 1, to: 0, by: -1) {
            let j = rng.int(0...i)
            changes.swapAt(i, j)
        }
        // Without a deploy the listed commits are the previous release's, hours old and harmless.
        let releaseTime = deployTime ?? (start - rng.uniform(4, 30) * 3600)
        var out: [JSONValue] = []
        for (k, change) in changes.enumerated() {
            let sha = rng.hex(40)
            shas[change.path] = sha
            let time = releaseTime - Double(k + 1) * rng.uniform(600, 5400)
            var m: [(key: String, value: JSONValue)] = [
                ("sha", .string(sha)), ("author", .string(rng.pick(Self.authors) ?? "dev <dev@shop.example>")),
                ("timestamp", .string(TimeFormat.iso(time, millis: false))), ("message", .string(change.message)),
            ]
            if style.githubFiles {
                m.append(
                    (
                        "files",
                        .array([
                            .object(
                                JSONObject([
                                    ("filename", .string(change.path)), ("status", .string(change.isNewFile ? "added" : "modified")),
                                    ("additions", .number(Double(change.additions))), ("deletions", .number(Double(change.deletions))),
                                    ("patch", .string(change.patch)),
                                ]))
                        ])
                    ))
            } else {
                m.append(("diff", .string(gitDiff(change))))
            }
            out.append(.object(JSONObject(m)))
        }
        return out
    }

    private mutating func gitDiff(_ c: CodeChange) -> String {
        var s = "diff --git a/\(c.path) b/\(c.path)\n"
        if c.isNewFile {
            s += "new file mode 100644\nindex 0000000..\(rng.hex(7))\n--- /dev/null\n"
        } else {
            s += "index \(rng.hex(7))..\(rng.hex(7)) 100644\n--- a/\(c.path)\n"
        }
        s += "+++ b/\(c.path)\n" + c.patch
        return s.hasSuffix("\n") ? s : s + "\n"
    }
}
