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

    @Test func rejectsAMissingDocument() throws {
        let result = try runDekking(["compare", a, "Inputs/bestaat-niet.pdf", "--out", "/nonexistent/never"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Inputs/bestaat-niet.pdf: bestand bestaat niet"))
    }
}
