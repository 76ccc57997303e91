import AlphaSignals
import Foundation

// mining-throughput [--loghub DIR] [--lines N] [--write DIR]
// Single-threaded lines/s of TemplateMiner over (a) the Loghub-2k files concatenated and repeated to N lines (default
// 10,000,000) and (b) N synthetic incident-style lines. Inputs are held in memory (one copy of each distinct line) so
// the figure is the miner's, not the disk's. --write DIR also writes both inputs as files (loghub-10m.log,
// incident-10m.log) for scripts/bench-logs, which runs Drain3 on the same files.

var loghubDirectory: String?
var lineTarget = 10_000_000
var writeDirectory: String?
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let value = arguments.first else { break }
    arguments.removeFirst()
    switch flag {
    case "--loghub": loghubDirectory = value
    case "--lines": lineTarget = max(1, Int(value) ?? lineTarget)
    case "--write": writeDirectory = value
    default:
        FileHandle.standardError.write(Data("unknown flag \(flag)\n".utf8))
        exit(2)
    }
}

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

func defaultLoghub() -> URL {
    var base = packageRoot
    for _ in 0..<3 {
        let candidate = base.appendingPathComponent("../shared/data/loghub-2k").standardizedFileURL
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        base = base.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent("../shared/data/loghub-2k").standardizedFileURL
}

let loghub = loghubDirectory.map { URL(fileURLWithPath: $0) } ?? defaultLoghub()
var loghubLines: [[UInt8]] = []
for system in ["HDFS", "Spark", "BGL", "HPC", "Linux", "HealthApp", "OpenStack", "Android"] {
    let path = loghub.appendingPathComponent("\(system)/\(system)_2k.log").path
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { continue }
    try LineReader.forEachLine(fileDescriptor: descriptor) { loghubLines.append(Array($0)) }
    close(descriptor)
}

// The synthetic log is generated once as a 1 M-line window (quiet start, error burst in the middle, recovery) and
// cycled, so generating it is not timed and memory stays small; the miner sees N lines either way.
let incidentWindow = min(lineTarget, 1_000_000)
var generator = IncidentLogGenerator(total: incidentWindow)
var incidentLines: [[UInt8]] = []
incidentLines.reserveCapacity(incidentWindow)
for _ in 0..<incidentWindow { incidentLines.append(Array(generator.nextLine().utf8)) }

@MainActor
func measure(_ name: String, _ lines: [[UInt8]]) {
    guard !lines.isEmpty else {
        print("\(name): no input")
        return
    }
    let bytes = lines.reduce(0) { $0 + $1.count + 1 }
    var miner = TemplateMiner()
    var checksum = 0
    let clock = ContinuousClock()
    let started = clock.now
    var fed = 0
    while fed < lineTarget {
        for line in lines where fed < lineTarget {
            checksum &+= line.withUnsafeBufferPointer { miner.addLine($0) }
            fed += 1
        }
    }
    let elapsed = clock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let report = miner.report()
    let averageBytes = Double(bytes) / Double(lines.count)
    print(
        String(
            format: "%@: %d lines (avg %.0f bytes) in %.3f s = %.2f M lines/s, %.0f MB/s, %d templates (checksum %d)",
            name, fed, averageBytes, seconds, Double(fed) / seconds / 1e6, Double(fed) * averageBytes / seconds / 1e6,
            report.templates.count, checksum))
}

measure("loghub-2k x repeated", loghubLines)
measure("synthetic incident", incidentLines)

if let writeDirectory {
    let directory = URL(fileURLWithPath: writeDirectory)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    @MainActor
    func write(_ name: String, _ lines: [[UInt8]], count: Int) throws {
        let path = directory.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 22)
        var written = 0
        while written < count {
            for line in lines where written < count {
                buffer.append(contentsOf: line)
                buffer.append(0x0A)
                written += 1
                if buffer.count >= 1 << 22 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        handle.write(Data(buffer))
        try handle.close()
        print("wrote \(path)")
    }
    try write("loghub-10m.log", loghubLines, count: lineTarget)
    var fresh = IncidentLogGenerator(total: lineTarget)
    // Written in full (not cycled) so Drain3 and the CLI see a realistic stream.
    let path = directory.appendingPathComponent("incident-10m.log").path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    if let handle = FileHandle(forWritingAtPath: path) {
        var buffer: [UInt8] = []
        for index in 0..<lineTarget {
            buffer.append(contentsOf: fresh.nextLine().utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 22 || index == lineTarget - 1 {
                handle.write(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.close()
        print("wrote \(path)")
    }
}
