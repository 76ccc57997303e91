import Yams

/// OpenSLO `openslo/v1`: SLO, SLI, Service, AlertPolicy and AlertCondition documents, resolved by name.
struct OpenSLOImporter {
    private var slos: [YAMLMap] = []
    private var slis: [String: YAMLMap] = [:]
    private var services: [String: YAMLMap] = [:]
    private var policies: [String: YAMLMap] = [:]
    private var conditions: [String: YAMLMap] = [:]

    mutating func add(_ doc: YAMLMap, warnings: inout [String]) throws(SLOError) {
        let kind = try doc.requiredString("kind")
        guard let metadata = doc.map("metadata") else { throw .missingField(doc.child("metadata")) }
        let name = try metadata.requiredString("name")
        metadata.ignore("displayName", "labels", "annotations", "namespace")
        metadata.reportUnread(into: &warnings)
        switch kind {
        case "SLO": slos.append(doc)
        case "SLI": slis[name] = doc
        case "Service":
            services[name] = doc
            doc.map("spec")?.ignore("description")
            doc.ignore("spec")
        case "AlertPolicy": policies[name] = doc
        case "AlertCondition": conditions[name] = doc
        default:
            warnings.append("unsupported OpenSLO kind \(kind) '\(name)' ignored")
            return
        }
        doc.ignore("apiVersion")
    }

    mutating func resolve(warnings: inout [String]) throws(SLOError) -> [SLOSpec] {
        var out: [SLOSpec] = []
        for doc in slos { out += try slo(doc, warnings: &warnings) }
        // Referenced objects report their unread fields once, after every SLO used them.
        for doc in Array(slis.values) + Array(policies.values) + Array(conditions.values) + Array(services.values) + slos {
            doc.reportUnread(into: &warnings)
        }
        return out
    }

    private func slo(_ doc: YAMLMap, warnings: inout [String]) throws(SLOError) -> [SLOSpec] {
        let name = doc.map("metadata")?.string("name") ?? ""
        guard let spec = doc.map("spec") else { throw .missingField(doc.child("spec")) }
        let service = try spec.requiredString("service")
        if services[service] == nil && !services.isEmpty { warnings.append("SLO \(name): service '\(service)' has no Service document") }
        let window = try timeWindow(spec, warnings: &warnings)
        let budgetingText = spec.string("budgetingMethod") ?? "Occurrences"
        guard let budgeting = BudgetingMethod(rawValue: budgetingText) else {
            throw .invalidValue(spec.child("budgetingMethod"), "expected Occurrences, Timeslices or RatioTimeslices")
        }
        // The indicator: inline (`indicator`) or referenced (`indicatorRef`).
        var indicatorSpec: YAMLMap?
        if let inline = spec.map("indicator") {
            inline.map("metadata")?.ignore("name", "displayName", "labels", "annotations")
            inline.ignore("metadata")
            indicatorSpec = inline.map("spec")
            inline.reportUnread(into: &warnings)
        } else if let ref = spec.string("indicatorRef") {
            guard let sli = slis[ref] else { throw .unresolvedReference("SLI '\(ref)' (from \(spec.child("indicatorRef")))") }
            indicatorSpec = sli.map("spec")
        }
        guard let indicatorSpec else { throw .missingField(spec.child("indicator")) }
        indicatorSpec.ignore("description")
        var alerting = AlertingPolicy()
        var policyTiers: [BurnRateTier] = []
        for (i, node) in spec.sequence("alertPolicies").enumerated() {
            policyTiers += try alertPolicy(
                node, path: spec.child("alertPolicies[\(i)]"), periodMinutes: window.periodMinutes(at: 0), warnings: &warnings)
        }
        if !policyTiers.isEmpty {
            // OpenSLO conditions replace the defaults; the defaults stay present but disabled.
            alerting.tiers =
                BurnRateTier.workbookDefaults.map {
                    var t = $0; t.enabled = false; return t
                } + policyTiers
        }
        spec.ignore("description")
        var out: [SLOSpec] = []
        let objectives = spec.sequence("objectives")
        guard !objectives.isEmpty else { throw .missingField(spec.child("objectives")) }
        for (i, node) in objectives.enumerated() {
            guard let o = YAMLMap(node, path: spec.child("objectives[\(i)]")) else {
                throw .invalidValue(spec.child("objectives[\(i)]"), "expected a mapping")
            }
            var objective: ExactRatio
            if let t = try o.decimal("target") {
                objective = t
            } else if let p = try o.decimal("targetPercent"), let r = p / ExactRatio(integer: 100) {
                objective = r
            } else {
                throw .missingField(o.child("target"))
            }
            guard objective.numerator > 0, objective.numerator < objective.denominator else {
                throw .invalidValue(o.child("target"), "must be in (0, 1)")
            }
            let (indicator, kind) = try self.indicator(indicatorSpec, objective: o, warnings: &warnings)
            var sliceTarget = try o.double("timeSliceTarget")
            if let w = o.string("timeSliceWindow"), PromDuration.minutes(w) != 1 {
                warnings.append("\(o.child("timeSliceWindow")) '\(w)' is evaluated as 1m slices")
            }
            if budgeting == .occurrences, sliceTarget != nil {
                warnings.append("\(o.child("timeSliceTarget")) ignored for Occurrences")
                sliceTarget = nil
            }
            o.ignore("displayName", "compositeWeight")
            let display = o.string("displayName")
            o.reportUnread(into: &warnings)
            let sloName = objectives.count == 1 ? name : "\(name)-\(display.map(Self.slug) ?? String(i))"
            out.append(
                SLOSpec(
                    service: service, name: sloName, description: spec.string("description"), kind: kind, objective: objective, window: window,
                    budgeting: budgeting, timesliceTarget: sliceTarget, indicator: indicator, alerting: alerting,
                    labels: doc.map("metadata")?.stringMap("labels") ?? [:]))
        }
        spec.reportUnread(into: &warnings)
        return out
    }

