// server-bench: measures `alpha-sre serve` against issue 7's targets (docs/server.md, BENCHMARKS.md "Server").
//
//   swift build -c release --product alpha-sre && swift build -c release --product server-bench
//   .build/release/server-bench --binary .build/release/alpha-sre [--postgres postgres://…]   # or scripts/bench-server
//
// Per engine (SQLite, then PostgreSQL when given): a fresh tenant and token through `alpha-sre admin`, `serve --port 0`,
// (a) open-loop POST /api/v1/incidents/analyze with Examples/incidents/incident-b.json at a constant rate (latency from
// the scheduled send time), the time from each 202 to its saved report, (b) GET /api/v1/incidents/{id} throughput with
// wrk (or a NIO closed-loop generator). Optionally the FastAPI peer serves the same SQLite row for the same wrk command.
import Foundation
import NIOCore
import NIOPosix

do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let body = try [UInt8](Data(contentsOf: repository.appendingPathComponent("Examples/incidents/incident-b.json")))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("server-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    defer { try? group.syncShutdownGracefully() }
    let bench = EngineRun(options: options, group: group, folder: folder, body: body)

    var figures: [EngineRun.Figures] = []
    var peer: EngineRun.GetFigures?
    if !options.skipSQLite {
        let sqlitePath = folder.appendingPathComponent("bench.sqlite").path
        let sqlite = try bench.run(engine: "SQLite", database: sqlitePath)
        figures.append(sqlite)
        log("SQLite done:\n" + MarkdownReport.render(figures: figures, peer: nil, options: options, bodyBytes: body.count))
        if let python = options.peerPython, let app = options.peerApp {
            peer = try PeerRun.run(python: python, app: app, database: sqlitePath, figures: sqlite, bench: bench)
            log("peer done:\n" + MarkdownReport.render(figures: figures, peer: peer, options: options, bodyBytes: body.count))
        }
    }
    if let url = options.postgres {
        figures.append(try bench.run(engine: "PostgreSQL", database: url))
    }
    print(MarkdownReport.render(figures: figures, peer: peer, options: options, bodyBytes: body.count))
} catch {
    FileHandle.standardError.write(Data("server-bench: \(error)\n".utf8))
    exit(1)
}
