/// The language family of a changed file, which decides the comment syntax and which detectors apply.
enum SourceLanguage: Sendable, Equatable {
    case python, javascript, java, go, ruby, sql
    /// YAML, .env, .properties, TOML, INI, JSON: key/value settings.
    case config
    /// Everything the analyzer does not read (docs, styles, images, lock files, tests).
    case ignored

    /// Language of `path`; tests, docs, styles, vendored and generated files are `.ignored` (their changes do not break production).
    init(path: String) {
        let lower = path.lowercased()
        let components = lower.split(separator: "/")
        let name = components.last.map(String.init) ?? lower
        let ignoredDirectories: Set<Substring> = [
            "test", "tests", "spec", "specs", "__tests__", "__mocks__", "testing", "testdata", "fixtures", "docs", "doc",
            "vendor", "_vendor", "vendored", "third_party", "thirdparty", "site-packages", "dist", "node_modules", "e2e", "cypress", ".github",
            ".circleci", ".gitlab", "examples", "example",
        ]
        if components.dropLast().contains(where: { ignoredDirectories.contains($0) }) {
            self = .ignored
            return
        }
        let testMarkers = ["test_", "_test.", ".test.", ".spec.", "_spec.", "conftest.py", "tests.py"]
        if testMarkers.contains(where: { name.hasPrefix($0) || name.has($0) }) || name.hasSuffix("test.java") || name.hasSuffix("tests.java")
            || name.hasSuffix("test.kt") || name.hasSuffix("it.java")
        {
            self = .ignored
            return
        }
        let lockFiles: Set<String> = [
            "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "go.sum", "gemfile.lock", "poetry.lock", "cargo.lock", "composer.lock",
            "package.json", "composer.json", "renovate.json", ".gitlab-ci.yml", ".travis.yml", "codecov.yml", ".pre-commit-config.yaml",
        ]
        let toolingPrefixes = ["tsconfig", ".eslintrc", ".prettierrc", ".babelrc", "jest.config", "vitest.config", "karma.conf", ".markdownlint"]
        if lockFiles.contains(name) || toolingPrefixes.contains(where: { name.hasPrefix($0) }) {
            self = .ignored
            return
        }
        if name == ".env" || name.hasPrefix(".env.") || name.hasSuffix(".env") {
            self = .config
            return
        }
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last ?? "") : ""
        switch ext {
        case "py", "pyi": self = .python
        case "js", "jsx", "ts", "tsx", "mjs", "cjs", "prisma": self = .javascript
        case "java", "kt", "kts", "scala", "groovy", "cs": self = .java
        case "go": self = .go
        case "rb", "rake": self = .ruby
        case "sql": self = .sql
        case "yaml", "yml", "properties", "toml", "ini", "cfg", "conf", "json", "env", "hcl", "tf": self = .config
        default: self = .ignored
        }
    }

    /// True for languages whose blocks are delimited by indentation alone (affects nothing but loop heuristics' wording).
    var usesHashComments: Bool { self == .python || self == .ruby || self == .config }
}
