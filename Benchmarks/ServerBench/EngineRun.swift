import AlphaCore
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One engine's benchmark: a fresh tenant and token, `alpha-sre serve` on a free port, the open-loop POST phase, the
/// time from each 202 to its saved report, and the GET throughput phase.
struct EngineRun {
    /// What the Markdown table shows for one engine.
    struct Figures {
        var engine: String
        var post: LatencySummary
        var postErrors: Int
        var postAchievedRate: Double
        var lateStarts: Int
        var analysis: LatencySummary
        var analysisUnfinished: Int
        var get: GetFigures
        /// The token and the analysed incident the GET phase read (the peer serves the same row).
        var token: String
        var targetID: String
    }

    struct GetFigures {
        var tool: String
        var requestsPerSecond: Double
        var latency: LatencySummary
        var errors: Int
    }

    let options: BenchOptions
    let group: MultiThreadedEventLoopGroup
    let folder: URL
    let body: [UInt8]

    func run(engine: String, database: String) throws -> Figures {
        let binary = options.binary
        let tenant = "bench-\(UInt32.random(in: 0...UInt32.max))"
        _ = try ServerProcess.runToCompletion(binary, ["admin", "tenant", "create", tenant, "--database", database])
        let token = try ServerProcess.runToCompletion(
            binary, ["admin", "token", "create", "--tenant", tenant, "--role", "admin", "--database", database]
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try ServerProcess.start(
            binary, ["serve", "--port", "0", "--database", database, "--log-format", "json", "--log-level", "notice"],
            logPath: folder.appendingPathComponent("serve-\(engine).log"))
        defer { server.stop() }
        log("\(engine): serving on port \(server.port) (log \(server.logPath.path))")
        let loop = group.next()

        // The incident phase (b) reads: posted alone first, so (b) runs even if (a) breaks the server.
        let post = PreparedRequest(method: .POST, path: "/api/v1/incidents/analyze", port: server.port, token: token, body: body)
        let readTarget = try singleAnalysedIncident(post: post, port: server.port, token: token, on: loop)

        // (a) Open-loop POSTs.
        let postConnections = try connect(options.connections, port: server.port, on: loop)
        log(
            "\(engine): POST \(options.rate)/s for \(options.warmupSeconds) s warm-up + \(options.seconds) s measured, \(options.connections) connections"
        )
        let generator = OpenLoopGenerator(
            connections: postConnections, request: post, rate: options.rate, warmupSeconds: options.warmupSeconds, seconds: options.seconds,
            on: loop)
        let result = try generator.run().wait()
        try close(postConnections, on: loop)
        let postSummary = LatencySummary(nanoseconds: result.samples.map(\.latencyNanoseconds))
        let postErrors = result.transportErrors + result.samples.filter { $0.status != 202 }.count
        let achieved = Double(result.samples.count) / Double(options.seconds)

        // Time from each 202 to its saved report (`analyzed_at`, stamped by the server with the same wall clock).
        let accepted = result.samples.compactMap { sample in sample.acceptedID.map { ($0, sample.answeredAtMicroseconds) } }
        let (analysis, unfinished) = try analysisLatency(accepted: accepted, port: server.port, token: token, on: loop)

        // (b) GET throughput on one analysed incident.
        guard let target = readTarget else { throw ServerProcess.Failure(description: "\(engine): a POST on its own was not analysed") }
        let get = try getThroughput(port: server.port, token: token, id: target, on: loop)
        return Figures(
            engine: engine, post: postSummary, postErrors: postErrors, postAchievedRate: achieved, lateStarts: result.lateStarts,
            analysis: analysis, analysisUnfinished: unfinished, get: get,
            token: token, targetID: target)
    }

    /// GET `/api/v1/incidents/{id}` as fast as it answers: `wrk` when installed, else the NIO closed-loop generator.
    func getThroughput(port: Int, token: String, id: String, on loop: any EventLoop) throws -> GetFigures {
        let path = "/api/v1/incidents/\(id)"
        let request = PreparedRequest(method: .GET, path: path, port: port, token: token)
        // Warm-up (and readiness): 2 s closed loop on a few connections.
        let warm = try connect(4, port: port, on: loop)
        let warmResult = try ClosedLoopGenerator(connections: warm, request: request, seconds: 2, on: loop).run().wait()
        try close(warm, on: loop)
        guard warmResult.completed > 0, warmResult.errors == 0 else {
            throw ServerProcess.Failure(description: "GET \(path) failed during warm-up (\(warmResult.errors) errors)")
        }
        if options.useWrk, let wrk = WrkRunner.locate() {
            let url = "http://127.0.0.1:\(port)\(path)"
            let result = try WrkRunner.run(
                wrk: wrk, url: url, token: token, threads: options.wrkThreads, connections: options.getConnections, seconds: options.getSeconds)
            log("GET: \(result.command)")
            return GetFigures(
                tool: "wrk -t\(options.wrkThreads) -c\(options.getConnections)", requestsPerSecond: result.requestsPerSecond,
                latency: result.latency, errors: result.errors)
        }
        let connections = try connect(options.getConnections, port: port, on: loop)
        let result = try ClosedLoopGenerator(connections: connections, request: request, seconds: options.getSeconds, on: loop).run().wait()
        try close(connections, on: loop)
        return GetFigures(
            tool: "NIO closed loop, 1 thread, \(options.getConnections) conns", requestsPerSecond: Double(result.completed) / result.elapsedSeconds,
            latency: LatencySummary(nanoseconds: result.latenciesNanoseconds), errors: result.errors)
    }

    /// One POST on its own connection, then waits (60 s at most) for its analysis; the id, or nil.
    private func singleAnalysedIncident(post: PreparedRequest, port: Int, token: String, on loop: any EventLoop) throws -> String? {
        guard let connection = try connect(1, port: port, on: loop).first else { return nil }
        defer { _ = try? loop.submit { connection.close() }.wait() }
        let answer = try loop.flatSubmit { connection.execute(post, keepBody: true) }.wait()
        guard answer.status == 202, let id = AcceptedID.parse(answer.body) else { return nil }
        let status = PreparedRequest(method: .GET, path: "/api/v1/incidents/\(id)/status", port: port, token: token)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let answer = try loop.flatSubmit { connection.execute(status, keepBody: true) }.wait()
            let json = (try? JSONSerialization.jsonObject(with: Data(answer.body))) as? [String: Any]
            if json?["analysis"] as? String == "succeeded" { return id }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Polls `status` of up to 500 accepted ids (evenly spread over the run) until each analysis has finished, and
    /// measures `analyzed_at − time the 202 arrived`.
    private func analysisLatency(accepted: [(String, Int64)], port: Int, token: String, on loop: any EventLoop) throws -> (LatencySummary, Int) {
        let step = max(1, accepted.count / 500)
        let sample = stride(from: 0, to: accepted.count, by: step).map { accepted[$0] }
        guard let connection = try connect(1, port: port, on: loop).first else { return (LatencySummary(nanoseconds: []), 0) }
        defer { _ = try? loop.submit { connection.close() }.wait() }
        let deadline = Date().addingTimeInterval(90)
        var durations: [Int64] = []
        var unfinished = 0
        for (id, answeredAt) in sample {
            let request = PreparedRequest(method: .GET, path: "/api/v1/incidents/\(id)/status", port: port, token: token)
            while true {
                let answer = try loop.flatSubmit { connection.execute(request, keepBody: true) }.wait()
                let json = (try? JSONSerialization.jsonObject(with: Data(answer.body))) as? [String: Any]
                let state = json?["analysis"] as? String
                if state == "succeeded", let stamp = (json?["analyzed_at"] as? String).flatMap(Timestamp.parse), stamp.isFinite,
                    abs(stamp) < 1e11
                {
                    durations.append((Int64((stamp * 1e6).rounded()) - answeredAt) * 1000)
                    break
                }
                if state == "failed" || Date() > deadline {
                    unfinished += 1
                    break
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        return (LatencySummary(nanoseconds: durations), unfinished)
    }

    func connect(_ count: Int, port: Int, on loop: any EventLoop) throws -> [HTTPConnection] {
        try (0..<count).map { _ in try HTTPConnection.connect(port: port, on: loop).wait() }
    }

    func close(_ connections: [HTTPConnection], on loop: any EventLoop) throws {
        try loop.submit { for connection in connections { connection.close() } }.wait()
    }
}

/// Progress on stderr (the table goes to stdout).
func log(_ message: String) {
    FileHandle.standardError.write(Data("server-bench: \(message)\n".utf8))
}
