/// Pyrra `ServiceLevelObjective` (pyrra.dev/v1alpha1) custom resources.
enum PyrraImporter {
    static func parse(_ doc: YAMLMap, warnings: inout [String]) throws(SLOError) -> [SLOSpec] {
        doc.ignore("apiVersion")
        let kind = try doc.requiredString("kind")
        guard kind == "ServiceLevelObjective" else { throw .unsupportedDocument("Pyrra kind '\(kind)'") }
        guard let metadata = doc.map("metadata") else { throw .missingField(doc.child("metadata")) }
        let name = try metadata.requiredString("name")
        let namespace = metadata.string("namespace")
        var labels = metadata.stringMap("labels")
        metadata.ignore("annotations")
        metadata.reportUnread(into: &warnings)
        // Pyrra has no service field: take the pyrra.dev/service label, else the namespace, else the name.
        let service = labels.removeValue(forKey: "pyrra.dev/service") ?? namespace ?? name
        guard let spec = doc.map("spec") else { throw .missingField(doc.child("spec")) }
        guard let objective = try spec.decimal("target").flatMap({ $0 / ExactRatio(integer: 100) }), objective.numerator > 0,
            objective.numerator < objective.denominator
        else { throw .invalidValue(spec.child("target"), "expected a percentage in (0, 100)") }
        guard let minutes = try spec.minutes("window") else { throw .missingField(spec.child("window")) }
        guard let ind = spec.map("indicator") else { throw .missingField(spec.child("indicator")) }
        let indicator: SLOIndicator
        let kindOut: SLOKind
        if let ratio = ind.map("ratio") {
            let errors = try metric(ratio.map("errors"), path: ratio.child("errors"), warnings: &warnings)
            let total = try metric(ratio.map("total"), path: ratio.child("total"), warnings: &warnings)
            grouping(ratio, warnings: &warnings)
            ratio.reportUnread(into: &warnings)
            indicator = .ratio(good: nil, bad: errors, total: total)
            kindOut = .availability
        } else if let latency = ind.map("latency") {
            let success = try metric(latency.map("success"), path: latency.child("success"), warnings: &warnings)
            let total = try metric(latency.map("total"), path: latency.child("total"), warnings: &warnings)
            grouping(latency, warnings: &warnings)
            latency.reportUnread(into: &warnings)
            indicator = .ratio(good: success, bad: nil, total: total)
            kindOut = .latency
        } else {
            throw .invalidValue(ind.path, "only ratio and latency indicators are supported (not \(ind.keys.joined(separator: ", ")))")
        }
        ind.reportUnread(into: &warnings)
        var policy = AlertingPolicy()
        if let a = spec.map("alerting") {
            policy.alertName = a.string("name")
            let disabled = try a.bool("disabled") == true
            let noBurnRates = try a.bool("burnrates") == false
            if disabled || noBurnRates {
                for i in policy.tiers.indices { policy.tiers[i].enabled = false }
            }
            if try a.bool("absent") == true { warnings.append("\(a.child("absent")): absent alerts are not generated") }
            a.reportUnread(into: &warnings)
        }
        let out = SLOSpec(
            service: service, name: name, description: spec.string("description"), kind: kindOut, objective: objective,
            window: .rolling(minutes: minutes), indicator: indicator, alerting: policy, labels: labels)
        spec.reportUnread(into: &warnings)
        doc.reportUnread(into: &warnings)
        return [out]
    }

    private static func metric(_ m: YAMLMap?, path: String, warnings: inout [String]) throws(SLOError) -> String {
        guard let m else { throw .missingField(path) }
        let q = try m.requiredString("metric")
        m.reportUnread(into: &warnings)
        return q
    }

    private static func grouping(_ m: YAMLMap, warnings: inout [String]) {
        if !m.sequence("grouping").isEmpty { warnings.append("\(m.child("grouping")): grouping is not applied (one SLO per definition)") }
    }
}
