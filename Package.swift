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
        .library(name: "MinyiSpeech", targets: ["MinyiSpeech"]),
        .library(name: "MinyiReport", targets: ["MinyiReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
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
        .target(name: "MinyiLexicon", dependencies: ["MinyiText", .product(name: "Yams", package: "Yams")]),
        // Routing: department + topic + confidence + explanation; routing metrics.
        .target(name: "MinyiRouting", dependencies: ["MinyiLexicon"]),
        // Published speeches: sections, speakers, points, figures, topics.
        .target(name: "MinyiSpeech", dependencies: ["MinyiText", "MinyiLexicon"]),
        // Concerns: group texts that raise the same matter, rank them, render reports.
        .target(name: "MinyiReport", dependencies: ["MinyiRouting"]),
        .executableTarget(name: "minyi", dependencies: [
            "MinyiText", "MinyiIO", "MinyiLexicon", "MinyiRouting", "MinyiSpeech", "MinyiReport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "minyi-bench", dependencies: ["MinyiText"]),
        .testTarget(name: "MinyiTextTests", dependencies: ["MinyiText"]),
        .testTarget(name: "MinyiIOTests", dependencies: ["MinyiIO"]),
        .testTarget(name: "MinyiLexiconTests", dependencies: ["MinyiLexicon"]),
        .testTarget(name: "MinyiRoutingTests", dependencies: ["MinyiRouting"]),
        .testTarget(name: "MinyiSpeechTests", dependencies: ["MinyiSpeech"]),
        .testTarget(name: "MinyiReportTests", dependencies: ["MinyiReport", "MinyiRouting", "MinyiLexicon"]),
        // Runs the built `minyi` executable as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["minyi"]),
    ]
)
