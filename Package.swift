// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "alpha-sre",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "alpha-sre", targets: ["alpha-sre"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // The pure heart: no server, database or network dependency.
        .target(name: "AlphaCore", swiftSettings: swiftSettings),
        .target(name: "AlphaSignals", dependencies: ["AlphaCore"], swiftSettings: swiftSettings),
        .target(name: "AlphaAgents", dependencies: ["AlphaCore", "AlphaSignals"], swiftSettings: swiftSettings),
        .target(name: "AlphaSLO", dependencies: ["AlphaCore", .product(name: "Yams", package: "Yams")], swiftSettings: swiftSettings),
        .target(name: "AlphaSimulator", dependencies: ["AlphaCore"], swiftSettings: swiftSettings),
        // The store: one protocol, an in-memory engine, and two database engines (see docs/store.md).
        .target(name: "AlphaStore", dependencies: ["AlphaCore"], swiftSettings: swiftSettings),
        .target(
            name: "AlphaStoreSQLite",
            dependencies: ["AlphaStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AlphaStorePostgres",
            dependencies: [
                "AlphaStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The HTTP API (Hummingbird 2): sees the store only through the `Store` protocol (docs/server.md).
        .target(
            name: "AlphaServer",
            dependencies: [
                "AlphaCore", "AlphaSignals", "AlphaAgents", "AlphaStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The composition root.
        .target(
            name: "AlphaCLI",
            dependencies: [
                "AlphaCore", "AlphaSignals", "AlphaAgents", "AlphaSLO", "AlphaSimulator",
                "AlphaStore", "AlphaStoreSQLite", "AlphaStorePostgres", "AlphaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                // A direct connection checks a PostgreSQL URL before the pool starts (Support/PostgresReachability.swift).
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "alpha-sre",
            dependencies: ["AlphaCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),

        // Benchmark input generator and decode timer (run by hand in release; not part of the product).
        .executableTarget(name: "generate-incident", dependencies: ["AlphaCore"], path: "Benchmarks/GenerateIncident", swiftSettings: swiftSettings),

        .testTarget(name: "AlphaCoreTests", dependencies: ["AlphaCore"], swiftSettings: swiftSettings),
        .testTarget(name: "AlphaSignalsTests", dependencies: ["AlphaCore", "AlphaSignals"], swiftSettings: swiftSettings),
        .testTarget(name: "AlphaAgentsTests", dependencies: ["AlphaCore", "AlphaSignals", "AlphaAgents"], swiftSettings: swiftSettings),
        .testTarget(name: "AlphaSLOTests", dependencies: ["AlphaCore", "AlphaSLO"], swiftSettings: swiftSettings),
        .testTarget(name: "AlphaSimulatorTests", dependencies: ["AlphaCore", "AlphaSimulator"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AlphaStoreTests",
            dependencies: [
                "AlphaStore", "AlphaStoreSQLite", "AlphaStorePostgres",
                // Raw connections for creating a fresh database per test and for tampering with rows.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AlphaServerTests",
            dependencies: [
                "AlphaServer", "AlphaStore", "AlphaStoreSQLite", "AlphaStorePostgres", "AlphaCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AlphaCLITests",
            dependencies: [
                "AlphaCLI", "AlphaCore", "AlphaAgents", "AlphaSimulator", "AlphaStore", "AlphaStoreSQLite", "AlphaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "loghub-accuracy",
            dependencies: ["AlphaSignals", "AlphaCore"],
            path: "Benchmarks/LogMining/LoghubAccuracy",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "mining-throughput",
            dependencies: ["AlphaSignals", "AlphaCore"],
            path: "Benchmarks/LogMining/MiningThroughput",
            swiftSettings: swiftSettings
        ),

        // NAB benchmark (issue 5): the scorer library, its tests and the `nab-score` runner.
        .target(name: "NABScoring", path: "Benchmarks/NAB/Scoring", swiftSettings: swiftSettings),
        .testTarget(name: "NABScoringTests", dependencies: ["NABScoring"], path: "Benchmarks/NAB/ScoringTests", swiftSettings: swiftSettings),
        .executableTarget(
            name: "nab-score",
            dependencies: ["NABScoring", "AlphaSignals", "AlphaCore"],
            path: "Benchmarks/NAB/Runner",
            swiftSettings: swiftSettings
        ),
    ]
)

package.targets.append(
    .executableTarget(name: "slo-bench", dependencies: ["AlphaSLO"], path: "Benchmarks/SLOBench", swiftSettings: swiftSettings)
)

package.targets.append(
    .executableTarget(
        name: "server-bench",
        dependencies: [
            "AlphaCore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ],
        path: "Benchmarks/ServerBench",
        exclude: ["peer"],  // the FastAPI peer (Python), run by scripts/bench-server
        swiftSettings: swiftSettings
    )
)
