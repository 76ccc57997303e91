import AlphaSignals
import Testing

@Suite struct UnifiedDiffParserTests {
    static let multiFile = """
        commit 3f2a1b9c0d
        Author: Dana <dana@example.com>
        Date:   Tue Nov 24 10:00:00 2026 +0000

            Drop cache from orders endpoint

        diff --git a/app/orders.py b/app/orders.py
        index 1a2b3c4..5d6e7f8 100644
        --- a/app/orders.py
        +++ b/app/orders.py
        @@ -10,7 +10,6 @@ def list_orders(user_id):
         from app.db import session
         
        -@cache(ttl=300)
         def get_user_orders(user_id):
             q = session.query(Order)
        -    return q.all()
        +    return q.filter(Order.user_id == user_id).all()
             # done
        @@ -40 +39 @@
        -x = 1
        +x = 2
        diff --git a/old name.txt b/new name.txt
        similarity index 90%
        rename from old name.txt
        rename to new name.txt
        index 111..222 100644
        --- a/old name.txt
        +++ b/new name.txt
        @@ -1,2 +1,2 @@
         a
        -b
        +c
        \\ No newline at end of file
        diff --git a/migrations/0042_add.py b/migrations/0042_add.py
        new file mode 100644
        index 0000000..abc1234
        --- /dev/null
        +++ b/migrations/0042_add.py
        @@ -0,0 +1,2 @@
        +-- looks like a header but is content
        +op.create_index('ix', 'orders', ['status'])
        diff --git a/legacy.py b/legacy.py
        deleted file mode 100644
        index abc1234..0000000
        --- a/legacy.py
        +++ /dev/null
        @@ -1 +0,0 @@
        -print("bye")
        diff --git a/logo.png b/logo.png
        index 1111111..2222222 100644
        Binary files a/logo.png and b/logo.png differ
        """

    @Test func parsesEveryFileOfAGitShow() throws {
        let files = UnifiedDiffParser.parse(Self.multiFile)
        #expect(files.map(\.path) == ["app/orders.py", "new name.txt", "migrations/0042_add.py", "legacy.py", "logo.png"])
        #expect(files.map(\.status) == [.modified, .renamed, .added, .removed, .modified])
        let orders = files[0]
        #expect(orders.hunks.count == 2)
        #expect(orders.hunks[0].header == "@@ -10,7 +10,6 @@ def list_orders(user_id):")
        #expect(orders.hunks[0].oldStart == 10 && orders.hunks[0].oldCount == 7 && orders.hunks[0].newCount == 6)
        #expect(orders.additions == 2 && orders.deletions == 3)
        let removedCache = try #require(orders.hunks[0].lines.first { $0.text == "@cache(ttl=300)" })
        #expect(removedCache.kind == .removed && removedCache.oldLine == 12 && removedCache.newLine == nil)
        let added = try #require(orders.hunks[0].lines.first { $0.kind == .added })
        #expect(added.newLine == 14 && added.oldLine == nil)
        let lastContext = try #require(orders.hunks[0].lines.last)
        #expect(lastContext.kind == .context && lastContext.oldLine == 16 && lastContext.newLine == 15)
        // A hunk header without counts means one line.
        #expect(orders.hunks[1].oldStart == 40 && orders.hunks[1].oldCount == 1 && orders.hunks[1].newStart == 39 && orders.hunks[1].newCount == 1)
    }

    @Test func renameNewDeletedBinaryAndNoNewlineMarker() throws {
        let files = UnifiedDiffParser.parse(Self.multiFile)
        let renamed = files[1]
        #expect(renamed.oldPath == "old name.txt")
        #expect(renamed.hunks[0].lines.map(\.text) == ["a", "b", "c"])  // the marker is not a line
        let created = files[2]
        #expect(created.hunks[0].lines.map(\.kind) == [.added, .added])
        #expect(created.hunks[0].lines.first?.text == "-- looks like a header but is content")
        #expect(created.hunks[0].lines.last?.newLine == 2)
        #expect(files[3].deletions == 1)
        #expect(files[4].isBinary && files[4].hunks.isEmpty)
    }

