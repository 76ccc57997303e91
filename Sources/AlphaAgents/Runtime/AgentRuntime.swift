import AlphaCore
import AlphaSignals

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One agent's run: its timeline entry and what it found.
struct AgentOutcome: Sendable {
    var run: AgentRun
    var findings: [Finding]
}

/// Runs agents concurrently, each under its own deadline, and records the execution timeline.
///
/// A failing or late agent becomes a `failed` / `timed_out` entry; the analysis goes on with the others.
/// Cancellation is cooperative: an agent that never suspends finishes its work before its task group returns.
struct AgentRuntime: Sendable {
    var deadline: Duration
    /// When the analysis began (timeline offsets are measured from it).
    var origin: ContinuousClock.Instant
    var wallOrigin: Double

    func run(_ agents: [any Agent], context: AgentContext) async -> [AgentOutcome] {
        await withTaskGroup(of: (Int, AgentOutcome).self) { group in
            for (index, agent) in agents.enumerated() {
                group.addTask { (index, await runOne(agent, context: context)) }
            }
            var outcomes: [(Int, AgentOutcome)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    func runOne(_ agent: any Agent, context: AgentContext) async -> AgentOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        // Each child reports when it finished, so the timeline shows the agent's own time, not the group's teardown.
        typealias Outcome = (result: Result<[Finding], any Error>, end: ContinuousClock.Instant)
        let outcome: Outcome? = await withTaskGroup(of: Outcome?.self) { group in
            group.addTask {
                do {
                    let found = try await agent.findings(in: context)
                    return (.success(found), clock.now)
                } catch {
                    return (.failure(error), clock.now)
                }
            }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        let result = outcome?.result
        let duration = ((outcome?.end ?? clock.now) - start).milliseconds
        let offset = (start - origin).milliseconds
        let startedAt = Timestamp.format(wallOrigin + offset / 1000)
        switch result {
        case .success(let found)?:
            let named = found.map { f in
                var f = f
                f.agent = agent.name
                return f
            }
            return AgentOutcome(
                run: AgentRun(name: agent.name, status: .ok, startedAt: startedAt, offsetMs: offset, durationMs: duration), findings: named)
        case .failure(let error)?:
            return AgentOutcome(
                run: AgentRun(
                    name: agent.name, status: .failed, startedAt: startedAt, offsetMs: offset, durationMs: duration, error: String(describing: error)),
                findings: [])
        case nil:
            return AgentOutcome(
                run: AgentRun(
                    name: agent.name, status: .timedOut, startedAt: startedAt, offsetMs: offset, durationMs: duration,
                    error: "no answer within \(deadline)"),
                findings: [])
        }
    }

    /// Seconds since 1970 now.
    static func wallNow() -> Double { Date().timeIntervalSince1970 }
}
