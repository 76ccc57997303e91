import AlphaSignals
import Foundation

// loghub-accuracy [DIR] [--show SYSTEM]: Grouping and Parsing Accuracy of TemplateMiner (default configuration)
// on every Loghub-2k system under DIR (default ../shared/data/loghub-2k relative to the package root).

let arguments = Array(CommandLine.arguments.dropFirst())
var directory: String?
var showSystem: String?
var index = 0
while index < arguments.count {
    let argument = arguments[index]
    if argument == "--show", index + 1 < arguments.count {
        showSystem = arguments[index + 1]
        index += 2
        continue
    }
    if argument == "-h" || argument == "--help" {
        print("usage: loghub-accuracy [DIR] [--show SYSTEM]   (DIR defaults to ../shared/data/loghub-2k)")
        exit(0)
    }
    directory = argument
    index += 1
}

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
// The default is ../shared/data/loghub-2k next to the checkout; from a worktree one level deeper, look further up.
let root = directory.map { URL(fileURLWithPath: $0) } ?? defaultRoot()

func defaultRoot() -> URL {
    var base = packageRoot
    for _ in 0..<3 {
        let candidate = base.appendingPathComponent("../shared/data/loghub-2k").standardizedFileURL
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        base = base.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent("../shared/data/loghub-2k").standardizedFileURL
}

let systems = ["HDFS", "Spark", "BGL", "HPC", "Linux", "HealthApp", "OpenStack", "Android"]
print("Loghub-2k at \(root.path)")
print("| system | lines | true templates | mined templates | GA | PA |")
print("|---|---:|---:|---:|---:|---:|")
var gaSum = 0.0
var paSum = 0.0
var measured = 0
for system in systems {
    let folder = root.appendingPathComponent(system)
    let logPath = folder.appendingPathComponent("\(system)_2k.log").path
    let structuredPath = folder.appendingPathComponent("\(system)_2k.log_structured.csv").path
    guard FileManager.default.fileExists(atPath: logPath), let truth = try? LoghubTruth.load(path: structuredPath) else {
        print("| \(system) | missing | | | | |")
        continue
    }
    var miner = TemplateMiner()
    var clusterOfLine: [Int] = []
    let descriptor = open(logPath, O_RDONLY)
    guard descriptor >= 0 else { continue }
    try LineReader.forEachLine(fileDescriptor: descriptor) { line in
        clusterOfLine.append(miner.addLine(line))
    }
    close(descriptor)
    let report = miner.report()
    let predictedIDs = clusterOfLine.map { report.templateIndex(ofCluster: $0) ?? -1 }
    let predictedTexts = predictedIDs.map { $0 >= 0 ? report.templates[$0].template : "" }
    guard predictedIDs.count == truth.eventIDs.count else {
        print("| \(system) | line count mismatch: \(predictedIDs.count) vs \(truth.eventIDs.count) | | | | |")
        continue
    }
    let ga = GroupingAccuracy.groupingAccuracy(predicted: predictedIDs, truth: truth.eventIDs)
    let pa = GroupingAccuracy.parsingAccuracy(predicted: predictedTexts, truth: truth.templates)
    gaSum += ga
    paSum += pa
    measured += 1
    let trueCount = Set(truth.eventIDs).count
    print("| \(system) | \(predictedIDs.count) | \(trueCount) | \(report.templates.count) | \(format(ga)) | \(format(pa)) |")
    if showSystem == system {
        AccuracyDiagnostics.printErrors(predicted: predictedIDs, report: report, truth: truth)
    }
}
if measured > 0 {
    print("| **mean** | | | | **\(format(gaSum / Double(measured)))** | **\(format(paSum / Double(measured)))** |")
}

func format(_ value: Double) -> String {
    String(format: "%.3f", value)
}
