/// Our SLO YAML (`apiVersion: alpha-sre/v1`, `kind: SLO`), documented in docs/slo.md.
enum AlphaSLOFormat {
    static let apiVersion = "alpha-sre/v1"

    static func parse(_ doc: YAMLMap, warnings: inout [String]) throws(SLOError) -> [SLOSpec] {
        let kind = try doc.requiredString("kind")
        guard kind == "SLO" else { throw .unsupportedDocument("alpha-sre/v1 kind '\(kind)' (expected SLO)") }
        let service = try doc.requiredString("service")
        let labels = doc.stringMap("labels")
        var specs: [SLOSpec] = []
        for (i, node) in doc.sequence("slos").enumerated() {
            guard let m = YAMLMap(node, path: doc.child("slos[\(i)]")) else { throw .invalidValue(doc.child("slos[\(i)]"), "expected a mapping") }
            specs.append(try parseSLO(m, service: service, labels: labels, warnings: &warnings))
        }
        guard !specs.isEmpty else { throw .missingField(doc.child("slos")) }
        doc.reportUnread(into: &warnings)
        return specs
    }

    static func parseSLO(_ m: YAMLMap, service: String, labels: [String: String], warnings: inout [String]) throws(SLOError) -> SLOSpec {
        let name = try m.requiredString("name")
        let kindText = m.string("kind") ?? "availability"
        guard let kind = SLOKind(rawValue: kindText) else { throw .invalidValue(m.child("kind"), "expected availability, latency or error-rate") }
        guard let percent = try m.decimal("objective") else { throw .missingField(m.child("objective")) }
        guard let objective = percent / ExactRatio(integer: 100), objective.numerator > 0, objective.numerator < objective.denominator else {
            throw .invalidValue(m.child("objective"), "expected a percentage between 0 and 100 (exclusive)")
        }
        let window = try parseWindow(m.string("window") ?? "30d", path: m.child("window"))
        let budgetingText = m.string("budgeting") ?? "Occurrences"
        guard let budgeting = BudgetingMethod(rawValue: budgetingText) else {
            throw .invalidValue(m.child("budgeting"), "expected Occurrences, Timeslices or RatioTimeslices")
        }
        guard let sli = m.map("sli") else { throw .missingField(m.child("sli")) }
        let indicator = try parseIndicator(sli)
        sli.reportUnread(into: &warnings)
        var alerting = AlertingPolicy()
        if let a = m.map("alerting") {
            alerting = try parseAlerting(a)
            a.reportUnread(into: &warnings)
        }
        var all = labels
        for (k, v) in m.stringMap("labels") { all[k] = v }
        let spec = SLOSpec(
            service: service, name: name, description: m.string("description"), kind: kind, objective: objective, window: window,
            budgeting: budgeting, timesliceTarget: try m.double("timesliceTarget"), indicator: indicator, alerting: alerting, labels: all)
        m.reportUnread(into: &warnings)
        return spec
    }

    static func parseWindow(_ text: String, path: String) throws(SLOError) -> SLOWindow {
        switch text {
        case "calendar-month", "month": return .calendar(.month)
        case "calendar-week", "week": return .calendar(.week)
        case "calendar-quarter", "quarter": return .calendar(.quarter)
        default:
            guard let minutes = PromDuration.minutes(text), minutes >= 60 else {
                throw .invalidValue(path, "expected a rolling duration (30d) or calendar-month / calendar-week / calendar-quarter")
            }
            return .rolling(minutes: minutes)
        }
    }

    static func parseIndicator(_ sli: YAMLMap) throws(SLOError) -> SLOIndicator {
        if let histogram = sli.string("histogram") {
            guard let threshold = sli.string("threshold"), Double(threshold) != nil else { throw .missingField(sli.child("threshold")) }
            let (metric, matchers) = splitSelector(histogram)
            return .latencyHistogram(metric: metric, matchers: matchers, thresholdSeconds: threshold)
        }
        if let query = sli.string("query") {
            guard let opText = sli.string("op"), let op = SLOIndicator.ThresholdOperator(rawValue: opText) else {
                throw .invalidValue(sli.child("op"), "expected lt, lte, gt or gte")
            }
            guard let value = try sli.double("value") else { throw .missingField(sli.child("value")) }
            return .threshold(query: query, op: op, threshold: value)
        }
        let good = sli.string("good")
        let bad = sli.string("bad")
        let total = sli.string("total")
        guard [good, bad, total].compactMap({ $0 }).count >= 2 else {
            throw .invalidValue(sli.path, "give two of good, bad, total (or histogram + threshold, or query + op + value)")
        }
        return .ratio(good: good, bad: bad, total: total)
    }

    static func parseAlerting(_ a: YAMLMap) throws(SLOError) -> AlertingPolicy {
        var policy = AlertingPolicy()
        policy.alertName = a.string("name")
        if let minEvents = try a.double("minEvents") { policy.minEvents = minEvents }
        if let cooldown = try a.minutes("cooldown") { policy.cooldownMinutes = cooldown }
        policy.labels = a.stringMap("labels")
        policy.annotations = a.stringMap("annotations")
        if let tiers = a.map("tiers") {
            for key in tiers.keys {
                guard let t = tiers.map(key) else { continue }
                var tier =
                    policy.tiers.first { $0.name == key }
                    ?? BurnRateTier(name: key, severity: "ticket", longWindowMinutes: 0, shortWindowMinutes: 0, budgetShare: ExactRatio(integer: 0))
                if let e = try t.bool("enabled") { tier.enabled = e }
                if let s = t.string("severity") { tier.severity = s }
                if let f = try t.minutes("for") { tier.forMinutes = f }
                if let l = try t.minutes("long") { tier.longWindowMinutes = l }
                if let s = try t.minutes("short") { tier.shortWindowMinutes = s }
                if let share = try t.decimal("budgetShare") { tier.budgetShare = share }
                guard tier.longWindowMinutes > 0, tier.shortWindowMinutes > 0, tier.budgetShare.numerator > 0 else {
                    throw .invalidValue(t.path, "a new tier needs long, short and budgetShare")
                }
                var unread: [String] = []
                t.reportUnread(into: &unread)
                if let first = unread.first { throw .invalidValue(t.path, first) }
                if let i = policy.tiers.firstIndex(where: { $0.name == key }) { policy.tiers[i] = tier } else { policy.tiers.append(tier) }
            }
        }
        return policy
    }

    /// `metric{a="b"}` → (`metric`, `{a="b"}`).
    static func splitSelector(_ selector: String) -> (String, String) {
        guard let brace = selector.firstIndex(of: "{") else { return (selector.trimmingSpaces, "") }
        return (String(selector[..<brace]).trimmingSpaces, String(selector[brace...]).trimmingSpaces)
    }
}
