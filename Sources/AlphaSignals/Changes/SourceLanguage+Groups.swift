/// Language groups the rule tables are written against.
extension SourceLanguage {
    static let code: Set<SourceLanguage> = [.python, .javascript, .java, .go, .ruby]
    static let codeAndSQL: Set<SourceLanguage> = [.python, .javascript, .java, .go, .ruby, .sql]
    static let all: Set<SourceLanguage> = [.python, .javascript, .java, .go, .ruby, .sql, .config]
}
