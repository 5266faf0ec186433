import DekkingTestSupport
import Foundation
import Testing

/// `dekking complement` end to end, with the real engine, on the fixture catalogue of
/// `Tests/Fixtures/complement/`: a kwalificatiedossier (mbo) that describes clusters 1, 2, 4 and 5
/// and misses 3, 6, 7 and 8, and ten candidates, each written about certain competencies.
@Suite struct ComplementCommandTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("complement")
    static let target = folder.appendingPathComponent("kd-medewerker-geldzaken.txt").path
    static let catalogue = folder.appendingPathComponent("catalogus").path

    /// The plan as `--json` gives it, and the command's result.
    func plan(_ arguments: [String], in directory: TemporaryDirectory) throws -> ([String: Any], CommandResult) {
        let result = try runDekking(
            ["complement"] + arguments + [
                "--json", "--quiet", "--out", directory.url.appendingPathComponent("uit").path,
            ])
        // No plan (an error before it) is an empty object; the result says why.
        let object = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        return (object ?? [:], result)
    }

    static func ids(_ list: Any?) -> [String] {
        (list as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func theKeuzedelenAboutTheMissingClustersAreTheBestThree() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let (plan, result) = try plan([Self.target, "--from", Self.catalogue], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let chosen = plan["chosen"] as? [[String: Any]] ?? []
        let ids = Self.ids(chosen)
        // Negotiation (cluster 6), planning (7) and chain cooperation (3): the clusters the
        // dossier misses, so each of their indicators weighs 1.
        #expect(ids.first == "keuzedeel-onderhandelen", "\(ids)")
        #expect(
            Set(ids.prefix(3)) == [
                "keuzedeel-onderhandelen", "keuzedeel-planmatig-werken", "keuzedeel-ketensamenwerking",
            ],
            "\(ids)")
        // Conversation skills (cluster 1, which the dossier has) and a horeca keuzedeel add nothing.
        #expect(plan["unused"] as? [String] == ["keuzedeel-gespreksvaardigheden", "keuzedeel-horeca-ondernemen"])
        // The hbo minor is not in the combination for an mbo dossier, but listed apart.
        #expect(Self.ids(plan["otherLevel"]) == ["minor-financiele-belangenbehartiging"])
        #expect(!ids.contains("minor-financiele-belangenbehartiging"))
        let counts = chosen.map { ($0["indicators"] as? [String] ?? []).count }
        let closedByTop = plan["closedByTop"] as? Int ?? -1
        #expect(closedByTop == counts.prefix(3).reduce(0, +))
        #expect(chosen.map { $0["closedSoFar"] as? Int ?? -1 } == counts.indices.map { counts[...$0].reduce(0, +) })
        // The terminal sentence and both files.
        let text = try runDekking([
            "complement", Self.target, "--from", Self.catalogue, "--quiet", "--force", "--out",
            directory.url.appendingPathComponent("uit").path,
        ])
        let gaps = plan["gaps"] as? Int ?? -1
        #expect(
            text.stdout.contains("De beste 3 samen dichten \(closedByTop) van de \(gaps) hiaten."), "\(text.stdout)")
        let html = try String(contentsOf: directory.url.appendingPathComponent("uit/aanvulling.html"), encoding: .utf8)
        #expect(html.contains("data-candidate=\"keuzedeel-onderhandelen\" open"))
        #expect(html.contains("Op een ander niveau"))
        #expect(!html.contains("{{"))
        let csv = try String(contentsOf: directory.url.appendingPathComponent("uit/aanvulling.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("rang,kandidaat,titel,soort,niveau,in_combinatie,"))
        // The same inputs give the same bytes.
        let again = try runDekking([
            "complement", Self.target, "--from", Self.catalogue, "--quiet", "--out",
            directory.url.appendingPathComponent("nogmaals").path,
        ])
        #expect(again.stdout == text.stdout)
        for file in ["aanvulling.html", "aanvulling.csv"] {
            let first = try Data(contentsOf: directory.url.appendingPathComponent("uit/\(file)"))
            #expect(try Data(contentsOf: directory.url.appendingPathComponent("nogmaals/\(file)")) == first, "\(file)")
        }
        #expect(
            csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("1,keuzedeel-onderhandelen,") }.count == counts[0]
        )
    }

    @Test func whatAnEarlierChoiceClosedCountsOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let wijk = "\(Self.catalogue)/keuzedeel-samenwerken-in-de-wijk.txt"
        let (alone, _) = try plan([Self.target, "--from", wijk], in: directory)
        let (together, _) = try plan(
            [Self.target, "--from", wijk, "\(Self.catalogue)/keuzedeel-ketensamenwerking.txt", "--force"],
            in: directory)
        let count = { (plan: [String: Any], id: String) in
            ((plan["chosen"] as? [[String: Any]] ?? []).first { $0["id"] as? String == id }?["indicators"] as? [String])?
                .count ?? 0
        }
        #expect(Self.ids(together["chosen"]) == ["keuzedeel-ketensamenwerking", "keuzedeel-samenwerken-in-de-wijk"])
        #expect(count(alone, "keuzedeel-samenwerken-in-de-wijk") > count(together, "keuzedeel-samenwerken-in-de-wijk"))
    }

    @Test func aRunFolderAsTargetGivesTheSamePlanAsItsFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let analyzed = try runDekking([
            "analyze", Self.target, "--out", directory.url.path, "--name", "doel", "--quiet",
        ])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let (fromFile, _) = try plan([Self.target, "--from", Self.catalogue], in: directory)
        let (fromRun, result) = try plan(
            [directory.url.appendingPathComponent("doel").path, "--from", Self.catalogue, "--force"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(NSDictionary(dictionary: fromFile) == NSDictionary(dictionary: fromRun))
        // A run of several documents: the target is chosen by its id.
        let two = try runDekking([
            "analyze", Self.target, "\(Self.catalogue)/keuzedeel-horeca-ondernemen.txt", "--out", directory.url.path,
            "--name", "twee", "--quiet",
        ])
        #expect(two.status == 0, "\(two.stderr)")
        let run = directory.url.appendingPathComponent("twee").path
        let (_, ambiguous) = try plan([run, "--from", Self.catalogue, "--force"], in: directory)
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.stderr.contains(
                "kies er een met --document ID (kd-medewerker-geldzaken, keuzedeel-horeca-ondernemen)"),
            "\(ambiguous.stderr)")
        let (chosen, picked) = try plan(
            [run, "--document", "kd-medewerker-geldzaken", "--from", Self.catalogue, "--force"], in: directory)
        #expect(picked.status == 0, "\(picked.stderr)")
        #expect(NSDictionary(dictionary: chosen) == NSDictionary(dictionary: fromFile))
    }

    @Test func aBrokenCandidateIsADutchFindingAndTheRestGoesOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let catalogue = directory.url.appendingPathComponent("catalogus")
        try FileManager.default.createDirectory(at: catalogue, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(Self.catalogue)/keuzedeel-onderhandelen.txt",
            toPath: catalogue.appendingPathComponent("keuzedeel-onderhandelen.txt").path)
        // A zip header and then nothing of an archive: a damaged DOCX.
        try Data([0x50, 0x4B, 0x03, 0x04] + Array("kapot".utf8)).write(
            to: catalogue.appendingPathComponent("kapot.docx"))
        let (plan, result) = try plan([Self.target, "--from", catalogue.path], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("kapot.docx: fout: het archief (DOCX/ODT) is beschadigd"), "\(result.stderr)")
        #expect(Self.ids(plan["chosen"]) == ["keuzedeel-onderhandelen"])
    }

    @Test func helpAndUsageErrorsAreDutch() throws {
        let help = try runDekking(["complement", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("GEBRUIK: dekking complement"))
        #expect(CommandLanguageTests.englishIn(help.stdout).isEmpty, "\(CommandLanguageTests.englishIn(help.stdout))")
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let cases: [([String], String)] = [
            ([Self.target], "ontbrekend argument '--from <catalogus> ...'"),
            ([Self.target, "--from", Self.catalogue, "--top", "0"], "--top verwacht een aantal van 1 of meer, niet 0"),
            (["geen-doel.txt", "--from", Self.catalogue], "geen-doel.txt: bestand of map bestaat niet"),
            ([Self.target, "--from", Self.catalogue, "--csv-dialect", "excel"], "onbekend CSV-dialect 'excel'"),
            ([Self.target, "--from", Self.catalogue, "--out", Self.folder.path], "de map bestaat al en is niet leeg"),
        ]
        for (arguments, message) in cases {
            let result = try runDekking(["complement"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("Gebruik: dekking complement"), "\(result.stderr)")
        }
    }
}
