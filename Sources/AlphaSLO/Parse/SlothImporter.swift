/// Sloth `version: prometheus/v1` service files.
enum SlothImporter {
    static func parse(_ doc: YAMLMap, warnings: inout [String]) throws(SLOError) -> [SLOSpec] {
        doc.ignore("version")
        let service = try doc.requiredString("service")
        let labels = doc.stringMap("labels")
        var out: [SLOSpec] = []
        for (i, node) in doc.sequence("slos").enumerated() {
            guard let m = YAMLMap(node, path: doc.child("slos[\(i)]")) else { throw .invalidValue(doc.child("slos[\(i)]"), "expected a mapping") }
            out.append(try slo(m, service: service, labels: labels, warnings: &warnings))
        }
        guard !out.isEmpty else { throw .missingField(doc.child("slos")) }
        doc.reportUnread(into: &warnings)
        return out
    }

    private static func slo(_ m: YAMLMap, service: String, labels: [String: String], warnings: inout [String]) throws(SLOError) -> SLOSpec {
        let name = try m.requiredString("name")
        guard let percent = try m.decimal("objective"), let objective = percent / ExactRatio(integer: 100),
            objective.numerator > 0, objective.numerator < objective.denominator
        else { throw .invalidValue(m.child("objective"), "expected a percentage in (0, 100)") }
        guard let sli = m.map("sli") else { throw .missingField(m.child("sli")) }
        guard let events = sli.map("events") else {
            throw .invalidValue(sli.path, "only sli.events (error_query/total_query) is supported; raw and plugin SLIs are not")
        }
        let error = try events.requiredString("error_query")
        let total = try events.requiredString("total_query")
        events.reportUnread(into: &warnings)
        sli.reportUnread(into: &warnings)
        var policy = AlertingPolicy()
        if let a = m.map("alerting") {
            policy.alertName = a.string("name")
            policy.labels = a.stringMap("labels")
            policy.annotations = a.stringMap("annotations")
            for (key, prefix) in [("page_alert", "page"), ("ticket_alert", "ticket")] {
                guard let t = a.map(key) else { continue }
                let disabled = try t.bool("disable") ?? false
                let tierLabels = t.stringMap("labels")
                for i in policy.tiers.indices where policy.tiers[i].severity == prefix {
                    if disabled { policy.tiers[i].enabled = false }
                    if let s = tierLabels["severity"] { policy.tiers[i].severity = s }
                }
                if tierLabels.keys.contains(where: { $0 != "severity" }) || t.has("annotations") {
                    warnings.append("\(t.path).labels/annotations other than severity are not per-tier here; use alerting.labels")
                    t.ignore("annotations")
                }
                t.reportUnread(into: &warnings)
            }
            a.reportUnread(into: &warnings)
        }
        var all = labels
        for (k, v) in m.stringMap("labels") { all[k] = v }
        let spec = SLOSpec(
            service: service, name: name, description: m.string("description"), kind: .availability, objective: objective,
            window: .rolling(minutes: 43_200), indicator: .ratio(good: nil, bad: error, total: total), alerting: policy, labels: all)
        m.reportUnread(into: &warnings)
        return spec
    }
}
