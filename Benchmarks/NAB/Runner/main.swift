import AlphaSignals
import Foundation
import NABScoring

// nab-score [DATA_DIR] [--param key=value ...] [--verbose] [--repeat N] [--subset k/m] [--dump DIR] [--print-parameters]
// Runs AnomalyEnsemble with one parameter set over every labelled NAB file, prints the three profile scores with
// their corpus-optimal θ, and the ensemble's single-core throughput.

var arguments = Array(CommandLine.arguments.dropFirst())
var overrides: [String: Double] = [:]
var verbose = false
// Optional folder for per-file diagnostics (`index,value,score,detector`), for looking at scores outside Swift.
var dumpFolder: String?
// Print the parameter set (defaults plus overrides) as JSON and exit, for tools that perturb the defaults.
var printParameters = false
var repeats = 20
var root: String?
// Optional fold of the corpus (files whose sorted index i satisfies i % m == k), for cross-validating the global
// parameters: tune on one fold, score the other.
var subset: (k: Int, m: Int)?
while let arg = arguments.first {
    arguments.removeFirst()
    switch arg {
    case "--param":
        guard let kv = arguments.first else { break }
        arguments.removeFirst()
        let parts = kv.split(separator: "=", maxSplits: 1).map(String.init)
        if parts.count == 2, let v = Double(parts[1]) { overrides[parts[0]] = v }
    case "--verbose": verbose = true
    case "--print-parameters": printParameters = true
    case "--dump":
        dumpFolder = arguments.first
        if !arguments.isEmpty { arguments.removeFirst() }
    case "--subset":
        if let spec = arguments.first {
            let parts = spec.split(separator: "/").compactMap { Int($0) }
            if parts.count == 2, parts[1] > 0 { subset = (parts[0], parts[1]) }
            arguments.removeFirst()
        }
    case "--repeat":
        if let n = arguments.first.flatMap({ Int($0) }) { repeats = max(1, n) }
        if !arguments.isEmpty { arguments.removeFirst() }
    default: root = arg
    }
}

let candidates = root.map { [$0] } ?? ["../shared/data/nab", "../../shared/data/nab"]
guard let dataRoot = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/labels/combined_windows.json") }) else {
    FileHandle.standardError.write(Data("nab-score: NAB data not found (tried \(candidates.joined(separator: ", ")))\n".utf8))
    exit(2)
}

var parameters = EnsembleParameters.standard
for (k, v) in overrides.sorted(by: { $0.key < $1.key }) {
    guard parameters.set(k, to: v) else {
        FileHandle.standardError.write(Data("nab-score: unknown parameter \(k)\n".utf8))
        exit(2)
    }
}

if printParameters {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: try encoder.encode(parameters), as: UTF8.self))
    exit(0)
}

var corpus = try NABCorpus(root: URL(fileURLWithPath: dataRoot))
if let subset {
    corpus.series = corpus.series.enumerated().filter { $0.offset % subset.m == subset.k }.map(\.element)
}
var files: [NABScoredFile] = []
for s in corpus.series {
    let result = AnomalyEnsemble.run(values: s.table.values, timestamps: s.table.timestamps, parameters: parameters)
    files.append(NABScoredFile(name: s.name, scores: result.scores, windows: s.windows))
}

if let dumpFolder {
    for s in corpus.series {
        var ensemble = AnomalyEnsemble(parameters: parameters)
        var text = "index,value,score,detector\n"
        for i in 0..<s.table.values.count {
            let p = ensemble.update(value: s.table.values[i], timestamp: s.table.timestamps[i])
            text += "\(i),\(s.table.values[i]),\(p.score),\(p.detector.rawValue)\n"
        }
        let url = URL(fileURLWithPath: dumpFolder).appendingPathComponent(s.name.replacingOccurrences(of: "/", with: "__"))
        try Data(text.utf8).write(to: url)
    }
}

let points = corpus.series.reduce(0) { $0 + $1.table.values.count }
let windows = files.reduce(0) { $0 + $1.windows.count }
print("NAB corpus: \(files.count) files, \(points) points, \(windows) windows (\(dataRoot))")
print("profile              score    θ        raw      TP  FN  FP")
var scores: [NABCorpusScore] = []
for profile in NABProfile.all {
    let s = NABScorer.score(files, profile: profile)
    scores.append(s)
    let line = [
        profile.name.padding(toLength: 20, withPad: " ", startingAt: 0), String(format: "%6.2f", s.normalized),
        String(format: "%.4f", s.threshold), String(format: "%8.3f", s.raw), String(format: "%3d", s.truePositives),
        String(format: "%3d", s.falseNegatives), String(format: "%3d", s.falsePositives),
    ]
    print(line.joined(separator: "  "))
}

if verbose, let standard = scores.first {
    // Which detector is behind the false positives at the standard θ.
    var fpByKind: [String: Int] = [:]
    var tpByKind: [String: Int] = [:]
    for (f, s) in corpus.series.enumerated() {
        var ensemble = AnomalyEnsemble(parameters: parameters)
        let weights = NABScorer.pointWeights(rows: s.table.values.count, windows: files[f].windows, profile: .standard)
        for i in 0..<s.table.values.count {
            let p = ensemble.update(value: s.table.values[i], timestamp: s.table.timestamps[i])
            guard p.score >= standard.threshold else { continue }
            switch weights[i].region {
            case .probation: continue
            case .outside: fpByKind[p.detector.rawValue, default: 0] += 1
            case .window: tpByKind[p.detector.rawValue, default: 0] += 1
            }
        }
    }
    print("detections in windows by detector: \(tpByKind.sorted { $0.key < $1.key })")
    print("false positives by detector: \(fpByKind.sorted { $0.key < $1.key })")
    for file in files {
        let raw = NABScorer.rawScore(file, threshold: standard.threshold, profile: .standard)
        let weights = NABScorer.pointWeights(rows: file.scores.count, windows: file.windows, profile: .standard)
        var fp = 0
        var hits: [String] = []
        var best = [Double](repeating: -1, count: file.windows.count)
        var at = [Int](repeating: -1, count: file.windows.count)
        for (i, s) in file.scores.enumerated() where s >= standard.threshold {
            switch weights[i].region {
            case .probation: continue
            case .outside: fp += 1
            case .window(let k):
                if weights[i].value > best[k] {
                    best[k] = weights[i].value
                    at[k] = i
                }
            }
        }
        for (k, w) in file.windows.enumerated() {
            hits.append(at[k] < 0 ? "miss[\(w.start)-\(w.end)]" : String(format: "%.2f@%d[%d-%d]", best[k], at[k], w.start, w.end))
        }
        print(String(format: "%-58@ raw %7.3f fp %3d  ", file.name as NSString, raw, fp) + hits.joined(separator: " "))
    }
}

// Throughput: the ensemble alone (no I/O, no scoring), one core, best of `repeats` passes over the corpus.
let clock = ContinuousClock()
var best = Duration.seconds(1_000_000)
var sink = 0.0
for _ in 0..<repeats {
    let elapsed = clock.measure {
        for s in corpus.series {
            var ensemble = AnomalyEnsemble(parameters: parameters)
            let values = s.table.values
            let times = s.table.timestamps
            for i in 0..<values.count {
                sink += ensemble.update(value: values[i], timestamp: times[i]).score
            }
        }
    }
    best = min(best, elapsed)
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
print(
    String(
        format: "throughput: %.2f M points/s (one core, best of %d passes of %d points, checksum %.3f)", Double(points) / seconds / 1e6, repeats,
        points, sink))
