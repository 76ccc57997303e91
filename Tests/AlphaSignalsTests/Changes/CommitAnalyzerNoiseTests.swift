import AlphaCore
import AlphaSignals
import Testing

/// Unrelated commits must produce no findings: precision matters as much as recall.
@Suite struct CommitAnalyzerNoiseTests {
    @Test func readmeTestsCSSAndDocsAreIgnored() {
        #expect(analyze("README.md", "-Set `pool_size=20` and `@cache(ttl=300)`.\n+Set `pool_size=5`; `DROP INDEX` is fine.").isEmpty)
        let testFile = """
             def test_orders(session):
            -    assert session.query(Order).filter(Order.status == "paid").count() == 1
            +    assert session.query(Order).filter(Order.region == "eu").count() == 2
            +    engine = create_engine(url, pool_size=1, max_overflow=0)
            """
        #expect(analyze("tests/test_orders.py", testFile).isEmpty)
        #expect(analyze("src/orders/orders.spec.ts", "-  await Order.findAll({ where: { id } });\n+  jest.fn();").isEmpty)
        #expect(analyze("src/test/java/com/shop/OrderServiceTest.java", "-    @Cacheable(\"x\")\n+    verify(repo).findByStatus(\"PAID\");").isEmpty)
        #expect(analyze("web/styles/main.css", "-.pool { max-width: 20px; }\n+.pool { max-width: 5px; }").isEmpty)
        #expect(analyze("docs/runbook.rst", "+Run ``DROP INDEX ix_orders_status`` if needed.").isEmpty)
    }

    @Test func commentOnlyChangesAreIgnored() {
        let python = """
             def get_orders(user_id):
            -    # TODO: add @cache(ttl=300) and .filter(Order.status == x)
            +    # Cached upstream; pool_size=5 is enough. Previously: if x is None
                 return fetch(user_id)
            """
        #expect(analyze("app/orders.py", python).isEmpty)
        let java = """
            -    // catch (Exception e) was here; timeout = 30
            +    /* timeout = 5 */
            +     * @Cacheable is applied by the proxy
            """
        #expect(analyze("src/main/java/com/shop/Api.java", java).isEmpty)
    }

    @Test func renameOnlyCommitHasNoFindings() {
        let diff = """
            diff --git a/app/cache_utils.py b/app/caching.py
            similarity index 100%
            rename from app/cache_utils.py
            rename to app/caching.py
            """
        let signals = CommitAnalyzer().analyze([Commit(sha: "r1", diff: diff)])
        #expect(signals.findings.isEmpty)
        #expect(signals.commits.first?.files == ["app/caching.py"])
    }

    @Test func movedCodeBetweenFilesIsNeitherAddedNorRemoved() {
        let diff =
            gitDiff(
                "app/orders.py",
                "-@cache(ttl=300)\n-def get_user_orders(user_id):\n-    return session.query(Order).filter(Order.user_id == user_id).all()")
            + gitDiff(
                "app/queries.py",
                "+@cache(ttl=300)\n+def get_user_orders(user_id):\n+    return session.query(Order).filter(Order.user_id == user_id).all()")
        #expect(CommitAnalyzer().analyze([Commit(sha: "m1", diff: diff)]).findings.isEmpty)
    }

    @Test func ordinaryFeatureCommitHasNoFindings() {
        let python = """
             @router.get("/orders/{order_id}")
             async def read_order(order_id: int, user: User = Depends(current_user)):
            -    order = await orders.get(order_id)
            +    order = await orders.get(order_id)
            +    audit.record("order_viewed", user_id=user.id, order_id=order_id)
            +    title = " ".join(part.capitalize() for part in order.title.split())
                 return OrderOut.from_model(order, title=title)
            """
        #expect(analyze("app/api/orders.py", python).isEmpty)
        let tsx = """
             export function OrderList({ orders }: Props) {
            -  const visible = orders.filter((o) => o.visible);
            +  const visible = orders.filter((o) => o.visible && !o.archived);
            +  const total = visible.reduce((sum, o) => sum + o.amount, 0);
               return <ul>{visible.map((o) => <OrderRow key={o.id} order={o} />)}</ul>;
             }
            """
        #expect(analyze("web/src/components/OrderList.tsx", tsx).isEmpty)
        let yaml = " image:\n-  tag: 1.4.2\n+  tag: 1.4.3\n replicaCount: 3"
        #expect(analyze("deploy/values.yaml", yaml).isEmpty)
    }

