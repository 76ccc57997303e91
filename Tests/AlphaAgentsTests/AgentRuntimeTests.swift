import AlphaCore
import AlphaSignals
import Testing

@testable import AlphaAgents

struct FailingAgent: Agent {
    struct Boom: Error {}
    let name = "FailingAgent"
    func findings(in context: AgentContext) async throws -> [Finding] { throw Boom() }
}

struct SlowAgent: Agent {
    let name = "SlowAgent"
    func findings(in context: AgentContext) async throws -> [Finding] {
        try await Task.sleep(for: .seconds(30))
        return []
    }
}

struct FixedAgent: Agent {
    let name = "FixedAgent"
    func findings(in context: AgentContext) async throws -> [Finding] {
        [Finding(label: .diskFull, evidence: Evidence(id: "disk", source: .logs, summary: "No space left on device", weight: 3))]
    }
}

@Suite struct AgentRuntimeTests {
    @Test func failedAndLateAgentsAreRecordedAndTheAnalysisCompletes() async {
        let analyzer = IncidentAnalyzer(agentDeadline: .milliseconds(200))
        let clock = ContinuousClock()
        let start = clock.now
        let report = await analyzer.analyze(
            Incident(deploymentId: "d1"), signals: IncidentSignals(), agents: [FailingAgent(), SlowAgent(), FixedAgent()])
        // The slow agent sleeps 30 s: finishing well before proves it was abandoned at its deadline (the bound is loose
        // because parallel suites can keep both cooperative threads busy for seconds).
        #expect(clock.now - start < .seconds(20))
        let status = Dictionary(uniqueKeysWithValues: report.agents.map { ($0.name, $0.status) })
        #expect(status["FailingAgent"] == .failed)
        #expect(status["SlowAgent"] == .timedOut)
        #expect(status["FixedAgent"] == .ok)
        #expect(status["SynthesisAgent"] == .ok)
        #expect(report.hypotheses.first?.label == .diskFull)
        #expect(report.agents.first { $0.name == "FixedAgent" }?.hypotheses == [.diskFull])
        #expect(report.agents.first { $0.name == "FailingAgent" }?.error?.contains("Boom") == true)
    }

    @Test func agentsRunConcurrently() async {
        struct Sleeper: Agent {
            let name: String
            func findings(in context: AgentContext) async throws -> [Finding] {
                try await Task.sleep(for: .milliseconds(300))
                return []
            }
        }
        let report = await IncidentAnalyzer().analyze(
            Incident(deploymentId: "d1"), signals: IncidentSignals(), agents: (0..<4).map { Sleeper(name: "Sleeper\($0)") })
        // Run one after another, the last would start after the first ended; concurrently, every agent starts before
        // any of them ends (each sleeps 300 ms), however loaded the machine is.
        let runs = report.agents.filter { $0.name.hasPrefix("Sleeper") }
        #expect(runs.count == 4)
        let lastStart = runs.map(\.offsetMs).max() ?? 0
        let firstEnd = runs.map { $0.offsetMs + $0.durationMs }.min() ?? 0
        #expect(lastStart < firstEnd)
    }
}
