import AlphaCore
import AlphaSignals
import Testing

@Suite struct CommitAnalyzerMoreLanguagesTests {
    @Test func queryInLoopGoAndRuby() {
        let go = """
             func loadOwners(ctx context.Context, db *sql.DB, pets []Pet) error {
             \tfor _, pet := range pets {
            +\t\trow := db.QueryRowContext(ctx, "SELECT name FROM owners WHERE id = $1", pet.OwnerID)
             \t}
            """
        #expect(analyze("internal/pets/owners.go", go, kind: .queryInLoop).count == 1)
        let ruby = """
             def badge_counts(users)
               users.each do |user|
            +    counts[user.id] = Badge.where(user_id: user.id).count
               end
             end
            """
        let finding = analyze("app/services/badges.rb", ruby, kind: .queryInLoop)
        #expect(finding.count == 1 && finding.first?.names == ["user_id"])
    }

    @Test func jsonConfigInsideADiff() throws {
        let json = """
             {
               "database": {
            -    "pool_size": 40,
            +    "pool_size": 8,
                 "statement_timeout_ms": 5000
               }
             }
            """
        let finding = try #require(analyze("config/production.json", json, kind: .poolSizeChanged).first)
        #expect(finding.oldValue == 40 && finding.newValue == 8 && finding.before == "    \"pool_size\": 40,")
    }

    @Test func libraryCodeLookalikesAreNotFindings() {
        let java = """
            +        addIndex(domainIndex, cookie.getDomain(), cookie);
            +        firstValueIndex = true;
            +        debug.log(Level.DEBUG, "onReadError: received EOF");
            +        this.debugOn = isEnabled(Level.DEBUG);
            +    boolean supportsAlterTableWithAddColumn() throws SQLException;
            """
        #expect(analyze("src/main/java/com/shop/Cookies.java", java).isEmpty)
        let python = """
            +    wheel_file = p.read_text("WHEEL")
            +    result = Text("").join(parts)
            +    refresh_per_second = 5
            """
        #expect(analyze("app/ui.py", python).isEmpty)
    }
}
