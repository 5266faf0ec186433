import DekkingTestSupport
import Foundation
import Testing

/// End-to-end: `dekking compare` on two sample inputs, as a user runs it.
@Suite struct CompareCommandTests {
    let a = "Inputs/kd-medewerker-schuldhulpverlening.pdf"
    let b = "Inputs/functiebeschrijving-schuldhulpverlener.odt"

    @Test func writesCompareHTMLAndCSVAndRefusesToOverwrite() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let out = directory.url.appendingPathComponent("vergelijking")
        let result = try runDekking(["compare", a, b, "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("A: kd-medewerker-schuldhulpverlening"))
        #expect(result.stdout.contains("B: functiebeschrijving-schuldhulpverlener"))
        #expect(result.stdout.contains("alleen in B"))
        // A kwalificatiedossier and a function: no overlap between functions.
        #expect(!result.stdout.contains("Overlap tussen de functies"))
        let html = try String(contentsOf: out.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<details class=\"comp\" data-competency=").count - 1 == 30)
        let csv = try String(contentsOf: out.appendingPathComponent("compare.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("row_type,cluster_id,competency_id,"))
        #expect(csv.components(separatedBy: "\r\ncompetency,").count - 1 == 30)

        let again = try runDekking(["compare", a, b, "--out", out.path, "--quiet"])
        #expect(again.status == 64)
        #expect(again.stderr.contains("de map bestaat al en is niet leeg"))
        let forced = try runDekking(["compare", a, b, "--out", out.path, "--quiet", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    /// Two fictitious functions: a klantadviseur (contact, information, administration) and a
    /// schuldhulpconsulent (contact and information too, and analysis, coaching, planning).
    @Test func twoFunctionsShowTheirOverlapAndWhatAPersonMovingLearns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let out = directory.url.appendingPathComponent("mobiliteit")
        let adviser = "Tests/Fixtures/functies/functie-klantadviseur.txt"
        let consultant = "Tests/Fixtures/functies/functie-schuldhulpconsulent.txt"
        let result = try runDekking(["compare", adviser, consultant, "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.contains("Overlap tussen de functies (personele mobiliteit)"))
        #expect(text.contains("Functie A deelt "))
        let toB = try #require(text.range(of: "Wat iemand moet leren die van A naar B overstapt")).upperBound
        let toA = try #require(text.range(of: "Wat iemand moet leren die van B naar A overstapt")).lowerBound
        let learnForB = String(text[toB..<toA])
        // Analysing the situation and coaching are what the consultant asks and the adviser lacks.
        for id in ["2.1", "2.2", "5.2"] { #expect(learnForB.contains("\n  \(id) "), "\(id) in \(learnForB)") }
        // Contact and information are in both: nothing to learn there.
        for id in ["1.1", "4.1"] { #expect(!learnForB.contains("\n  \(id) "), "\(id) in \(learnForB)") }
        let csv = try String(contentsOf: out.appendingPathComponent("compare.csv"), encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("competency,") }
        let mobility = Dictionary(
            uniqueKeysWithValues: rows.map { row in
                let fields = row.split(separator: ",", omittingEmptySubsequences: false)
                return (String(fields[2]), String(fields.last ?? ""))
            })
        #expect(mobility["1.1"] == "shared" && mobility["4.1"] == "shared")
        #expect(mobility["2.1"] == "learn_a_to_b" && mobility["5.2"] == "learn_a_to_b")
        let html = try String(contentsOf: out.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(html.contains("<section class=\"card\" id=\"overlap\""))
        #expect(html.contains("<li data-competency=\"2.1\">"))
    }

    @Test func rejectsAMissingDocument() throws {
        let result = try runDekking(["compare", a, "Inputs/bestaat-niet.pdf", "--out", "/nonexistent/never"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Inputs/bestaat-niet.pdf: bestand bestaat niet"))
    }

    /// Each document keeps its own level, as analyze gives it, and both levels are stated; with
    /// --level both are matched at that level.
    @Test func eachDocumentKeepsItsOwnLevelUnlessLevelIsGiven() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let own = directory.url.appendingPathComponent("eigen")
        let result = try runDekking(["compare", a, b, "--out", own.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("niveau A: mbo, niveau B: hbo"))
        #expect(!result.stderr.contains("niveau van A"))
        let html = try String(contentsOf: own.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(html.contains("<p class=\"levels\">niveau A: mbo, niveau B: hbo</p>"))

        // B's side is what analyze reports for B: the same status and score for every competency.
        let analysed = try runDekking(["analyze", b, "--json", "-", "--quiet"])
        #expect(analysed.status == 0, "\(analysed.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(analysed.stdout.utf8)) as? [String: Any])
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        #expect(document["level"] as? String == "hbo")
        let competencies = try #require(document["competencies"] as? [[String: Any]])
        #expect(competencies.count == 30)
        let csv = try String(contentsOf: own.appendingPathComponent("compare.csv"), encoding: .utf8)
        for competency in competencies {
            let status = try #require(competency["status"] as? String)
            let score = try #require(competency["score"] as? Double)
            let side = ",functiebeschrijving-schuldhulpverlener,\(status),\(String(format: "%.4f", score)),"
            #expect(csv.contains(side), "\(competency["id"] ?? "?"): \(side)")
        }

        let chosen = directory.url.appendingPathComponent("mbo")
        let atMBO = try runDekking(["compare", a, b, "--out", chosen.path, "--level", "mbo", "--quiet"])
        #expect(atMBO.status == 0, "\(atMBO.stderr)")
        #expect(atMBO.stdout.contains("niveau A: mbo, niveau B: mbo"))
        #expect(!atMBO.stdout.contains("Let op: A en B zijn op verschillende niveaus"))
    }
}
