import AlphaSignals

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams logs through one `TemplateMiner` and keeps, per online cluster and input phase, what the output needs:
/// counts, first/last line numbers and timestamps, an example raw line.
struct MiningSession {
    /// Which input a line came from.
    enum Phase: Int {
        case baseline = 0
        case current = 1
    }

    /// Per-cluster facts of one phase.
    struct ClusterFacts {
        var count = 0
        var firstLine = 0
        var lastLine = 0
        var firstTime: Double?
        var lastTime: Double?
        var example: [UInt8] = []
    }

    /// Lines, records and time span of one phase.
    struct PhaseTotals {
        var lines = 0
        var records = 0
        var firstTime: Double?
        var lastTime: Double?
    }

    private(set) var miner = TemplateMiner()
    private(set) var facts: [[ClusterFacts]] = [[], []]
    private(set) var totals = [PhaseTotals(), PhaseTotals()]
    /// Cluster index of every current-phase input line (only with `--per-line`): 4 bytes a line.
    private(set) var lineClusters: [UInt32] = []
    let keepsLineAssignments: Bool
    static let exampleBytes = 512

    init(keepsLineAssignments: Bool) {
        self.keepsLineAssignments = keepsLineAssignments
    }

    /// Mines `path` (`-` = standard input) as `phase`.
    mutating func mine(path: String, phase: Phase, progress: ProgressReporter) throws {
        let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw MineError.cannotOpen(path) }
        defer { if descriptor != 0 { close(descriptor) } }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        progress.start(label: path == "-" ? "stdin" : path, totalBytes: size)
        var currentCluster: Int?
        var previousHadTime = false
        var bytesSeen = 0
        let p = phase.rawValue
        try LineReader.forEachLine(fileDescriptor: descriptor) { line in
            bytesSeen += line.count + 1
            totals[p].lines += 1
            let lineNumber = totals[p].lines
            let cluster: Int
            let time = LineTimestamp.parse(line)
            let messageStart = HeaderSplitter.messageStart(in: line)
            // A record continues on lines that look like continuations (indented, `Caused by:`), and, in a log whose
            // records start with a timestamp, on lines with neither a timestamp nor any header (exception messages,
            // wrapped text). A line with a header of its own (a level, a syslog tag) always starts a record.
            let headerless = time == nil && messageStart == 0
            if let previous = currentCluster, RecordBoundary.isContinuation(line) || (headerless && previousHadTime) {
                cluster = previous
            } else {
                cluster = miner.addMessage(line, from: messageStart)
                currentCluster = cluster
                previousHadTime = time != nil
                record(cluster: cluster, line: line, lineNumber: lineNumber, phase: p, time: time)
            }
            if keepsLineAssignments, phase == .current { lineClusters.append(UInt32(truncatingIfNeeded: cluster)) }
            if lineNumber & 0xFFFF == 0 { progress.update(lines: lineNumber, bytes: bytesSeen) }
        }
    }

    private mutating func record(cluster: Int, line: UnsafeBufferPointer<UInt8>, lineNumber: Int, phase p: Int, time: Double?) {
        totals[p].records += 1
        while facts[p].count <= cluster { facts[p].append(ClusterFacts()) }
        if let time {
            if totals[p].firstTime == nil { totals[p].firstTime = time }
            totals[p].lastTime = time
        }
        facts[p].withUnsafeMutableBufferPointer { all in
            if all[cluster].count == 0 {
                all[cluster].firstLine = lineNumber
                all[cluster].firstTime = time
                all[cluster].example = Array(line.prefix(Self.exampleBytes))
            }
            all[cluster].count += 1
            all[cluster].lastLine = lineNumber
            if let time { all[cluster].lastTime = time }
        }
    }

    /// `line,template_id,template` for every current-phase line, in input order.
    func writePerLine(report: MiningReport, to sink: inout OutputSink) {
        let prefixes: [[UInt8]] = report.templates.map { template in
            Array(",\(template.id),\(CSVField.escape(template.template))\n".utf8)
        }
        sink.write("line,template_id,template\n")
        for (k, cluster) in lineClusters.enumerated() {
            sink.writeDecimal(k + 1)
            if let index = report.templateIndex(ofCluster: Int(cluster)) { sink.write(bytes: prefixes[index]) } else { sink.write(",,\n") }
        }
    }
}

/// Input errors of `logs mine`.
enum MineError: Error, CustomStringConvertible {
    case cannotOpen(String)

    var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path)"
        }
    }
}
