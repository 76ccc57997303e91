import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `alpha-sre serve` killed with SIGKILL during a stream of analyze requests: after a restart on the same SQLite file,
/// every request that got a 202 is stored, its analysis completes, and the audit chain still verifies (issue 7).
@Suite(.serialized) struct ServeDurabilityTests {
    /// How many 202s the clients collect before the server is killed; more requests are in flight at that moment.
    static let acceptedBeforeKill = 24
    static let clients = 4

    @Test func everyAcceptedRequestSurvivesSIGKILLAndItsAnalysisCompletes() async throws {
        let db = try TemporaryDatabase()
        defer { db.remove() }
        _ = try db.createTenant("acme")
        let tokenRun = try db.run(["admin", "token", "create", "--tenant", "acme", "--role", "responder"])
        try #require(tokenRun.status == 0, "\(tokenRun.stderr)")
        let token = tokenRun.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = try Data(contentsOf: Repository.examples.appendingPathComponent("incident-b.json"))

        // First life: stream analyze requests from several clients and kill the server mid-stream.
        let first = try ServerUnderTest.start(database: db.path, folder: db.folder, name: "first")
        let client = APIClient(port: try await first.port(), token: token)
        let tally = AcceptedTally(killAfter: Self.acceptedBeforeKill)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<Self.clients {
                group.addTask {
                    // Each client stops at its first transport error (the server died) or after a bounded number of tries.
                    for _ in 0..<200 {
                        guard let answer = try? await client.post("/api/v1/incidents/analyze", body: body) else { return }
                        if answer.status == 202, let id = answer.json?["id"] as? String {
                            if await tally.accept(id) { first.sigkill() }
                        } else if await tally.killed {
                            return
                        }
                    }
                }
            }
        }
        first.sigkill()  // in case the clients gave up before the threshold (the expectations below then fail)
        first.waitUntilExit()
        let accepted = await tally.ids
        #expect(first.terminatedBySIGKILL, "the first server must have died by SIGKILL, not exited")
        #expect(accepted.count >= Self.acceptedBeforeKill, "only \(accepted.count) requests were accepted before the kill")

        // Second life on the same file: every accepted id is there and its analysis completes.
        let second = try ServerUnderTest.start(database: db.path, folder: db.folder, name: "second")
        defer { second.terminate() }
        let reader = APIClient(port: try await second.port(), token: token)
        for id in accepted {
            let shown = try await reader.get("/api/v1/incidents/\(id)")
            #expect(shown.status == 200, "incident \(id) answered \(shown.status) after the restart")
        }
        let deadline = ContinuousClock.now + .seconds(90)
        var pending = Set(accepted)
        while !pending.isEmpty && ContinuousClock.now < deadline {
            for id in pending.sorted() {
                let status = try await reader.get("/api/v1/incidents/\(id)/status")
                let state = status.json?["analysis"] as? String
                #expect(state != "failed", "analysis of \(id) failed after the restart")
                if state == "succeeded" || state == "failed" { pending.remove(id) }
            }
            if !pending.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(pending.isEmpty, "analyses not finished 90 s after the restart: \(pending.sorted())")
        let report = try await reader.get("/api/v1/incidents/\(try #require(accepted.first))")
        #expect(report.json?["report"] is [String: Any], "a finished analysis serves its report")

        second.terminate()
        second.waitUntilExit()
        let verify = try db.run(["audit", "verify"])
        #expect(verify.status == 0, "audit verify after SIGKILL: \(verify.stdout) \(verify.stderr)")
        #expect(verify.stdout.hasPrefix("ok "), "\(verify.stdout)")
    }
}

/// Collects the ids that got a 202 and says once when the kill threshold is reached.
private actor AcceptedTally {
    let killAfter: Int
    private(set) var ids: [String] = []
    private(set) var killed = false

    init(killAfter: Int) { self.killAfter = killAfter }

    /// Records `id`; true exactly once, for the request that reaches the threshold.
    func accept(_ id: String) -> Bool {
        ids.append(id)
        guard !killed, ids.count >= killAfter else { return false }
        killed = true
        return true
    }
}

/// `alpha-sre serve --port 0` on a SQLite file, its log in a file (read for the bound port).
private final class ServerUnderTest: Sendable {
    let process: Process
    let logPath: URL

    private init(process: Process, logPath: URL) {
        self.process = process
        self.logPath = logPath
    }

    static func start(database: String, folder: URL, name: String) throws -> ServerUnderTest {
        let binary = try #require(Repository.binary, "alpha-sre binary not built (run swift build)")
        let logPath = folder.appendingPathComponent("serve-\(name).log")
        _ = FileManager.default.createFile(atPath: logPath.path, contents: nil)
        let log = try FileHandle(forWritingTo: logPath)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "--database", database, "--log-format", "json", "--workers", "2"]
        process.currentDirectoryURL = folder
        process.environment = ["NO_COLOR": "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try log.close()
        return ServerUnderTest(process: process, logPath: logPath)
    }

    /// The port from the "alpha-sre serving" log line (`--port 0` lets the kernel pick a free one: no races).
    func port() async throws -> Int {
        let deadline = ContinuousClock.now + .seconds(60)
        let marker = "http://127.0.0.1:"
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOf: logPath, encoding: .utf8)) ?? ""
            if let range = text.range(of: marker) {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), port > 0 { return port }
            }
            try #require(process.isRunning, "serve exited early: \(text)")
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("serve did not report its port within 60 s")
        throw CancellationError()
    }

    /// SIGKILL: no graceful shutdown, no flush, exactly like a crash or the OOM killer.
    func sigkill() {
        if process.isRunning { _ = kill(process.processIdentifier, SIGKILL) }
    }

    func terminate() {
        if process.isRunning { process.terminate() }
    }

    func waitUntilExit() { process.waitUntilExit() }

    var terminatedBySIGKILL: Bool {
        process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }
}

/// Plain HTTP/1.1 over URLSession with a bearer token.
private struct APIClient: Sendable {
    struct Answer {
        var status: Int
        var data: Data
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: data) as? [String: Any] }
    }

    let port: Int
    let token: String
    let session: URLSession

    init(port: Int, token: String) {
        self.port = port
        self.token = token
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        configuration.httpMaximumConnectionsPerHost = 8
        session = URLSession(configuration: configuration)
    }

    func post(_ path: String, body: Data) async throws -> Answer {
        var request = try request(path)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return try await send(request)
    }

    func get(_ path: String) async throws -> Answer {
        try await send(try request(path))
    }

    private func request(_ path: String) throws -> URLRequest {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        var request = URLRequest(url: url)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        return request
    }

    private func send(_ request: URLRequest) async throws -> Answer {
        let (data, response) = try await session.data(for: request)
        return Answer(status: (response as? HTTPURLResponse)?.statusCode ?? 0, data: data)
    }
}
