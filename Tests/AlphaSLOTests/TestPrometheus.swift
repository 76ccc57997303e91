import AlphaCore
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real Prometheus started by scripts/lib/prometheus.sh (`prometheus_start`).
enum TestPrometheus {
    static let url = ProcessInfo.processInfo.environment["ALPHA_SRE_TEST_PROMETHEUS_URL"]
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    /// 2026-01-01T00:00:00Z, minute 0 of the backfilled series.
    static let t0 = 1_767_225_600.0

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "ALPHA_SRE_TEST_PROMETHEUS_URL is not set but CI=true: source scripts/lib/prometheus.sh and call prometheus_start"
        }
    }

    struct APIFailure: Error, CustomStringConvertible { let description: String }

    static func base() throws -> String {
        guard let url else { throw Missing() }
        return url
    }

    static func get(_ path: String, _ params: [(String, String)]) async throws -> [String: Any] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let q = params.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        guard let u = URL(string: "\(try base())\(path)?\(q)") else { throw APIFailure(description: "bad URL") }
        let (data, _) = try await URLSession.shared.data(from: u)
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any], json["status"] as? String == "success",
            let payload = json["data"] as? [String: Any]
        else { throw APIFailure(description: "\(path) failed: \(String(decoding: data, as: UTF8.self))") }
        return payload
    }

    /// The single value of an instant query at `minute`; nil for an empty result.
    static func scalar(_ expr: String, minute: Int) async throws -> Double? {
        let data = try await get("/api/v1/query", [("query", expr), ("time", String(Int(t0) + minute * 60))])
        guard let result = data["result"] as? [[String: Any]], let first = result.first, let value = first["value"] as? [Any],
            value.count == 2, let text = value[1] as? String
        else { return nil }
        return text == "NaN" ? .nan : Double(text)
    }

    /// Raw samples of a selector over minutes [from, to].
    static func range(_ selector: String, from: Int, to: Int) async throws -> [MetricSeries] {
        let data = try await get(
            "/api/v1/query_range",
            [("query", selector), ("start", String(Int(t0) + from * 60)), ("end", String(Int(t0) + to * 60)), ("step", "60")])
        return ((data["result"] as? [[String: Any]]) ?? []).map { item in
            var labels = (item["metric"] as? [String: String]) ?? [:]
            let name = labels.removeValue(forKey: "__name__") ?? ""
            var ts: [Double] = []
            var vs: [Double] = []
            for pair in (item["values"] as? [[Any]]) ?? [] where pair.count == 2 {
                ts.append((pair[0] as? NSNumber)?.doubleValue ?? .nan)
                vs.append((pair[1] as? String).flatMap(Double.init) ?? .nan)
            }
            return MetricSeries(name: name, labels: labels.map { ($0.key, $0.value) }, timestamps: ts, values: vs)
        }
    }
}