    private func timeWindow(_ spec: YAMLMap, warnings: inout [String]) throws(SLOError) -> SLOWindow {
        let windows = spec.sequence("timeWindow")
        guard let first = windows.first, let w = YAMLMap(first, path: spec.child("timeWindow[0]")) else {
            throw .missingField(spec.child("timeWindow"))
        }
        if windows.count > 1 { warnings.append("\(spec.child("timeWindow")): only the first of \(windows.count) windows is used") }
        let duration = try w.requiredString("duration")
        let rolling = try w.bool("isRolling") ?? (w.has("calendar") ? false : true)
        defer { w.reportUnread(into: &warnings) }
        if !rolling {
            if let cal = w.map("calendar") {
                cal.ignore("startTime")
                if let tz = cal.string("timeZone"), tz != "UTC", tz != "Etc/UTC" {
                    warnings.append("\(cal.child("timeZone")) '\(tz)' is evaluated in UTC")
                }
                cal.reportUnread(into: &warnings)
            }
            switch duration {
            case "1M": return .calendar(.month)
            case "1w", "7d": return .calendar(.week)
            case "1Q", "3M": return .calendar(.quarter)
            default: throw .invalidValue(w.child("duration"), "calendar windows of 1w, 1M or 1Q are supported, got '\(duration)'")
            }
        }
        guard let minutes = PromDuration.minutes(duration) else { throw .invalidValue(w.child("duration"), "expected a duration, got '\(duration)'") }
        return .rolling(minutes: minutes)
    }

    private func indicator(_ s: YAMLMap, objective o: YAMLMap, warnings: inout [String]) throws(SLOError) -> (SLOIndicator, SLOKind) {
        if let ratio = s.map("ratioMetric") {
            if let counter = try ratio.bool("counter"), !counter {
                warnings.append("\(ratio.child("counter")) false: queries are treated as counters")
            }
            let good = try ratio.map("good").map { m throws(SLOError) in try query(m, warnings: &warnings) }
            let bad = try ratio.map("bad").map { m throws(SLOError) in try query(m, warnings: &warnings) }
            let total = try ratio.map("total").map { m throws(SLOError) in try query(m, warnings: &warnings) }
            ratio.reportUnread(into: &warnings)
            guard total != nil, good != nil || bad != nil else { throw .invalidValue(ratio.path, "needs total and good or bad") }
            return (.ratio(good: good, bad: bad, total: total), bad != nil ? .errorRate : .availability)
        }
        if let threshold = s.map("thresholdMetric") {
            let q = try query(threshold, warnings: &warnings)
            threshold.reportUnread(into: &warnings)
            guard let opText = o.string("op"), let op = SLOIndicator.ThresholdOperator(rawValue: opText) else {
                throw .invalidValue(o.child("op"), "expected lt, lte, gt or gte")
            }
            guard let value = try o.double("value") else { throw .missingField(o.child("value")) }
            return (.threshold(query: q, op: op, threshold: value), .latency)
        }
        throw .invalidValue(s.path, "expected ratioMetric or thresholdMetric")
    }

