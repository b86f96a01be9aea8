// swift-tools-version:6.1
import PackageDescription

let icuLinker: [LinkerSetting] = [
    .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
]

/// The chain's inner loops check no exclusivity at run time in release builds (they use no
/// overlapping accesses; debug builds and tests keep the checks).
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "minyi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "minyi", targets: ["minyi"]),
        .library(name: "MinyiText", targets: ["MinyiText"]),
        .library(name: "MinyiLexicon", targets: ["MinyiLexicon"]),
        .library(name: "MinyiRouting", targets: ["MinyiRouting"]),
        .library(name: "MinyiStore", targets: ["MinyiStore"]),
        .library(name: "MinyiServer", targets: ["MinyiServer"]),
        .library(name: "MinyiSpeech", targets: ["MinyiSpeech"]),
        .library(name: "MinyiReport", targets: ["MinyiReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // C shim over system ICU (libicu-dev): break iterator, NFKC, Traditional-Simplified, charset conversion.
        .target(name: "CICU", linkerSettings: icuLinker),
        // Analysis chain: normalize → segment → merge lexicon terms → quantities.
        .target(name: "MinyiText", dependencies: ["CICU"], swiftSettings: hotPath),
        // Reading records from txt/csv/tsv/jsonl/xlsx with encoding detection.
        .target(name: "MinyiIO", dependencies: [
            "CICU",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Lexicon packs (YAML): load, check, learn from labeled texts.
        .target(name: "MinyiLexicon", dependencies: ["MinyiText", "MinyiIO", .product(name: "Yams", package: "Yams")]),
        // Routing: department + topic + confidence + explanation; routing metrics.
        .target(name: "MinyiRouting", dependencies: ["MinyiLexicon"]),
        // Published speeches: sections, speakers, points, figures, topics.
        .target(name: "MinyiSpeech", dependencies: ["MinyiText", "MinyiLexicon"]),
        // Concerns: group texts that raise the same matter, rank them, render reports.
        .target(name: "MinyiReport", dependencies: ["MinyiRouting", "MinyiIO"]),
        // Ticket store (SQLite via GRDB): routed tickets, manual queue, corrections, labeled history.
        .target(name: "MinyiStore", dependencies: ["MinyiRouting", .product(name: "GRDB", package: "GRDB.swift")]),
        // HTTP routing service (Hummingbird): per-ticket and batch routing, manual queue, stats.
        .target(name: "MinyiServer", dependencies: [
            "MinyiStore", "MinyiRouting",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "minyi", dependencies: [
            "MinyiText", "MinyiIO", "MinyiLexicon", "MinyiRouting", "MinyiSpeech", "MinyiReport", "MinyiServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "minyi-bench", dependencies: ["MinyiText"]),
        .testTarget(name: "MinyiTextTests", dependencies: ["MinyiText"]),
        .testTarget(name: "MinyiIOTests", dependencies: ["MinyiIO"]),
        .testTarget(name: "MinyiLexiconTests", dependencies: ["MinyiLexicon", "MinyiIO"]),
        // Also runs the built `minyi route` on every input format.
        .testTarget(name: "MinyiRoutingTests", dependencies: [
            "MinyiRouting", "minyi", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "MinyiStoreTests", dependencies: ["MinyiStore", "MinyiIO", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "MinyiServerTests", dependencies: [
            "MinyiServer", "MinyiStore",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "MinyiSpeechTests", dependencies: ["MinyiSpeech", "MinyiIO"]),
        .testTarget(name: "MinyiReportTests", dependencies: ["MinyiReport", "MinyiRouting", "MinyiLexicon"]),
        // Runs the built `minyi` executable as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["minyi"]),
    ]
)
