// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for Dekking's readers and loaders, one executable per target.
///
/// A package of its own, so the main package's build and tests stay as they are. Build with the
/// sanitizers on (see docs/fuzzing.md and `make fuzz`):
/// `swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address`.
/// Every target is compiled as a library (`-parse-as-library`), exports `LLVMFuzzerTestOneInput` and
/// defines `<module>_main`, the entry point SwiftPM links executables with, to start libFuzzer.
let fuzzTargets: [(name: String, dependencies: [String])] = [
    ("fuzz-text", ["DekkingIngest"]),
    ("fuzz-html", ["DekkingIngest"]),
    ("fuzz-xml", ["DekkingIngest"]),
    ("fuzz-docx", ["DekkingIngest"]),
    ("fuzz-odt", ["DekkingIngest"]),
    ("fuzz-pdftext", ["DekkingIngest"]),
    ("fuzz-codes", ["DekkingIngest"]),
    ("fuzz-csv", ["DekkingIngest", "DekkingMatching"]),
    ("fuzz-yaml", ["DekkingFramework", "DekkingMatching"]),
    ("fuzz-analysis", ["DekkingAnalysis"]),
    ("fuzz-structure", ["DekkingIngest"]),
]

/// SwiftPM names a path dependency after its folder, so the root package's name here is the name of
/// the folder that holds this one.
let root = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "dekking").lowercased()

let package = Package(
    name: "dekking-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"], path: "Sources/FuzzSupport"),
    ]
        + fuzzTargets.map { target in
            .executableTarget(
                name: target.name,
                dependencies: ["FuzzSupport"] + target.dependencies.map { .product(name: $0, package: root) },
                path: "Sources/\(target.name)",
                swiftSettings: [.unsafeFlags(["-parse-as-library"])])
        },
    swiftLanguageModes: [.v6]
)
