import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// report.html for the sample inputs on a phone, a tablet and a laptop (390, 1024 and 1440 px),
/// in headless Chromium and in Firefox, checked by `Tests/Browser/report_layout_test.py`: no
/// sideways scroll of the page, one scroll box for the heatmap with every column reachable, the
/// evidence panel over the page or beside it without hiding a column, the startbekwaam statements
/// on the screen. Screenshots go to `Output/report-layout/`.
///
/// Each browser's test runs when it is installed (Debian: `chromium chromium-driver`, and
/// `firefox-esr python3-websocket`); otherwise it is skipped with that reason, except under
/// `CI=true`, where a missing browser fails.
@Suite struct HTMLLayoutBrowserTests {
    static let chromium = BrowserTools.find()
    static let firefox = FirefoxTools.find()
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let widths = "390,1024,1440"
    static let shots = TestPaths.root.appendingPathComponent("Output/report-layout")

    @Test(
        .enabled(
            if: chromium != nil || required,
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"))
    func sampleReportFitsEveryWidthInChromium() async throws {
        let tools = try #require(
            Self.chromium,
            "CI=true but chromium/chromedriver/python3 are missing: apt-get install chromium chromium-driver")
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let report = try directory.write(try await Self.sampleReport(), to: "report.html")
        let (status, log) = try Self.runLayoutTest(
            tools.python,
            [
                report.path, Self.shots.path, "--browsers", "chromium", "--widths", Self.widths,
                "--chromedriver", tools.chromedriver.path, "--chromium", tools.chromium.path,
            ])
        print(log)
        #expect(status == 0, "\(log)")
        for width in Self.widths.split(separator: ",") {
            #expect(log.contains("chromium \(width) px: scrollWidth"), "\(log)")
            #expect(Self.isScreenshot("report-chromium-\(width).png"))
            #expect(Self.isScreenshot("report-chromium-\(width)-paneel.png"))
        }
    }

    @Test(
        .enabled(
            if: firefox != nil || required,
            "firefox or the websocket module of /usr/bin/python3 is missing (apt-get install firefox-esr python3-websocket)"
        ))
    func sampleReportFitsEveryWidthInFirefox() async throws {
        let tools = try #require(
            Self.firefox,
            "CI=true but firefox or python3-websocket is missing: apt-get install firefox-esr python3-websocket")
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let report = try directory.write(try await Self.sampleReport(), to: "report.html")
        let (status, log) = try Self.runLayoutTest(
            tools.python,
            [
                report.path, Self.shots.path, "--browsers", "firefox", "--widths", Self.widths, "--firefox",
                tools.firefox.path,
            ])
        print(log)
        #expect(status == 0, "\(log)")
        for width in Self.widths.split(separator: ",") {
            #expect(log.contains("firefox \(width) px: scrollWidth"), "\(log)")
            #expect(Self.isScreenshot("report-firefox-\(width).png"))
            #expect(Self.isScreenshot("report-firefox-\(width)-paneel.png"))
        }
    }

    /// The layout test really measures: a page with something too wide for a phone fails, in Dutch,
    /// naming what is too wide.
    @Test(
        .enabled(
            if: chromium != nil || required,
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"))
    func layoutTestFailsOnAPageThatScrollsSideways() async throws {
        let tools = try #require(
            Self.chromium,
            "CI=true but chromium/chromedriver/python3 are missing: apt-get install chromium chromium-driver")
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let page = try await Self.sampleReport().replacingOccurrences(
            of: "<main>\n",
            with: "<main>\n<p class=\"te-breed\" style=\"width: 40rem\">Te breed voor een telefoon.</p>\n")
        let report = try directory.write(page, to: "report.html")
        let (status, log) = try Self.runLayoutTest(
            tools.python,
            [
                report.path, directory.url.appendingPathComponent("shots").path, "--browsers", "chromium",
                "--widths", "390", "--chromedriver", tools.chromedriver.path, "--chromium", tools.chromium.path,
            ])
        #expect(status == 1)
        #expect(log.contains("MISLUKT: chromium 390 px: de pagina schuift zijwaarts"), "\(log)")
        #expect(log.contains("p.te-breed 640 px"), "\(log)")
    }

    /// The page of the sample inputs (``ReportFixtures/sample()``) with the settings a run records.
    static func sampleReport() async throws -> String {
        var context = try await ReportFixtures.sample()
        context.manifest.settings = try await SettingLabelsTests.recordedSettings()
        return try HTMLReport.render(context)
    }

    static func isScreenshot(_ name: String) -> Bool {
        let data = FileManager.default.contents(atPath: shots.appendingPathComponent(name).path) ?? Data()
        return data.starts(with: [0x89, 0x50, 0x4E, 0x47])
    }

    static func runLayoutTest(_ python: URL, _ arguments: [String]) throws -> (Int32, String) {
        try runProgram(
            python, [TestPaths.root.appendingPathComponent("Tests/Browser/report_layout_test.py").path] + arguments)
    }
}

/// Firefox and a Python 3 that has the `websocket` module (Debian's python3-websocket is for
/// /usr/bin/python3, which need not be the python3 first on PATH), if both are installed.
struct FirefoxTools {
    var python: URL
    var firefox: URL

    static func find() -> FirefoxTools? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = ["/usr/bin"] + path.split(separator: ":").map(String.init)
        func which(_ name: String) -> [URL] {
            folders.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
                .filter { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        guard let firefox = (which("firefox-esr") + which("firefox")).first,
            let python = which("python3").first(where: hasWebsocket)
        else { return nil }
        return FirefoxTools(python: python, firefox: firefox)
    }

    private static func hasWebsocket(_ python: URL) -> Bool {
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", "import websocket"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
