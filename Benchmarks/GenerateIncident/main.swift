// generate-incident: writes a large, realistic, deterministic incident for benchmarks, or times the decoder.
//
//   generate-incident --lines 1000000 --series 200 --points 10000 --commits 50 --seed 1 --out FILE
//   generate-incident --decode-only FILE [--repeat 3]
import AlphaCore
import Foundation

struct Options {
    var lines = 1_000_000
    var series = 200
    var points = 10_000
    var commits = 50
    var seed: UInt64 = 1
    var out: String?
    var decodeOnly: String?
    var repeats = 3
}

func parseOptions(_ arguments: [String]) -> Options? {
    var options = Options()
    var index = 0
    while index < arguments.count {
        let name = arguments[index]
        guard index + 1 < arguments.count else { return nil }
        let value = arguments[index + 1]
        switch name {
        case "--lines": options.lines = Int(value) ?? -1
        case "--series": options.series = Int(value) ?? -1
        case "--points": options.points = Int(value) ?? -1
        case "--commits": options.commits = Int(value) ?? -1
        case "--seed": options.seed = UInt64(value) ?? 1
        case "--out": options.out = value
        case "--decode-only": options.decodeOnly = value
        case "--repeat": options.repeats = max(Int(value) ?? 1, 1)
        default: return nil
        }
        index += 2
    }
    guard options.lines >= 0, options.series >= 0, options.points >= 0, options.commits >= 0 else { return nil }
    return options
}

func generate(_ options: Options) -> [UInt8] {
    var rng = SplitMix64(seed: options.seed)
    let scenario = Scenario(points: options.points)
    var out = JSONWriter(capacity: options.lines * 150 + options.series * options.points * 30 + 1 << 20)
    out.raw("{\"incident_id\":\"INC-2024-0501\",\"deployment_id\":\"deploy-orders-api-v2.14.0\",")
    out.raw("\"title\":\"orders-api 5xx and latency after v2.14.0\",\"service\":\"orders-api\",")
    out.raw("\"detected_at\":\"\(Format.rfc3339(scenario.deployedAt + 600))\",\"deployed_at\":\(Format.fixed(scenario.deployedAt, 0)),\n")
    out.raw("\"logs\":")
    LogGenerator(scenario: scenario, lines: options.lines).write(to: &out, rng: &rng)
    out.raw(",\n\"metrics\":")
    MetricGenerator(scenario: scenario, series: options.series).write(to: &out, rng: &rng)
    let changes = ChangeGenerator(scenario: scenario, commits: options.commits)
    out.raw(",\n\"recent_commits\":")
    changes.writeCommits(to: &out, rng: &rng)
    out.raw(",\n\"config_snapshot\":")
    changes.writeConfig(to: &out)
    out.raw(",\n\"alerts\":")
    changes.writeAlerts(to: &out)
    out.raw("}\n")
    return out.bytes
}

func timeDecode(path: String, repeats: Int) -> Int32 {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("cannot read \(path)")
        return 66
    }
    var best = Double.infinity
    for run in 1...repeats {
        let clock = ContinuousClock()
        let started = clock.now
        let result: Result<Incident, InputError> = data.withUnsafeBytes { raw in
            do throws(InputError) { return .success(try IncidentDecoder.decode(raw)) } catch { return .failure(error) }
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        switch result {
        case .failure(let error):
            print(error.description)
            return 65
        case .success(let incident):
            best = min(best, seconds)
            let points = incident.metrics.reduce(0) { $0 + $1.values.count }
            let megabytes = Double(data.count) / 1_000_000
            print(
                "run \(run): \(Format.fixed(seconds * 1000, 1)) ms, \(Format.fixed(megabytes / seconds, 0)) MB/s "
                    + "(\(Format.fixed(megabytes, 1)) MB: \(incident.logs.count) logs, \(incident.metrics.count) series, \(points) points, "
                    + "\(incident.commits.count) commits, \(incident.alerts.count) alerts)")
        }
    }
    print("best: \(Format.fixed(best * 1000, 1)) ms")
    return 0
}

let usage =
    "usage: generate-incident [--lines N] [--series N] [--points N] [--commits N] [--seed N] --out FILE\n"
    + "       generate-incident --decode-only FILE [--repeat N]"
guard let options = parseOptions(Array(CommandLine.arguments.dropFirst())) else {
    print(usage)
    exit(64)
}
if let path = options.decodeOnly {
    exit(timeDecode(path: path, repeats: options.repeats))
}
guard let path = options.out else {
    print(usage)
    exit(64)
}
let bytes = generate(options)
guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
    print("cannot write \(path)")
    exit(73)
}
print("wrote \(path): \(bytes.count) bytes")