    @Test func githubPatchKeepsTheGivenPathAndStatus() {
        let patch = "@@ -1,3 +1,3 @@ class Pool:\n size = 1\n-max_overflow = 10\n+max_overflow = 0\n timeout = 30"
        let file = UnifiedDiffParser.parsePatch(patch, path: "app/db.py", status: .modified)
        #expect(file.path == "app/db.py" && file.status == .modified)
        #expect(file.hunks.count == 1)
        #expect(file.hunks[0].lines.map(\.kind) == [.context, .removed, .added, .context])
        #expect(file.hunks[0].lines[2].newLine == 2 && file.hunks[0].lines[1].oldLine == 2)
    }

    @Test func plainDiffUWithoutGitHeader() {
        let diff = "--- config.yaml\t2026-01-01 10:00:00\n+++ config.yaml\t2026-01-02 10:00:00\n@@ -1 +1 @@\n-pool_size: 20\n+pool_size: 5\n"
        let files = UnifiedDiffParser.parse(diff)
        #expect(files.count == 1)
        #expect(files.first?.path == "config.yaml")
        #expect(files.first?.hunks.first?.lines.map(\.text) == ["pool_size: 20", "pool_size: 5"])
    }

    @Test func malformedInputNeverTrapsAndKeepsWhatParses() {
        let inputs = [
            "", "garbage\nmore garbage", "@@ -x,y +z @@", "@@ -1,99999999999999999999 +1,2 @@\n+a", "diff --git",
            "diff --git a/x\n@@ -1,5 +1,5 @@\n-a",
            "diff --git a/x b/x\n@@ -1 +1 @@\n+a\n+b\n+c\n-d", "\u{0}\u{1}@@ @@\n+++\n---", "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n",
            "diff --git a/x b/x\nGIT binary patch\nliteral 5\nzcmV\n\ndiff --git a/y b/y\n@@ -1 +1 @@\n-a\n+b",
        ]
        for input in inputs {
            _ = UnifiedDiffParser.parse(input)
            _ = UnifiedDiffParser.parsePatch(input, path: "p", status: .modified)
        }
        // Counts that lie (claims 1 line, gives 3): the extra lines are kept.
        let lying = UnifiedDiffParser.parse("diff --git a/x b/x\n@@ -1 +1 @@\n+a\n+b\n-c")
        #expect(lying.first?.hunks.first?.lines.map(\.text) == ["a", "b", "c"])
        // Truncated hunk: what is there is kept.
        let truncated = UnifiedDiffParser.parse("diff --git a/x b/x\n@@ -1,50 +1,50 @@\n-old\n+new")
        #expect(truncated.first?.hunks.first?.lines.count == 2)
        // A binary patch is skipped up to the next file.
        let binary = UnifiedDiffParser.parse(inputs[9])
        #expect(binary.map(\.path) == ["x", "y"])
        #expect(binary.first?.isBinary == true && binary.last?.hunks.first?.lines.count == 2)
    }
}

@Suite struct UnifiedDiffParserLogTests {
    @Test func gitLogPatchWithSeveralCommitsKeepsMessagesOutOfHunks() {
        let log = """
            commit 1111
            Author: A <a@example.com>

                First change

            diff --git a/a.py b/a.py
            --- a/a.py
            +++ b/a.py
            @@ -1 +1 @@
            -x = 1
            +x = 2

            commit 2222
            Author: B <b@example.com>

                Second change

            diff --git a/b.py b/b.py
            --- a/b.py
            +++ b/b.py
            @@ -1,2 +1,2 @@
             keep
            -y = 1
            +y = 3
            """
        let files = UnifiedDiffParser.parse(log)
        #expect(files.map(\.path) == ["a.py", "b.py"])
        #expect(files.first?.hunks.first?.lines.map(\.text) == ["x = 1", "x = 2"])
        #expect(files.last?.hunks.first?.lines.last?.newLine == 2)
    }
}
