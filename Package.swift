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
    ],
    targets: [
        // The pure heart: no server, database or network dependency.
        .target(name: "AlphaCore", swiftSettings: swiftSettings),
        .target(name: "AlphaSignals", dependencies: ["AlphaCore"], swiftSettings: swiftSettings),
        .target(name: "AlphaAgents", dependencies: ["AlphaCore", "AlphaSignals"], swiftSettings: swiftSettings),
        .target(name: "AlphaSLO", dependencies: ["AlphaCore", .product(name: "Yams", package: "Yams")], swiftSettings: swiftSettings),
        .target(name: "AlphaSimulator", dependencies: ["AlphaCore"], swiftSettings: swiftSettings),
        // The composition root.
        .target(
            name: "AlphaCLI",
            dependencies: [
                "AlphaCore", "AlphaSignals", "AlphaAgents", "AlphaSLO", "AlphaSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
            name: "AlphaCLITests",
            dependencies: ["AlphaCLI", "AlphaCore", "AlphaAgents"],
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
