import DekkingCore
import DekkingModel
import Testing

@testable import DekkingReport

/// The writers of `dekking complement` (terminal text, aanvulling.html, aanvulling.csv) on a
/// hand-made plan over the synthetic framework of ``ReportFixtures``, held to golden files.
@Suite struct ComplementWriterTests {
    typealias Make = ComplementPlanTests

    /// Target: 1.1 missing, 1.2 partial, 2.1 covered but for nothing; a keuzedeel that closes 1.1
    /// with a passage that would start a formula, a course of unknown level for 1.2, an hbo minor.
    static let plan: ComplementPlan = {
        let target = Make.coverage(
            "kd-doel",
            [
                ("1.1", .gap, [("1.1-mbo-1", .gap), ("1.1-mbo-2", .partial)]),
                ("1.2", .partial, [("1.2-mbo-1", .gap)]),
                ("2.1", .covered, [("2.1-mbo-1", .covered)]),
            ])
        var keuzedeel = Make.candidate("keuzedeel-contact", covering: ["1.1-mbo-1", "1.1-mbo-2"])
        keuzedeel.coverage.title = "Keuzedeel Contact & \"verbinding\""
        keuzedeel.coverage.competencies[0].indicators[0].evidence[0].text = "=Maakt contact, ook <online>."
        let course = Make.candidate("cursus-helder", covering: ["1.2-mbo-1"], ownLevel: nil)
        let minor = Make.candidate("minor-hbo", covering: ["1.1-mbo-1"], ownLevel: "hbo")
        let idle = Make.candidate("keuzedeel-leeg", covering: ["2.1-mbo-1"])
        return ComplementPlan(
            target: target, candidates: [minor, idle, course, keuzedeel], weights: Make.weights)
    }()

    @Test func terminalText() {
        let text = ComplementText.render(Self.plan, framework: ReportFixtures.framework, top: 1)
        #expect(text.contains("De beste kandidaat dicht 2 van de 3 hiaten."))
        #expect(text.contains("Niveau van de kandidaat niet herkend"))
        assertSnapshot(text, named: "complement.txt")
    }

    @Test func page() {
        let html = ComplementHTML.render(Self.plan, framework: ReportFixtures.framework, top: 1, toolVersion: "0.0.0")
        // Escaped, the best one unfolded, the minor apart, no slot left.
        #expect(html.contains("Keuzedeel Contact &amp; &quot;verbinding&quot;"))
        #expect(html.contains("&lt;online&gt;"))
        #expect(html.contains("data-candidate=\"keuzedeel-contact\" open"))
        #expect(!html.contains("data-candidate=\"cursus-helder\" open"))
        #expect(html.contains("id=\"other-level\""))
        #expect(!html.contains("{{"))
        assertSnapshot(html, named: "aanvulling.html")
    }

    @Test func csvInBothDialects() {
        let csv = String(
            decoding: ComplementCSV.render(Self.plan, framework: ReportFixtures.framework, dialect: .rfc4180),
            as: UTF8.self)
        #expect(csv.hasPrefix(ComplementCSV.columns.joined(separator: ",") + "\r\n"))
        // Two rows for the keuzedeel, one for the course, one for the minor (not in the combination).
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5)
        #expect(csv.contains(",nee,"))
        #expect(csv.contains("'=Maakt contact"))
        assertSnapshot(csv, named: "aanvulling.csv")
        let excel = ComplementCSV.render(Self.plan, framework: ReportFixtures.framework, dialect: .excelNL)
        #expect(excel.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: excel, as: UTF8.self).contains(";1,0000;0,8000;"))
    }
}
