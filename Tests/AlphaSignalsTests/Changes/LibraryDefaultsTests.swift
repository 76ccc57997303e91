import AlphaCore
import AlphaSignals
import Testing

@Suite struct LibraryDefaultsTests {
    @Test func costRaisedFromANamedDefault() throws {
        let diff = """
            diff --git a/internal/auth/password.go b/internal/auth/password.go
            --- a/internal/auth/password.go
            +++ b/internal/auth/password.go
            @@ -9,6 +9,7 @@
             \t"golang.org/x/crypto/bcrypt"
             )
            -const bcryptCost = bcrypt.DefaultCost
            +// Cost 14 per the security review.
            +const bcryptCost = 14
             func HashPassword(pw string) (string, error) {
            """
        let finding = try #require(CommitAnalyzer().analyze([Commit(sha: "abc", diff: diff)]).findings.first)
        #expect(finding.kind == .costRaised)
        #expect(finding.oldValue == 10)
        #expect(finding.newValue == 14)
        #expect(finding.file == "internal/auth/password.go")
    }

    @Test func unknownNamedValueIsNotGuessed() {
        let diff = """
            diff --git a/auth.go b/auth.go
            --- a/auth.go
            +++ b/auth.go
            @@ -1,1 +1,1 @@
            -const bcryptCost = config.Cost
            +const bcryptCost = 14
            """
        #expect(CommitAnalyzer().analyze([Commit(sha: "abc", diff: diff)]).findings.isEmpty)
    }
}
