import Foundation
import NIOCore
import NIOPosix

/// The FastAPI + uvicorn peer (peer/peer_app.py) serving the same stored report by id from the same SQLite file,
/// measured by the same GET phase.
enum PeerRun {
    static func run(python: String, app: String, database: String, figures: EngineRun.Figures, bench: EngineRun) throws -> EngineRun.GetFigures {
        let port = try FreePort.pick()
        let appURL = URL(fileURLWithPath: app)
        var environment = ProcessInfo.processInfo.environment
        environment["PEER_DATABASE"] = database
        let server = try ServerProcess.start(
            python,
            [
                "-m", "uvicorn", appURL.deletingPathExtension().lastPathComponent + ":app", "--app-dir", appURL.deletingLastPathComponent().path,
                "--host", "127.0.0.1", "--port", String(port), "--workers", "2", "--no-access-log", "--log-level", "warning",
            ],
            environment: environment, logPath: bench.folder.appendingPathComponent("peer.log"), marker: nil, port: port)
        defer { server.stop() }
        log("peer: FastAPI on port \(port), 2 uvicorn workers")
        var get = try bench.getThroughput(port: port, token: figures.token, id: figures.targetID, on: bench.group.next())
        get.tool += " (FastAPI + uvicorn, 2 workers)"
        return get
    }
}
