import AlphaSLO
import ArgumentParser

/// `alpha-sre slo rules FILE`: Prometheus recording + alerting rules and a matching promtool test file.
struct SLORulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Write Prometheus recording and alerting rules, and a `promtool test rules` file.")

    @Argument(help: "SLO definitions (any supported format).")
    var file: String

    @Option(name: .shortAndLong, help: "The rules file to write (default: standard output).")
    var output: String?

    @Option(help: "Also write a promtool unit-test file here (it references --output by its path).")
    var tests: String?

    func run() async throws {
        let result = try SLODefinitions.parse(yaml: try SLOFiles.read(file))
        for w in result.warnings { SLOFiles.warn("\(file): \(w)") }
        let (rules, warnings) = PrometheusRules.render(result.slos)
        for w in warnings { SLOFiles.warn(w) }
        if let output { try SLOFiles.write(rules, to: output) } else { print(rules, terminator: "") }
        if let tests {
            let rulesPath = output.map { Self.relative($0, from: tests) } ?? "rules.yaml"
            let (text, testWarnings) = PromtoolRuleTests.render(result.slos, rulesPath: rulesPath)
            for w in testWarnings { SLOFiles.warn(w) }
            try SLOFiles.write(text, to: tests)
        }
    }

    /// promtool resolves rule_files relative to the test file: use the rules path relative to its directory.
    static func relative(_ rules: String, from tests: String) -> String {
        guard !rules.hasPrefix("/") else { return rules }
        let testDir = tests.split(separator: "/").dropLast().joined(separator: "/")
        let rulesParts = rules.split(separator: "/")
        if testDir.isEmpty { return rules }
        let prefix = testDir + "/"
        if rules.hasPrefix(prefix) { return String(rules.dropFirst(prefix.count)) }
        return String(repeating: "../", count: testDir.split(separator: "/").count) + rulesParts.joined(separator: "/")
    }
}
