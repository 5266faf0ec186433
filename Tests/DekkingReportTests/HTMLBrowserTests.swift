import DekkingCore
import DekkingModel
import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// report.html for the sample inputs, opened in headless Chromium by `Tests/Browser/report_browser_test.py`.
///
/// Runs when `chromedriver` and `chromium` are installed (Debian: `chromium chromium-driver`);
/// otherwise it is skipped with that reason, except under `CI=true`, where missing browsers fail.
@Suite struct HTMLBrowserTests {
    static let tools = BrowserTools.find()
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(
        .enabled(
            if: tools != nil || required,
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"))
    func sampleReportWorksInChromium() async throws {
        let tools = try #require(
            Self.tools,
            "CI=true but chromium/chromedriver/python3 are missing: apt-get install chromium chromium-driver python3")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let run = await CoverageRun.run(.init(paths: [TestPaths.inputs.path]), mappings: mappings)
        let documents = run.result.documents
        #expect(documents.count == 7)
        let manifest = RunManifest(
            name: "browsertest", toolVersion: "test", startedAt: "2025-01-01T00:00:00Z",
            framework: mappings.framework.id,
            frameworkVersion: mappings.framework.version,
            inputs: documents.map {
                .init(path: $0.path, sha256: "-", bytes: 0, document: $0.id, kind: $0.kind, level: $0.level)
            },
            mappings: [], settings: [:], findings: run.findings)
        let html = try HTMLReport.render(
            ReportContext(result: run.result, framework: mappings.framework, manifest: manifest))

        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let report = try directory.write(html, to: "report.html")
        // A covered cell of the kwalificatiedossier: its first indicator must appear in the panel.
        let document = try #require(documents.first { $0.id == "kd-medewerker-schuldhulpverlening" })
        let competency = try #require(document.competencies.first { $0.status == .covered })
        let indicator = try #require(competency.indicators.first { !$0.evidence.isEmpty })
        let text = try #require(mappings.framework.indicators.first { $0.id == indicator.id }?.text)
        let screenshot = TestPaths.root.appendingPathComponent("Output/report-screenshot.png")

        let arguments = [
            report.path, "--documents", String(documents.count), "--doc", document.id, "--competency", competency.id,
            "--indicator", indicator.id, "--indicator-text", text, "--evidence-place",
            EvidencePlace(try #require(indicator.evidence.first)).text, "--chromedriver", tools.chromedriver.path,
            "--chromium", tools.chromium.path,
        ]
        let (status, log) = try runScript(
            tools,
            arguments + [
                "--competencies", String(mappings.framework.competencies.count), "--screenshot", screenshot.path,
            ])
        print(log)
        #expect(status == 0, "\(log)")
        #expect(FileManager.default.fileExists(atPath: screenshot.path))

        // The script really checks: a wrong expectation makes it fail with a message.
        let (wrongStatus, wrongLog) = try runScript(
            tools,
            arguments + [
                "--competencies", "29", "--screenshot", directory.url.appendingPathComponent("unused.png").path,
            ])
        #expect(wrongStatus == 1)
        #expect(wrongLog.contains("de matrix heeft 30 competentierijen, verwacht 29"), "\(wrongLog)")
    }

    /// The units table of a functieboek: a cell of one function opens that function's own evidence.
    @Test(
        .enabled(
            if: tools != nil || required,
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"))
    func unitsTableOpensTheUnitsOwnEvidence() async throws {
        let tools = try #require(Self.tools, "CI=true but chromium/chromedriver/python3 are missing")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let fixture = TestPaths.fixtures.appendingPathComponent("units/functieboek-wijkteam.txt")
        let run = await CoverageRun.run(.init(paths: [fixture.path]), mappings: mappings)
        let document = try #require(run.result.documents.first)
        let units = try #require(document.units)
        let unit = try #require(units.first { $0.id == "functie-1" })
        let competency = try #require(unit.competencies.first { $0.status == .covered })
        let indicator = try #require(competency.indicators.max { $0.score < $1.score })
        let passage = try #require(indicator.evidence.first?.text)
        let manifest = RunManifest(
            name: "eenheden", toolVersion: "test", startedAt: "2025-01-01T00:00:00Z",
            framework: mappings.framework.id, frameworkVersion: mappings.framework.version,
            inputs: [
                .init(
                    path: document.path, sha256: "-", bytes: 0, document: document.id, kind: document.kind, level: nil)
            ],
            mappings: [], settings: [:], findings: run.findings)
        let html = try HTMLReport.render(
            ReportContext(result: run.result, framework: mappings.framework, manifest: manifest))
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let report = try directory.write(html, to: "report.html")
        let arguments = [
            report.path, "--doc", document.id, "--unit", unit.id, "--units", String(units.count), "--unit-title",
            unit.title, "--unit-heading", "Functie 1: Schuldhulpverlener", "--competency", competency.id,
            "--indicator", indicator.id, "--chromedriver", tools.chromedriver.path, "--chromium", tools.chromium.path,
        ]
        let (status, log) = try runScript(tools, arguments + ["--passage", passage])
        #expect(status == 0, "\(log)")
        // Another function's passage is not what this cell shows.
        let other = try #require(
            units.first { $0.id == "functie-4" }?.competencies.flatMap(\.indicators).compactMap(\.evidence.first?.text)
                .first)
        let (wrongStatus, wrongLog) = try runScript(tools, arguments + ["--passage", other])
        #expect(wrongStatus == 1)
        #expect(wrongLog.contains("het paneel toont de passage"), "\(wrongLog)")
    }

    /// The page of a run above the detail limit: built from the sample run's overview, repeated to
    /// 600 documents, so the documents table and its filter work at a realistic size.
    @Test(
        .enabled(
            if: tools != nil || required,
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"))
    func overviewPageWorksInChromium() async throws {
        let tools = try #require(
            Self.tools,
            "CI=true but chromium/chromedriver/python3 are missing: apt-get install chromium chromium-driver python3")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let run = await CoverageRun.run(.init(paths: [TestPaths.inputs.path]), mappings: mappings)
        var overview = RunOverview(framework: mappings.framework)
        for round in 0..<120 {
            for var document in run.result.documents {
                document.id += "-\(round)"
                overview.add(document)
            }
        }
        let manifest = RunManifest(
            name: "browsertest", toolVersion: "test", startedAt: "2025-01-01T00:00:00Z",
            framework: mappings.framework.id,
            frameworkVersion: mappings.framework.version, inputs: [], mappings: [], settings: [:], findings: [])
        let context = ReportContext(
            result: CoverageResult(framework: run.result.framework, documents: []), framework: mappings.framework,
            manifest: manifest, overview: overview)
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let page = try directory.write(HTMLReport.render(context), to: "report.html")
        let arguments = [
            page.path, "--overview", "--documents", String(120 * run.result.documents.count), "--competencies",
            String(mappings.framework.competencies.count),
            "--chromedriver", tools.chromedriver.path, "--chromium", tools.chromium.path,
        ]
        let (status, log) = try runScript(tools, arguments + ["--doc", "kd-metselaar-7"])
        print(log)
        #expect(status == 0, "\(log)")
        // A filter that would match no row, or every row, is reported.
        let (wrongStatus, wrongLog) = try runScript(tools, arguments + ["--doc", "geen-document"])
        #expect(wrongStatus == 1 && wrongLog.contains("het zoekveld laat alleen de rijen"), "\(wrongLog)")
    }

    private func runScript(_ tools: BrowserTools, _ arguments: [String]) throws -> (Int32, String) {
        try runProgram(
            tools.python,
            [TestPaths.root.appendingPathComponent("Tests/Browser/report_browser_test.py").path] + arguments)
    }
}

/// Where python3, chromedriver and chromium are, if all three are installed.
struct BrowserTools {
    var python: URL
    var chromedriver: URL
    var chromium: URL

    static func find() -> BrowserTools? {
        guard let python = which("python3"), let chromedriver = which("chromedriver"),
            let chromium = which("chromium") ?? which("chromium-browser") ?? which("google-chrome")
        else { return nil }
        return BrowserTools(python: python, chromedriver: chromedriver, chromium: chromium)
    }

    private static func which(_ name: String) -> URL? { executableOnPath(name) }
}
