import DekkingTestSupport
import Foundation
import Testing

/// `dekking explain`: a file analysed now, or a document of a run by its id (`--run`), with the
/// valid ids and the nearest one on a miss.
@Suite struct ExplainCommandTests {
    static let text = """
        Opleidingsprofiel Schuldhulp – Hogeschool Veldmeer (fictief)

        Beroepstaak 1. De professional brengt samen met de cliënt de schulden en het inkomen in kaart, \
        stelt een budgetplan op en legt contact met schuldeisers.
        Beroepstaak 2. De professional begeleidt de cliënt bij het aanvragen van toeslagen en voorzieningen \
        en verwijst door naar het wijkteam.
        """

    /// A run of one document (`profiel-veldmeer`) in a temporary folder.
    func makeRun() throws -> (directory: TemporaryDirectory, document: URL, run: URL) {
        let directory = try TemporaryDirectory()
        let document = try directory.write(Self.text, to: "profiel-veldmeer.txt")
        let result = try runDekking([
            "analyze", document.path, "--out", directory.url.appendingPathComponent("uit").path, "--name", "run",
            "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return (directory, document, directory.url.appendingPathComponent("uit/run"))
    }

    @Test func aDocumentOfARunIsExplainedAsTheRunFoundIt() throws {
        let (directory, document, run) = try makeRun()
        defer { directory.cleanUp() }
        let fromFolder = try runDekking(["explain", "--run", run.path, "profiel-veldmeer", "1.1", "--quiet"])
        #expect(fromFolder.status == 0, "\(fromFolder.stderr)")
        #expect(fromFolder.stdout.hasPrefix("profiel-veldmeer – competentie 1.1 "), "\(fromFolder.stdout)")
        #expect(fromFolder.stdout.contains("Hoe de kans ontstaat"))
        let fromReport = try runDekking([
            "explain", "--run", run.appendingPathComponent("coverage.json").path, "profiel-veldmeer", "1.1",
        ])
        #expect(fromReport.stdout == fromFolder.stdout)
        // The same mappings and document give the same explanation as analysing the file now.
        let analysedNow = try runDekking(["explain", document.path, "1.1", "--quiet"])
        #expect(analysedNow.status == 0, "\(analysedNow.stderr)")
        #expect(analysedNow.stdout == fromFolder.stdout)
    }

    @Test func anIdNotInTheRunListsTheRunsIdsAndTheNearest() throws {
        let (directory, _, run) = try makeRun()
        defer { directory.cleanUp() }
        let result = try runDekking(["explain", "--run", run.path, "profiel-veldmeerr", "1.1"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains(
                "fout: document 'profiel-veldmeerr' staat niet in de run \(run.path). Bedoelt u 'profiel-veldmeer'? De run heeft: profiel-veldmeer."
            ), "\(result.stderr)")
        #expect(result.stderr.contains("Gebruik: dekking explain"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownCompetencyListsTheFrameworksIdsAndTheNearest() throws {
        let (directory, document, run) = try makeRun()
        defer { directory.cleanUp() }
        for arguments in [["--run", run.path, "profiel-veldmeer", "8.6"], [document.path, "8.6"]] {
            let result = try runDekking(["explain"] + arguments)
            #expect(result.status == 64)
            #expect(result.stderr.contains("fout: onbekende competentie '8.6'. Bedoelt u "), "\(result.stderr)")
            #expect(result.stderr.contains("'8.5'"))
            #expect(result.stderr.contains("Het kader kent: 1.1, 1.2, 1.3, 2.1"))
            #expect(result.stderr.contains("8.4, 8.5."))
            #expect(result.stderr.contains("Gebruik: dekking explain"))
        }
    }

    /// A document id without --run is taken from the latest run in Output/ (the last run).
    @Test func anIdWithoutRunComesFromTheLastRunInOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let mappings = ["--mappings", TestPaths.mappings.path]
        let first = try directory.write(Self.text, to: "profiel-veldmeer.txt")
        #expect(
            try runDekking(["analyze", first.path, "--name", "eerste", "--quiet"] + mappings, in: directory.url).status
                == 0)
        Thread.sleep(forTimeInterval: 1.1)  // a later modification time for the second run
        let second = try directory.write(
            Self.text + "\nBeroepstaak 3. Werkt samen met de budgetcoach.", to: "tweede/profiel-veldmeer.txt")
        #expect(
            try runDekking(["analyze", second.path, "--name", "tweede", "--quiet"] + mappings, in: directory.url).status
                == 0)
        let result = try runDekking(["explain", "profiel-veldmeer", "1.1"] + mappings, in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("profiel-veldmeer – competentie 1.1 "))
        #expect(
            result.stderr.contains("uitgelegd uit de laatste run \(directory.url.path)/Output/tweede"),
            "\(result.stderr)")
        let miss = try runDekking(["explain", "profiel-veldmeerr", "1.1"] + mappings, in: directory.url)
        #expect(miss.status == 64 && miss.stderr.contains("Bedoelt u 'profiel-veldmeer'?"), "\(miss.stderr)")
    }

    @Test func aMissingFileOrRunIsAUsageError() throws {
        let empty = try TemporaryDirectory()
        defer { empty.cleanUp() }
        let missing = try runDekking(
            ["explain", "Inputs/bestaat-niet.pdf", "1.1", "--mappings", TestPaths.mappings.path], in: empty.url)
        #expect(missing.status == 64)
        #expect(
            missing.stderr.contains(
                "Inputs/bestaat-niet.pdf: bestand bestaat niet, en er is geen run in Output/; een document uit een run kiest u met --run"
            ), "\(missing.stderr)")
        let folder = try runDekking(["explain", "Inputs", "1.1"])
        #expect(folder.status == 64)
        #expect(folder.stderr.contains("Inputs: is een map; explain legt één document uit"))
        let noRun = try runDekking(["explain", "--run", "Output/bestaat-niet", "kd-metselaar", "1.1"])
        #expect(noRun.status == 64)
        #expect(noRun.stderr.contains("Output/bestaat-niet: geen run-map met coverage.json en geen coverage.json"))
    }
}
