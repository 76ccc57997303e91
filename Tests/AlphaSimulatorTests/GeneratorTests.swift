import AlphaCore
import Testing

@testable import AlphaSimulator

@Suite struct GeneratorTests {
    static func decode(_ incident: GeneratedIncident) throws -> Incident {
        try IncidentDecoder.decode(Array(JSONText.render(incident.document).utf8))
    }

    @Test func sameSeedSameIncident() {
        let g = IncidentGenerator()
        let a = JSONText.render(g.generate(scenario: .random, seed: 11).document)
        let b = JSONText.render(g.generate(scenario: .random, seed: 11).document)
        let c = JSONText.render(g.generate(scenario: .random, seed: 12).document)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func incidentBTruthNamesRealCulprits() throws {
        let generated = IncidentGenerator().generate(scenario: .incidentB, seed: 1)
        let truth = generated.truth
        #expect(truth.labels == [.dbMissingIndex, .cacheRemoved, .connectionPoolExhausted])
        let incident = try Self.decode(generated)
        let shas = Set(incident.commits.map(\.sha))
        let index = try #require(truth.culprits.first { $0.label == .dbMissingIndex }?.culprit)
        #expect(shas.contains(index.commit ?? "-"))
        #expect(index.file != nil)
        #expect(truth.culprits.first { $0.label == .cacheRemoved }?.culprit?.configKey == "cache.enabled")
        #expect(truth.culprits.first { $0.label == .connectionPoolExhausted }?.culprit?.configKey == "database.pool_size")
        // The config diff really carries the changes.
        let config = try #require(incident.config)
        #expect(config.previous?["cache"]?.objectValue?["enabled"] == .bool(true))
        #expect(config.current["cache"]?.objectValue?["enabled"] == .bool(false))
        #expect(config.current["database"]?.objectValue?["pool_size"] != .number(20))
        // truth.json round trip.
        let parsed = try #require(GroundTruth(json: truth.json))
        #expect(parsed == truth)
    }

    @Test func everyStyleDecodes() throws {
        let g = IncidentGenerator()
        var formats = Set<String>()
        var containers = Set<String>()
        for seed in 0..<40 as Range<UInt64> {
            let generated = g.generate(scenario: .random, seed: seed)
            formats.insert("\(generated.style.logFormat)")
            containers.insert(generated.style.metricContainer.rawValue)
            let incident = try Self.decode(generated)
            #expect(incident.logs.count > 100)
            #expect(incident.metrics.count >= 12)
            #expect(incident.metrics.allSatisfy { $0.values.count == g.intervals })
            if generated.faults.contains(where: { if case .commit = $0.origin { true } else { false } }) {
                #expect(incident.deployedAt != nil)
                #expect(incident.commits.contains { $0.sha == generated.truth.culprits.compactMap(\.culprit?.commit).first })
            }
        }
        #expect(formats.count == LogFormat.allCases.count)
        #expect(containers.count == MetricContainer.allCases.count)
    }

    @Test func everyLabelHasAScenarioWithTruth() {
        let g = IncidentGenerator(intervals: 60)
        for label in FaultCatalog.labels {
            let generated = g.generate(scenario: .label(label), seed: 3)
            #expect(generated.truth.labels == [label])
            switch generated.faults.first?.origin {
            case .commit: #expect(generated.truth.culprit?.commit != nil && generated.truth.culprit?.file != nil)
            case .config: #expect(generated.truth.culprit?.configKey != nil)
            case .external: #expect(label == .trafficSpike || label == .diskFull || generated.truth.culprit?.dependency != nil)
            case nil: Issue.record("no fault for \(label)")
            }
        }
    }

    @Test func errorLogsFollowTheModel() throws {
        let generated = IncidentGenerator().generate(scenario: .label(.connectionPoolExhausted), seed: 5, style: .plain)
        let incident = try Self.decode(generated)
        let deploy = try #require(generated.deployedAt)
        var before = 0
        var after = 0
        for item in incident.logs {
            guard case .line(let s) = item, s.contains("QueuePool limit of size") else { continue }
            // Plain ISO lines start with the timestamp; compare as text (same format, same length).
            if String(s.prefix(24)) < TimeFormat.iso(deploy) { before += 1 } else { after += 1 }
        }
        #expect(before <= 2)
        #expect(after > 20)
    }

    @Test func timeFormat() {
        #expect(TimeFormat.iso(1_714_557_600.123) == "2024-05-01T10:00:00.123Z")
        #expect(TimeFormat.python(0) == "1970-01-01 00:00:00,000")
        #expect(TimeFormat.iso(951_782_400, millis: false) == "2000-02-29T00:00:00Z")
    }

    @Test func jsonTextEscapes() {
        let v = JSONValue.object(JSONObject([("a", .string("x\"y\\z\n\u{01}")), ("n", .number(1.5)), ("i", .number(3))]))
        #expect(JSONText.render(v) == "{\"a\":\"x\\\"y\\\\z\\n\\u0001\",\n\"n\":1.5,\n\"i\":3}")
    }
}

@Test func jsonLogLinesAreOneLine() throws {
    var style = IncidentStyle.plain
    style.logFormat = .jsonLines
    for keySet in 0...3 {
        style.logKeySet = keySet
        let generated = IncidentGenerator(intervals: 40).generate(scenario: .label(.codeRegression), seed: 2, style: style)
        let incident = try GeneratorTests.decode(generated)
        for item in incident.logs {
            guard case .line(let s) = item else { continue }
            #expect(s.hasPrefix("{") && s.hasSuffix("}"))
            #expect(!s.contains("\n"))
        }
    }
}

@Test(arguments: [Stack.java, .go])
func codeCulpritsAreWrittenInTheStacksLanguage(_ stack: Stack) throws {
    var style = IncidentStyle.plain
    style.stack = stack
    let ext = stack == .java ? ".java" : ".go"
    let generated = IncidentGenerator(intervals: 60).generate(scenario: .label(.codeRegression), seed: 8, style: style)
    let file = try #require(generated.truth.culprit?.file)
    #expect(file.hasSuffix(ext))
    let incident = try GeneratorTests.decode(generated)
    let commit = try #require(incident.commits.first { $0.sha == generated.truth.culprit?.commit })
    #expect(commit.diff?.contains("+++ b/\(file)") == true)
    // The stack traces point into the file the commit changed.
    let base = String(file.split(separator: "/").last ?? "")
    #expect(incident.logs.contains { if case .line(let s) = $0 { s.contains(base + ":25") } else { false } })
    for label in FaultCatalog.labels {
        let g = IncidentGenerator(intervals: 40).generate(scenario: .label(label), seed: 3, style: style)
        if case .commit(let change) = g.faults.first?.origin { #expect(!change.path.hasSuffix(".py"), "\(label) kept a Python diff") }
    }
}
