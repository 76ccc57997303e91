import AlphaAgents
import AlphaCore
import AlphaSimulator
import Testing

/// The demo's loop, end to end: the simulator breaks the system (Incident B), the analyzer reads the incident it wrote,
/// and applying the fixes for the analyzer's top three causes in the model brings latency and errors back to baseline.
@Suite struct SimulatedFixTests {
    @Test func incidentBIsFoundAndItsSuggestedFixesRecoverTheSystem() async throws {
        let scenario = try #require(Scenario(name: "incident-b"))
        let generated = IncidentGenerator().generate(scenario: scenario, seed: 1)
        let incident = try IncidentDecoder.decode(Array(JSONText.render(generated.document).utf8))
        let report = await IncidentAnalyzer().analyze(incident)
        let top3 = Array(report.hypotheses.prefix(3).map(\.label))
        #expect(Set(top3) == [.dbMissingIndex, .cacheRemoved, .connectionPoolExhausted], "ranked \(top3)")

        let replay = FixReplay.run(faults: generated.faults, fixing: top3, seed: 1)
        #expect(replay.broken.latencyP50Ms > 2 * replay.baseline.latencyP50Ms, "the fault must hurt for the test to mean anything")
        #expect(replay.recovered, "baseline \(replay.baseline), broken \(replay.broken), fixed \(replay.fixed)")
        #expect(replay.unfixedLabels.isEmpty)
    }
}