    private func query(_ metric: YAMLMap, warnings: inout [String]) throws(SLOError) -> String {
        guard let source = metric.map("metricSource") else { throw .missingField(metric.child("metricSource")) }
        if let type = source.string("type"), type.lowercased() != "prometheus" {
            throw .invalidValue(source.child("type"), "only Prometheus metric sources are supported, got '\(type)'")
        }
        source.ignore("metricSourceRef")
        guard let spec = source.map("spec") else { throw .missingField(source.child("spec")) }
        let q = spec.string("query") ?? spec.string("promql")
        guard let q else { throw .missingField(spec.child("query")) }
        spec.reportUnread(into: &warnings)
        source.reportUnread(into: &warnings)
        metric.reportUnread(into: &warnings)
        return q
    }

    private func alertPolicy(_ node: Node, path: String, periodMinutes: Int, warnings: inout [String]) throws(SLOError) -> [BurnRateTier] {
        var policy: YAMLMap?
        if case .scalar(let s) = node {
            policy = policies[s.string]
            guard policy != nil else { throw .unresolvedReference("AlertPolicy '\(s.string)' (from \(path))") }
        } else if let m = YAMLMap(node, path: path) {
            if let ref = m.string("alertPolicyRef") {
                guard let p = policies[ref] else { throw .unresolvedReference("AlertPolicy '\(ref)' (from \(path))") }
                policy = p
            } else {
                m.ignore("kind", "apiVersion")
                m.map("metadata")?.ignore("name", "displayName", "labels", "annotations")
                m.ignore("metadata")
                policy = m
            }
        }
        guard let policy, let spec = policy.map("spec") else { throw .missingField("\(path).spec") }
        spec.ignore("description", "alertWhenBreaching", "alertWhenResolved", "alertWhenNoData", "notificationTargets")
        var tiers: [BurnRateTier] = []
        for (i, c) in spec.sequence("conditions").enumerated() {
            var cond: YAMLMap?
            let cpath = spec.child("conditions[\(i)]")
            let m = YAMLMap(c, path: cpath)
            if let m {
                if let ref = m.string("conditionRef") {
                    guard let found = conditions[ref] else { throw .unresolvedReference("AlertCondition '\(ref)' (from \(cpath))") }
                    cond = found
                } else {
                    m.ignore("kind", "apiVersion")
                    cond = m
                }
            }
            guard let cond else { throw .invalidValue(cpath, "expected a condition or conditionRef") }
            let metadata = cond.map("metadata")
            let name = metadata?.string("name") ?? "condition-\(i)"
            metadata?.ignore("displayName", "labels", "annotations")
            metadata?.reportUnread(into: &warnings)
            tiers.append(try condition(cond, name: name, periodMinutes: periodMinutes, warnings: &warnings))
            m?.reportUnread(into: &warnings)
        }
        return tiers
    }

    private func condition(_ doc: YAMLMap, name: String, periodMinutes: Int, warnings: inout [String]) throws(SLOError) -> BurnRateTier {
        guard let spec = doc.map("spec") else { throw .missingField(doc.child("spec")) }
        spec.ignore("description")
        let severity = spec.string("severity") ?? "ticket"
        guard let c = spec.map("condition") else { throw .missingField(spec.child("condition")) }
        let kind = c.string("kind") ?? "burnrate"
        guard kind == "burnrate" else { throw .invalidValue(c.child("kind"), "only burnrate conditions are supported") }
        if let op = c.string("op"), op != "gt", op != "gte" { throw .invalidValue(c.child("op"), "burn-rate conditions must be gt or gte") }
        if c.string("op") == "gte" { warnings.append("\(c.child("op")) gte is evaluated as gt (strictly greater, see docs/slo.md)") }
        guard let factor = try c.decimal("threshold") else { throw .missingField(c.child("threshold")) }
        guard let long = try c.minutes("lookbackWindow") else { throw .missingField(c.child("lookbackWindow")) }
        let forMinutes = try c.minutes("alertAfter") ?? 0
        // OpenSLO gives the factor; we store the budget share so the factor stays right for any period.
        guard let scale = ExactRatio(long, periodMinutes), let share = factor * scale else {
            throw .invalidValue(c.child("threshold"), "cannot derive a budget share")
        }
        c.reportUnread(into: &warnings)
        return BurnRateTier(
            name: name, severity: severity, longWindowMinutes: long, shortWindowMinutes: max(long / 12, 1), budgetShare: share, forMinutes: forMinutes
        )
    }

    static func slug(_ s: String) -> String {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
