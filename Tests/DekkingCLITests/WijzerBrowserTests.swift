import DekkingTestSupport
import Foundation
import Testing

/// The competentiewijzer end to end: `dekking wijzer` writes the page, headless Chromium fills it
/// in and exports it (`Tests/Browser/wijzer_browser_test.py`), and `dekking wijzer report` and
/// `dekking wijzer compare` turn the export into the profile and the ontwikkelplan for the sample
/// function description. Skipped without chromium and chromedriver, except under `CI=true`.
@Suite(.serialized) struct WijzerBrowserTests {
    static let function = "Inputs/functiebeschrijving-schuldhulpverlener.odt"

    /// The asked competencies (covered or partial) of the function analysed at mbo, highest score
    /// first, each with its asked mbo indicators.
    static func asked(_ run: URL) throws -> [(id: String, score: Double, indicators: [String])] {
        let object = try JSONSerialization.jsonObject(
            with: Data(contentsOf: run.appendingPathComponent("coverage.json")))
        let document = try #require(((object as? [String: Any])?["documents"] as? [[String: Any]])?.first)
        return ((document["competencies"] as? [[String: Any]]) ?? []).compactMap { competency in
            guard let id = competency["id"] as? String, competency["status"] as? String != "gap" else { return nil }
            let indicators = ((competency["indicators"] as? [[String: Any]]) ?? []).filter {
                $0["status"] as? String != "gap" && ($0["id"] as? String ?? "").contains("-mbo-")
            }.compactMap { $0["id"] as? String }
            return (id, competency["score"] as? Double ?? 0, indicators)
        }.sorted { $0.score > $1.score }
    }

    @Test(
        .enabled(
            if: ReviewBrowserTests.available || ReviewBrowserTests.required,
            "chromium and chromedriver are not installed"))
    func aFilledInWijzerGivesTheProfileAndTheOntwikkelplan() throws {
        #expect(ReviewBrowserTests.available, "CI=true but chromium, chromedriver or python3 is missing")
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let page = dir.url.appendingPathComponent("wijzer.html")
        let written = try runDekking(["wijzer", "--level", "mbo", "--profile", "startbekwaam", "--out", page.path])
        #expect(written.status == 0, "\(written.stderr)")
        let analysed = try runDekking([
            "analyze", Self.function, "--level", "mbo", "--out", dir.url.appendingPathComponent("runs").path,
            "--name", "functie", "--quiet",
        ])
        #expect(analysed.status == 0, "\(analysed.stderr)")
        let run = dir.url.appendingPathComponent("runs/functie")
        let asked = try Self.asked(run).filter { !$0.indicators.isEmpty }
        try #require(asked.count >= 3, "the sample function asks too little: \(asked.map(\.id))")
        // The strongest asked competency: mastered. The second: one indicator "nog niet" (by
        // keyboard), the rest "in ontwikkeling" with an example. The third: left open.
        let (top, second, third) = (asked[0], asked[1], asked[2])
        var rates = top.indicators.map { "\($0):beheers-ik" }
        let keyboard = "\(second.indicators[0]):kan-anderen-leren"
        rates += second.indicators.dropFirst().enumerated().map { index, id in
            // One example a spreadsheet would take for a formula: it must come back from the CSV as typed.
            "\(id):in-ontwikkeling:" + (index == 0 ? "=SOM van het budgetplan" : "Budgetgesprek bij Gemeente Denkbeeld")
        }
        let open = third.indicators[0]
        rates.append("\(open):nog-niet")
        let downloads = dir.url.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let (status, log) = try runProgram(
            try #require(ReviewBrowserTests.python),
            [
                TestPaths.root.appendingPathComponent("Tests/Browser/wijzer_browser_test.py").path,
                page.absoluteString, "--name", "Sam de Vries", "--downloads", downloads.path, "--keyboard", keyboard,
                "--chromedriver", try #require(ReviewBrowserTests.chromedriver).path,
                "--chromium", try #require(ReviewBrowserTests.chromium).path,
            ] + rates.flatMap { ["--rate", $0] })
        #expect(status == 0, "\(log)")
        #expect(log.contains("wijzer_browser_test: geslaagd: \(rates.count + 1) van "), "\(log)")
        let exports = try FileManager.default.contentsOfDirectory(atPath: downloads.path).sorted()
        let json = downloads.appendingPathComponent(try #require(exports.first { $0.hasSuffix(".json") })).path
        let csv = downloads.appendingPathComponent(try #require(exports.first { $0.hasSuffix(".csv") })).path

        // The profile from the JSON and from the CSV export: the same member twice.
        let profileFile = dir.url.appendingPathComponent("profiel.html")
        let report = try runDekking(["wijzer", "report", json, csv, "--format", "json", "--out", profileFile.path])
        #expect(report.status == 0, "\(report.stderr)")
        let profile = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let members = try #require(profile["members"] as? [[String: Any]])
        #expect(members.count == 2 && members.allSatisfy { $0["name"] as? String == "Sam de Vries" })
        let strengths = members.map { $0["strengths"] as? [String] ?? [] }
        #expect(strengths[0] == strengths[1])
        #expect(strengths[0].contains(top.id), "\(strengths[0])")
        #expect((members[0]["developmentPoints"] as? [String] ?? []).contains(third.id))
        #expect(try String(contentsOf: profileFile, encoding: .utf8).contains("<span class=\"cell s-covered\""))

        // The ontwikkelplan against the run folder and against the function description itself.
        for function in [run.path, Self.function] {
            let planFile = dir.url.appendingPathComponent("plan.html")
            let compared = try runDekking(["wijzer", "compare", json, function, "--json", "--out", planFile.path])
            #expect(compared.status == 0, "\(function): \(compared.stderr)")
            let plan = try #require(
                try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])
            let items = try #require(plan["items"] as? [[String: Any]])
            let scores = items.map { $0["functionScore"] as? Double ?? 0 }
            #expect(scores == scores.sorted(by: >), "\(function): not in the order of the function's emphasis")
            #expect((plan["mastered"] as? [String] ?? []).contains(top.id), "\(function)")
            #expect(!items.contains { $0["competency"] as? String == top.id })
            let steps = items.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
            #expect(steps.contains { $0["indicator"] as? String == open && $0["rating"] as? String == "nog-niet" })
            #expect(
                !steps.contains { $0["indicator"] as? String == second.indicators[0] }, "rated by keyboard as mastered")
            #expect(!steps.contains { ["beheers-ik", "kan-anderen-leren"].contains($0["rating"] as? String ?? "") })
            #expect(try String(contentsOf: planFile, encoding: .utf8).contains("data-indicator=\"\(open)\""))
        }
        // The CSV export gives the same ontwikkelplan as the JSON export, examples included.
        let fromJSON = try runDekking([
            "wijzer", "compare", json, run.path, "--json", "--out", dir.url.appendingPathComponent("a.html").path,
        ])
        let fromCSV = try runDekking([
            "wijzer", "compare", csv, run.path, "--json", "--out", dir.url.appendingPathComponent("b.html").path,
        ])
        #expect(fromCSV.status == 0 && fromJSON.stdout == fromCSV.stdout, "\(fromCSV.stdout)")
        #expect(fromCSV.stdout.contains("\"example\" : \"=SOM van het budgetplan\""), "\(fromCSV.stdout)")
    }
}

