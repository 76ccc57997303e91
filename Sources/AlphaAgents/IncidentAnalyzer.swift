public import AlphaCore
public import AlphaSignals

/// The whole analysis: signals, then the four source agents in parallel, then synthesis and remediation.
public struct IncidentAnalyzer: Sendable {
    public var model: FusionModel
    /// How long each agent may take.
    public var agentDeadline: Duration

    public init(model: FusionModel = .standard, agentDeadline: Duration = .seconds(10)) {
        self.model = model
        self.agentDeadline = agentDeadline
    }

    /// The source agents, in timeline order.
    public static var sourceAgents: [any Agent] { [LogAgent(), MetricsAgent(), CommitAgent(), ConfigAgent()] }

    /// Analyzes an incident end to end.
    public func analyze(_ incident: Incident) async -> AnalysisReport {
        await analyzeWithSignals(incident).report
    }

    /// Analyzes an incident end to end and also returns the full signals (the report carries capped lists).
    public func analyzeWithSignals(_ incident: Incident) async -> (report: AnalysisReport, signals: IncidentSignals) {
        let clock = ContinuousClock()
        let origin = clock.now
        let wallOrigin = AgentRuntime.wallNow()
        let signals = await SignalExtractor().extract(incident)
        let report = await analyze(incident, signals: signals, agents: Self.sourceAgents, origin: origin, wallOrigin: wallOrigin)
        return (report, signals)
    }

    /// Analyzes with given signals and agents (tests swap agents in to check failure handling).
    public func analyze(_ incident: Incident, signals: IncidentSignals, agents: [any Agent]) async -> AnalysisReport {
        await analyze(incident, signals: signals, agents: agents, origin: ContinuousClock().now, wallOrigin: AgentRuntime.wallNow())
    }

    func analyze(
        _ incident: Incident, signals: IncidentSignals, agents: [any Agent], origin: ContinuousClock.Instant, wallOrigin: Double
    ) async -> AnalysisReport {
        let clock = ContinuousClock()
        let runtime = AgentRuntime(deadline: agentDeadline, origin: origin, wallOrigin: wallOrigin)
        var outcomes = await runtime.run(agents, context: AgentContext(incident: incident, signals: signals))

        let synthesisStart = clock.now
        let synthesis = SynthesisAgent(model: model)
        let findings = outcomes.flatMap(\.findings)
        let planner = RemediationPlanner(incident: incident, signals: signals)
        let hypotheses = synthesis.hypotheses(from: findings, signals: signals).map { h -> Hypothesis in
            var h = h
            if h.label != .unknown { h.remediation = planner.remediation(for: h) }
            return h
        }
        let offset = (synthesisStart - origin).milliseconds
        outcomes.append(
            AgentOutcome(
                run: AgentRun(
                    name: synthesis.name, status: .ok, startedAt: Timestamp.format(wallOrigin + offset / 1000), offsetMs: offset,
                    durationMs: (clock.now - synthesisStart).milliseconds),
                findings: []))

        let runs = outcomes.map { outcome -> AgentRun in
            var run = outcome.run
            let raised = Set(outcome.findings.map(\.label))
            run.hypotheses = outcome.run.name == synthesis.name ? hypotheses.map(\.label) : hypotheses.map(\.label).filter(raised.contains)
            return run
        }
        return AnalysisReport(
            incidentId: incident.incidentId,
            deploymentId: incident.deploymentId,
            title: incident.title,
            service: incident.service,
            hypotheses: hypotheses,
            signals: SignalSummary.report(signals),
            agents: runs,
            reasoning: ReasoningTrail.steps(signals: signals, outcomes: outcomes, hypotheses: hypotheses, model: model),
            durationMs: (clock.now - origin).milliseconds
        )
    }
}
