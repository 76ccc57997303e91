public import AlphaCore

/// Generates labelled incidents: runs the model through a deploy (or an outside event) with the scenario's faults,
/// then writes what the system would have left behind — logs, metrics, commits, config, alerts — in the contract's
/// JSON form, together with the ground truth.
public struct IncidentGenerator: Sendable {
    /// Intervals in the window and their length (120 × 15 s = 30 minutes, the change near the middle).
    public var intervals: Int
    public var intervalSeconds: Double

    public init(intervals: Int = 120, intervalSeconds: Double = 15) {
        self.intervals = max(40, intervals)
        self.intervalSeconds = max(1, intervalSeconds)
    }

    static let dependencies = ["payments.internal", "api.stripe.com", "billing-gateway.internal", "psp.adyen-eu.example.net"]
    static let service = "orders-api"

    /// One incident. `style` nil draws a random presentation and noise from the seed.
    public func generate(scenario: Scenario, seed: UInt64, style: IncidentStyle? = nil) -> GeneratedIncident {
        var rng = SplitMix64(seed: seed)
        let dependency = rng.pick(Self.dependencies) ?? "payments.internal"
        var faults = scenario.faults(dependency: dependency, rng: &rng)
        let style = style ?? IncidentStyle.random(&rng)
        let allExternal = faults.allSatisfy { $0.origin == .external }
        let hasDeploy = !allExternal || rng.chance(0.5)

        let day = 1_714_521_600 + Double(rng.int(0...200)) * 86400
        let start = day + (rng.uniform(8, 19) * 3600 / intervalSeconds).rounded(.down) * intervalSeconds
        let middle = intervals / 2
        let deployIndex = middle + rng.int(-6...6)
        let activation: [Int] = faults.map { fault in
            if fault.origin != .external { return deployIndex }
            let anchor = hasDeploy ? deployIndex : middle
            return min(intervals - 30, max(20, anchor + Int((fault.onsetDelay / intervalSeconds).rounded())))
        }
        let onset = activation.min() ?? middle

        let diskStart = faults.contains { $0.label == .diskFull } ? rng.uniform(0.86, 0.92) : rng.uniform(0.35, 0.75)
        var bursts: [(start: Double, duration: Double, factor: Double)] = []
        if rng.chance(0.3) { bursts.append((start + rng.uniform(0, Double(intervals)) * intervalSeconds, 120, rng.uniform(1.2, 1.5))) }
        let traffic = TrafficProfile(baseRps: rng.uniform(110, 170), diurnalAmplitude: 0.3, peakHour: rng.uniform(13, 17), bursts: bursts)
        // Size each fault to the traffic at its onset (see FaultSizing), using a healthy probe of the same system.
        for (k, at) in activation.enumerated() {
            var probeModel = ServiceModel(traffic: traffic, intervalSeconds: intervalSeconds, seed: 99)
            let probe = probeModel.step(at: start + Double(at) * intervalSeconds)
            faults[k] = FaultSizing.size(faults[k], probe: probe, remaining: Double(intervals - at) * intervalSeconds, rng: &rng)
            faults[k] = StackTranslation.translate(faults[k], to: style.stack, dependency: dependency)
        }
        var model = ServiceModel(traffic: traffic, intervalSeconds: intervalSeconds, diskUsedRatio: diskStart, seed: rng.next())
        var series: [IntervalMetrics] = []
        series.reserveCapacity(intervals)
        for i in 0..<intervals {
            for (fault, at) in zip(faults, activation) where at == i { fault.inject(into: &model.parameters) }
            series.append(model.step(at: start + Double(i) * intervalSeconds))
        }

        var draft = Draft(
            rng: SplitMix64(seed: rng.next()), style: style, faults: faults, activation: activation, dependency: dependency, start: start,
            intervalSeconds: intervalSeconds, deployTime: hasDeploy ? start + Double(deployIndex) * intervalSeconds - 1 : nil,
            onsetTime: start + Double(onset) * intervalSeconds, metrics: series, parameters: model.parameters)
        let commits = draft.commits()
        let alerts = draft.alerts()
        let firstAlert = draft.firstAlertTime ?? draft.onsetTime + 180
        var doc: [(key: String, value: JSONValue)] = [
            ("incident_id", .string("INC-SIM-\(seed)")),
            ("deployment_id", .string("deploy-\(Self.service)-v2.\(seed % 40 + 3).\(seed % 7)")),
            ("title", .string(draft.title)),
            ("service", .string(Self.service)),
            ("detected_at", .string(TimeFormat.iso(firstAlert, millis: false))),
        ]
        if let d = draft.deployTime {
            doc.append(("deployed_at", draft.rng.chance(0.5) ? .number(d.rounded()) : .string(TimeFormat.iso(d, millis: false))))
        }
        doc.append(("logs", .array(draft.logs())))
        doc.append(("metrics", draft.metricsSection()))
        doc.append(("recent_commits", .array(commits)))
        doc.append(("config_snapshot", draft.config()))
        doc.append(("alerts", .array(alerts)))

        let culprits: [(label: CauseLabel, culprit: Culprit?)] = faults.map { f in
            if case .commit(let change) = f.origin { return (f.label, f.culprit(sha: draft.shas[change.path])) }
            return (f.label, f.culprit(sha: nil))
        }
        let truth = GroundTruth(labels: faults.map(\.label), culprit: culprits.first?.culprit, culprits: culprits)
        return GeneratedIncident(
            document: .object(JSONObject(doc)), truth: truth, faults: faults, metrics: series, style: style, deployedAt: draft.deployTime)
    }
}

/// A generated incident: the JSON document (contract form), its ground truth and what produced it.
public struct GeneratedIncident: Sendable {
    /// The incident as the contract's JSON (render it with ``JSONText``).
    public var document: JSONValue
    public var truth: GroundTruth
    public var faults: [Fault]
    /// The model's intervals, for tests and for the demo.
    public var metrics: [IntervalMetrics]
    public var style: IncidentStyle
    public var deployedAt: Double?
}