    @Test func summariesCountFromDiffOrFiles() throws {
        let fromDiff = Commit(
            sha: "a1", author: "dana", timestamp: 1_700_000_000, message: "tune pool",
            diff: gitDiff("app/db.py", "-pool_size=20\n+pool_size=5\n+x = 1"))
        let fromFiles = Commit(
            sha: "b2", message: "api",
            files: [CommitFile(path: "src/a.ts", status: "modified", additions: 7, deletions: 3, patch: "@@ -1 +1 @@\n-a\n+b")])
        let signals = CommitAnalyzer().analyze([fromDiff, fromFiles])
        let first = try #require(signals.commits.first)
        #expect(first.sha == "a1" && first.author == "dana" && first.timestamp == 1_700_000_000 && first.message == "tune pool")
        #expect(first.files == ["app/db.py"] && first.additions == 2 && first.deletions == 1)
        let second = try #require(signals.commits.last)
        #expect(second.files == ["src/a.ts"] && second.additions == 7 && second.deletions == 3)
        #expect(signals.findings.map(\.kind) == [.poolSizeChanged])
        #expect(signals.findings.first?.sha == "a1")
    }

    @Test func githubFilesPatchesAreAnalyzed() throws {
        let patch =
            "@@ -3,3 +3,2 @@ class OrderService:\n-    @cached(cache=TTLCache(maxsize=1024, ttl=600))\n     def get_orders(self, user_id):\n         return self.repo.list(user_id)"
        let commit = Commit(sha: "gh1", files: [CommitFile(path: "app/services/orders.py", status: "modified", patch: patch)])
        let finding = try #require(CommitAnalyzer().analyze([commit]).findings.first)
        #expect(finding.kind == .cacheRemoved && finding.line == 3 && finding.hunk.hasPrefix("@@ -3,3 +3,2 @@"))
    }
}

@Suite struct CommitAnalyzerDeadCodeTests {
    @Test func deletingAWholeFunctionIsNotWeakeningIt() {
        let body = """
             import warnings
             
            -@lru_cache(maxsize=32)
            -def _set_task_name(task, name):
            -    if name is not None:
            -        try:
            -            set_name = task.set_name
            -        except AttributeError:
            -            warnings.warn("no set_name")
            -
             class Task:
            """
        #expect(analyze("app/tasks.py", body).isEmpty)
    }

    @Test func docstringsAndVendoredCodeAreIgnored() {
        let doc = """
             def search(specifiers):
            +    \"\"\"
            +    >>> list(SpecifierSet(">=1.2").filter(versions, status == "x"))
            +    Uses verify=False and DROP INDEX in examples.
            +    \"\"\"
                 return specifiers
            """
        #expect(analyze("app/search.py", doc).isEmpty)
        #expect(analyze("app/_vendor/requests/adapters.py", "+        cert_reqs = \"CERT_NONE\"").isEmpty)
        // A triple-quoted SQL string passed to a call keeps its text.
        let sql = """
            +    rows = db.execute(text(\"\"\"
            +        SELECT id FROM orders
            +        WHERE status = :status
            +    \"\"\"))
            """
        #expect(!analyze("app/reports.py", sql, kind: .rawSQLAdded).isEmpty)
    }
}

@Suite struct CommitAnalyzerEverydayChangeTests {
    @Test func widenedCatchAndReworkedErrorReturnAreNotRemovals() {
        let java = """
                 try {
                     client.send(request);
            -    } catch (IOException e) {
            +    } catch (IOException | TimeoutException e) {
                     log.warn("send failed", e);
                 }
            """
        #expect(analyze("src/main/java/com/shop/Sender.java", java).isEmpty)
        let go = """
             \tif err != nil {
            -\t\treturn err
            +\t\treturn fmt.Errorf("load order %d: %w", id, err)
             \t}
            """
        #expect(analyze("internal/orders/load.go", go).isEmpty)
    }

    @Test func everydayGoAndTypeScriptCodeHasNoFindings() {
        let go = """
             func Total(items []Item) int {
             \ttotal := 0
            -\tfor _, item := range items {
            -\t\ttotal += item.Price
            +\tfor _, item := range items {
            +\t\ttotal += item.Price * item.Quantity
             \t}
             \treturn total
             }
            """
        #expect(analyze("internal/cart/total.go", go).isEmpty)
        let ts = """
             export function formatUser(user: User): string {
            -  return `${user.firstName} ${user.lastName}`;
            +  const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
            +  return user.title ? `${user.title} ${name}` : name;
             }
            """
        #expect(analyze("src/format/user.ts", ts).isEmpty)
        let python = """
            +SUPPORTED_FORMATS = []
            +SUPPORTED_FORMATS.append("csv")
            +SUPPORTED_FORMATS.append("json")
            """
        #expect(analyze("app/formats.py", python).isEmpty)
    }
}