/// `dekking wijzer report` and `compare` on files that are no wijzer export.
@Suite struct WijzerCommandTests {
    @Test func aBadFileIsReportedByNameTheOthersGoOnAndTheExitIsOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let good = try dir.write(
            """
            naam,datum,kader,kaderversie,niveau,profiel,indicator,beoordeling,voorbeeld
            Kim Jansen,2026-12-01,sfd-2021,2021-11,mbo,vakvolwassen,1.1-mbo-1,beheers ik,

            """, to: "kim.csv")
        let bad = try dir.write("dit is geen export\n", to: "notities.csv")
        let out = dir.url.appendingPathComponent("profiel.html")
        let result = try runDekking(["wijzer", "report", bad.path, good.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("notities.csv:1: fout: geen antwoorden van de competentiewijzer"), "\(result.stderr)"
        )
        #expect(result.stdout.contains("Kim Jansen (mbo, vakvolwassen, 2026-12-01)"), "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test func compareReadsACoverageJSONAndNamesAMissingDocument() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let answers = try dir.write(
            """
            naam,datum,kader,kaderversie,niveau,profiel,indicator,beoordeling,voorbeeld
            Kim Jansen,2026-12-01,sfd-2021,2021-11,mbo,vakvolwassen,5.2-mbo-1,in ontwikkeling,

            """, to: "kim.csv")
        let coverage = dir.url.appendingPathComponent("functie.json").path
        let analysed = try runDekking([
            "analyze", WijzerBrowserTests.function, "--level", "mbo", "--json", coverage, "--quiet",
        ])
        #expect(analysed.status == 0, "\(analysed.stderr)")
        let out = dir.url.appendingPathComponent("plan.html").path
        let plan = try runDekking(["wijzer", "compare", answers.path, coverage, "--out", out])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.hasPrefix("Ontwikkelplan van Kim Jansen voor "), "\(plan.stdout)")
        #expect(plan.stdout.contains("   - 5.2-mbo-1: nu in ontwikkeling, volgende stap beheers ik"), "\(plan.stdout)")
        let missing = try runDekking([
            "wijzer", "compare", answers.path, coverage, "--document", "nergens", "--out", out,
        ])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("geen document 'nergens' in coverage.json"), "\(missing.stderr)")
    }

    @Test func theWijzerRefusesAnUnknownProfileInDutch() throws {
        let result = try runDekking(["wijzer", "--profile", "junior", "--out", "Output/niet-geschreven.html"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("onbekend profiel 'junior'; kies startbekwaam of vakvolwassen"), "\(result.stderr)")
    }

    @Test(arguments: [["wijzer"], ["wijzer", "page"], ["wijzer", "report"], ["wijzer", "compare"]])
    func helpIsDutch(_ command: [String]) throws {
        let result = try runDekking(command + ["--help"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("GEBRUIK: dekking \(command.joined(separator: " "))"), "\(result.stdout)")
        #expect(
            CommandLanguageTests.englishIn(result.stdout).isEmpty, "\(CommandLanguageTests.englishIn(result.stdout))")
    }
}
