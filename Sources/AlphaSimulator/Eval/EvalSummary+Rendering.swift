public import AlphaCore

extension EvalSummary {
    /// A plain-text report: headline figures, per-label accuracy, confusion of misses, reliability bins.
    public func table() -> String {
        var out = ""
        out += "incidents            \(count)\n"
        out += "top-1 accuracy       \(pct(top1))\n"
        out += "top-3 accuracy       \(pct(top3))\n"
        out += "culprit accuracy     \(pct(culprit))  (\(culpritPairs) cause/culprit pairs)\n"
        out += "multi-cause recall@3 \(pct(multiCauseRecall3))  (\(multiCauseIncidents) incidents)\n"
        out += "ECE (10 bins)        \(fixed(ece, 3))  (\(forecasts) forecasts)\n"
        out += "ECE, top-1 only      \(fixed(eceTop1, 3))\n"
        out += "Brier score          \(fixed(brier, 3))\n"
        out += "latency p50 / p99    \(fixed(latencyP50Ms, 1)) ms / \(fixed(latencyP99Ms, 1)) ms\n"
        out += "corpus wall time     \(fixed(totalSeconds, 2)) s\n\n"
        out += pad("label", 27) + pad("n", 6) + pad("top-1", 9) + pad("top-3", 9) + "most common wrong top-1\n"
        for row in perLabel {
            let wrong = (confusion[row.label] ?? [:]).filter { $0.key != row.label }.max {
                $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
            }
            let miss = wrong.map { "\($0.key.rawValue) (\($0.value))" } ?? "-"
            out += pad(row.label.rawValue, 27) + pad(String(row.count), 6)
            out += pad(pct(Double(row.top1) / Double(max(1, row.count))), 9) + pad(pct(Double(row.top3) / Double(max(1, row.count))), 9) + miss + "\n"
        }
        out += "\nreliability (confidence bin: mean confidence → hit rate, n)\n"
        for (i, b) in bins.enumerated() where b.count > 0 {
            out +=
                "  [\(fixed(Double(i) / 10, 1)), \(fixed(Double(i + 1) / 10, 1))): \(fixed(b.confidence, 3)) → \(fixed(b.accuracy, 3)), n=\(b.count)\n"
        }
        return out
    }

    /// The same figures as JSON (for `--format json`).
    public var json: JSONValue {
        func num(_ v: Double) -> JSONValue { .number((v * 10000).rounded() / 10000) }
        let labels: [JSONValue] = perLabel.map { row in
            var confused: [(key: String, value: JSONValue)] = []
            for (k, v) in (confusion[row.label] ?? [:]).sorted(by: { $0.key < $1.key }) { confused.append((k.rawValue, .number(Double(v)))) }
            return .object(
                JSONObject([
                    ("label", .string(row.label.rawValue)), ("count", .number(Double(row.count))),
                    ("top1", num(Double(row.top1) / Double(max(1, row.count)))), ("top3", num(Double(row.top3) / Double(max(1, row.count)))),
                    ("top1_predictions", .object(JSONObject(confused))),
                ]))
        }
        let reliability: [JSONValue] = bins.enumerated().map { i, b in
            .object(
                JSONObject([
                    ("bin", .array([num(Double(i) / 10), num(Double(i + 1) / 10)])), ("confidence", num(b.confidence)),
                    ("accuracy", num(b.accuracy)), ("count", .number(Double(b.count))),
                ]))
        }
        return .object(
            JSONObject([
                ("incidents", .number(Double(count))), ("top1", num(top1)), ("top3", num(top3)), ("culprit", num(culprit)),
                ("culprit_pairs", .number(Double(culpritPairs))), ("multi_cause_recall_at_3", num(multiCauseRecall3)),
                ("multi_cause_incidents", .number(Double(multiCauseIncidents))), ("ece", num(ece)), ("ece_top1", num(eceTop1)), ("brier", num(brier)),
                ("forecasts", .number(Double(forecasts))),
                ("latency_ms", .object(JSONObject([("p50", num(latencyP50Ms)), ("p99", num(latencyP99Ms))]))),
                ("total_seconds", num(totalSeconds)), ("per_label", .array(labels)), ("reliability", .array(reliability)),
            ]))
    }

    private func pct(_ v: Double) -> String { fixed(v * 100, 1) + "%" }

    private func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }

    /// `v` with `digits` decimals (no Foundation formatting).
    public func fixed(_ v: Double, _ digits: Int) -> String {
        guard v.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (abs(v) * scale).rounded()
        let whole = Int(r / scale)
        let frac = Int(r - Double(whole) * scale)
        let sign = v < 0 && r > 0 ? "-" : ""
        return digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(TimeFormat.pad(frac, digits))"
    }
}
