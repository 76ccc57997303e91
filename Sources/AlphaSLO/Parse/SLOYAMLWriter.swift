/// Writes SLOs in our YAML format (what `alpha-sre slo import` prints); reading it back gives the same SLOs.
public enum SLOYAMLWriter {
    /// One `alpha-sre/v1` document per service, separated by `---`.
    public static func write(_ slos: [SLOSpec]) -> String {
        var services: [String] = []
        for s in slos where !services.contains(s.service) { services.append(s.service) }
        return services.map { service in document(service: service, slos: slos.filter { $0.service == service }) }.joined(separator: "---\n")
    }

    private static func document(service: String, slos: [SLOSpec]) -> String {
        var out = "apiVersion: \(AlphaSLOFormat.apiVersion)\nkind: SLO\nservice: \(quote(service))\nslos:\n"
        for s in slos {
            out += "  - name: \(quote(s.name))\n"
            if let d = s.description { out += "    description: \(quote(d))\n" }
            out += "    kind: \(s.kind.rawValue)\n"
            out += "    objective: \(decimalText(((s.objective * ExactRatio(integer: 100)) ?? s.objective)))\n"
            switch s.window {
            case .rolling(let m): out += "    window: \(PromDuration.format(minutes: m))\n"
            case .calendar(let u): out += "    window: calendar-\(u.rawValue)\n"
            }
            out += "    budgeting: \(s.budgeting.rawValue)\n"
            if let t = s.timesliceTarget { out += "    timesliceTarget: \(t)\n" }
            if !s.labels.isEmpty { out += "    labels:\n" + stringMap(s.labels, indent: 6) }
            out += "    sli:\n"
            switch s.indicator {
            case .ratio(let good, let bad, let total):
                if let good { out += "      good: \(quote(good))\n" }
                if let bad { out += "      bad: \(quote(bad))\n" }
                if let total { out += "      total: \(quote(total))\n" }
            case .latencyHistogram(let metric, let matchers, let threshold):
                out += "      histogram: \(quote(metric + matchers))\n      threshold: \(quote(threshold))\n"
            case .threshold(let query, let op, let value):
                out += "      query: \(quote(query))\n      op: \(op.rawValue)\n      value: \(value)\n"
            }
            out += alerting(s.alerting)
        }
        return out
    }

    private static func alerting(_ a: AlertingPolicy) -> String {
        var out = "    alerting:\n"
        if let n = a.alertName { out += "      name: \(quote(n))\n" }
        out += "      minEvents: \(PrometheusRules.num(a.minEvents))\n      cooldown: \(PromDuration.format(minutes: a.cooldownMinutes))\n"
        if !a.labels.isEmpty { out += "      labels:\n" + stringMap(a.labels, indent: 8) }
        if !a.annotations.isEmpty { out += "      annotations:\n" + stringMap(a.annotations, indent: 8) }
        out += "      tiers:\n"
        let defaults = BurnRateTier.workbookDefaults.map(\.name)
        for name in Set(defaults).subtracting(a.tiers.map(\.name)).sorted() {
            out += "        \(name): {enabled: false}\n"
        }
        for t in a.tiers {
            out += "        \(quote(t.name)):\n"
            out +=
                "          enabled: \(t.enabled)\n          severity: \(quote(t.severity))\n          for: \(PromDuration.format(minutes: t.forMinutes))\n"
            out += "          long: \(PromDuration.format(minutes: t.longWindowMinutes))\n"
            out += "          short: \(PromDuration.format(minutes: t.shortWindowMinutes))\n"
            out += "          budgetShare: \(decimalText(t.budgetShare))\n"
        }
        return out
    }

    /// Exact decimal text when the ratio has a finite decimal expansion, else the exact fraction `n/d`.
    static func decimalText(_ r: ExactRatio) -> String {
        var d = r.denominator
        var twos = 0
        var fives = 0
        while d % 2 == 0 {
            d /= 2
            twos += 1
        }
        while d % 5 == 0 {
            d /= 5
            fives += 1
        }
        let fraction = "\(r.numerator)/\(r.denominator)"
        guard d == 1 else { return fraction }
        let digits = max(twos, fives)
        guard digits <= 17 else { return fraction }
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let (scaled, overflow) = r.numerator.multipliedReportingOverflow(by: scale / r.denominator)
        guard !overflow else { return fraction }
        guard digits > 0 else { return String(scaled) }
        let negative = scaled < 0
        var text = String(abs(scaled))
        while text.count <= digits { text = "0" + text }
        let cut = text.index(text.endIndex, offsetBy: -digits)
        return (negative ? "-" : "") + text[..<cut] + "." + text[cut...]
    }

    private static func stringMap(_ map: [String: String], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return map.keys.sorted().map { "\(pad)\(quote($0)): \(quote(map[$0] ?? ""))\n" }.joined()
    }

    /// A YAML double-quoted scalar.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
