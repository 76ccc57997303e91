/// Command-line options of `server-bench` (`--name value` pairs; see `usage`).
struct BenchOptions {
    var binary = ""
    var postgres: String?
    var skipSQLite = false
    var rate = 200
    var seconds = 30
    var warmupSeconds = 5
    var connections = 16
    var getSeconds = 15
    var getConnections = 64
    var wrkThreads = 2
    var useWrk = true
    var peerPython: String?
    var peerApp: String?

    static let usage = """
        usage: server-bench --binary .build/release/alpha-sre [--postgres URL] [--skip-sqlite] [--rate 200] [--seconds 30]
                            [--warmup 5] [--connections 16] [--get-seconds 15] [--get-connections 64] [--wrk-threads 2]
                            [--no-wrk] [--peer-python VENV/bin/python --peer-app Benchmarks/ServerBench/peer/peer_app.py]
        """

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw Invalid(description: "\(name) needs a value\n\(Self.usage)") }
            return next
        }
        func integer(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text), number > 0 else { throw Invalid(description: "\(name): expected a positive integer, found \(text)") }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--binary": binary = try value(argument)
            case "--postgres": postgres = try value(argument)
            case "--skip-sqlite": skipSQLite = true
            case "--rate": rate = try integer(argument)
            case "--seconds": seconds = try integer(argument)
            case "--warmup": warmupSeconds = try integer(argument)
            case "--connections": connections = try integer(argument)
            case "--get-seconds": getSeconds = try integer(argument)
            case "--get-connections": getConnections = try integer(argument)
            case "--wrk-threads": wrkThreads = try integer(argument)
            case "--no-wrk": useWrk = false
            case "--peer-python": peerPython = try value(argument)
            case "--peer-app": peerApp = try value(argument)
            default: throw Invalid(description: "unknown argument \(argument)\n\(Self.usage)")
            }
        }
        guard !binary.isEmpty else { throw Invalid(description: "--binary is required\n\(Self.usage)") }
    }
}
