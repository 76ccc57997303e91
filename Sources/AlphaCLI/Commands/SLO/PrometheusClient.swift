import AlphaCore
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A small client for Prometheus's HTTP API (`/api/v1/query`, `/api/v1/query_range`).
///
/// Range queries are split into chunks below Prometheus's 11,000-points-per-series limit and merged; `"NaN"`,
/// `"+Inf"` values are read as Doubles; `errorType`/`error` become thrown errors, `warnings` go to stderr.
struct PrometheusClient: Sendable {
    /// Prometheus refuses range queries over 11,000 points per series.
    static let maxPointsPerSeries = 11_000

    let baseURL: String

    struct APIError: Error, CustomStringConvertible {
        let description: String
    }

    /// One instant-vector sample.
    struct Sample {
        var labels: [String: String]
        var time: Double
        var value: Double
    }

    /// `/api/v1/query` at `time`.
    func query(_ expr: String, at time: Double) async throws -> [Sample] {
        let data = try await get("/api/v1/query", ["query": expr, "time": Self.format(time)])
        guard let resultType = data["resultType"] as? String else { throw APIError(description: "query: no resultType") }
        switch resultType {
        case "vector":
            return ((data["result"] as? [[String: Any]]) ?? []).compactMap { item in
                guard let labels = item["metric"] as? [String: String], let v = item["value"] as? [Any], let s = Self.sample(v) else { return nil }
                return Sample(labels: labels, time: s.0, value: s.1)
            }
        case "scalar":
            guard let v = data["result"] as? [Any], let s = Self.sample(v) else { return [] }
            return [Sample(labels: [:], time: s.0, value: s.1)]
        default:
            throw APIError(description: "query: unexpected result type \(resultType)")
        }
    }

    /// `/api/v1/query_range`, chunked; series are merged by label set.
    func queryRange(_ expr: String, start: Double, end: Double, step: Double) async throws -> [MetricSeries] {
        guard step > 0, end >= start else { throw APIError(description: "query_range: empty range") }
        var merged: [String: (labels: [String: String], ts: [Double], vs: [Double])] = [:]
        var order: [String] = []
        let chunkSpan = Double(Self.maxPointsPerSeries - 1) * step
        var chunkStart = start
        while chunkStart <= end {
            let chunkEnd = min(chunkStart + chunkSpan, end)
            let data = try await get(
                "/api/v1/query_range", ["query": expr, "start": Self.format(chunkStart), "end": Self.format(chunkEnd), "step": Self.format(step)])
            for item in (data["result"] as? [[String: Any]]) ?? [] {
                let labels = (item["metric"] as? [String: String]) ?? [:]
                let key = labels.keys.sorted().map { "\($0)=\(labels[$0] ?? "")" }.joined(separator: ",")
                if merged[key] == nil {
                    merged[key] = (labels, [], [])
                    order.append(key)
                }
                for v in (item["values"] as? [[Any]]) ?? [] {
                    guard let s = Self.sample(v) else { continue }
                    merged[key]?.ts.append(s.0)
                    merged[key]?.vs.append(s.1)
                }
            }
            chunkStart = chunkEnd + step
        }
        return order.compactMap { key in
            guard let m = merged[key] else { return nil }
            var labels = m.labels
            let name = labels.removeValue(forKey: "__name__") ?? ""
            return MetricSeries(name: name, labels: labels.map { ($0.key, $0.value) }, timestamps: m.ts, values: m.vs)
        }
    }

    private func get(_ path: String, _ params: [String: String]) async throws -> [String: Any] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query = params.keys.sorted().map { k in
            "\(k)=\((params[k] ?? "").addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard let url = URL(string: "\(base)\(path)?\(query)") else { throw APIError(description: "bad Prometheus URL \(baseURL)") }
        let body: Data
        let response: URLResponse
        do {
            (body, response) = try await URLSession.shared.data(from: url)
        } catch {
            throw APIError(description: "cannot reach Prometheus at \(baseURL): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard let json = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw APIError(description: "\(path): HTTP \(status), not a Prometheus API response")
        }
        for w in (json["warnings"] as? [String]) ?? [] { SLOFiles.warn("prometheus: \(w)") }
        guard json["status"] as? String == "success" else {
            let type = json["errorType"] as? String ?? "unknown"
            let message = json["error"] as? String ?? "no message"
            throw APIError(description: "\(path): \(type): \(message) (HTTP \(status))")
        }
        guard let data = json["data"] as? [String: Any] else { throw APIError(description: "\(path): no data") }
        return data
    }

    /// `[time, "value"]` with "NaN", "+Inf", "-Inf" allowed.
    static func sample(_ pair: [Any]) -> (Double, Double)? {
        guard pair.count == 2, let t = (pair[0] as? NSNumber)?.doubleValue else { return nil }
        guard let text = pair[1] as? String else { return nil }
        switch text {
        case "NaN": return (t, .nan)
        case "+Inf", "Inf": return (t, .infinity)
        case "-Inf": return (t, -.infinity)
        default: return Double(text).map { (t, $0) }
        }
    }

    static func format(_ t: Double) -> String {
        t == t.rounded() && abs(t) < 1e15 ? String(Int(t)) : String(t)
    }
}
