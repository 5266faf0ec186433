import DekkingCore
import DekkingModel
import Foundation
import Testing

@testable import DekkingReport

/// Comparing two documents: categories, CSV, terminal text and compare.html.
@Suite struct CompareTests {
    let comparison = Compare.compare(HTMLFixtures.kd, HTMLFixtures.function, framework: HTMLFixtures.framework)

    @Test(arguments: [
        (CoverageStatus.covered, CoverageStatus.gap, ComparisonCategory.onlyInA),
        (.partial, .gap, .onlyInA),
        (.gap, .partial, .onlyInB),
        (.gap, .covered, .onlyInB),
        (.covered, .partial, .strongerInA),
        (.partial, .covered, .strongerInB),
        (.partial, .partial, .inBoth),
        (.covered, .covered, .inBoth),
        (.gap, .gap, .inNeither),
    ])
    func categoryOfAPairOfStatuses(_ a: CoverageStatus, _ b: CoverageStatus, _ expected: ComparisonCategory) {
        #expect(ComparisonCategory(a: a, b: b) == expected)
    }

    @Test func comparesEveryCompetencyAndIndicator() throws {
        #expect(comparison.competencies.map(\.id) == ["1.1", "1.2", "2.1"])
        #expect(comparison.competencies.map(\.category) == [.strongerInA, .onlyInA, .onlyInB])
        let first = try #require(comparison.competencies.first)
        #expect(abs(first.difference - (0.4 - 0.72)) < 1e-9)
        // Both documents are mbo: only mbo indicators, each assessed on both sides.
        #expect(first.indicators.map(\.id) == ["1.1-mbo-1", "1.1-mbo-2"])
        #expect(first.indicators.map(\.category) == [.strongerInA, .onlyInA])
        #expect(comparison.competencies.flatMap(\.indicators).allSatisfy { $0.isAssessedInBoth })
        #expect(!comparison.levelsDiffer)
        let counts = comparison.categoryCounts
        #expect(counts[.strongerInA] == 1 && counts[.onlyInA] == 1 && counts[.onlyInB] == 1 && counts[.inBoth] == 0)
        #expect(counts.values.reduce(0, +) == 3)
    }

    @Test func indicatorsOfALevelOnlyOneDocumentHasAreOneSided() throws {
        var hbo = HTMLFixtures.function
        hbo.level = "hbo"
        hbo.matchedLevels = ["hbo"]
        for k in hbo.competencies.indices {
            for i in hbo.competencies[k].indicators.indices {
                hbo.competencies[k].indicators[i].id = hbo.competencies[k].indicators[i].id.replacingOccurrences(
                    of: "mbo", with: "hbo")
                hbo.competencies[k].indicators[i].level = "hbo"
            }
        }
        let mixed = Compare.compare(HTMLFixtures.kd, hbo, framework: HTMLFixtures.framework)
        #expect(mixed.levelsDiffer)
        let first = try #require(mixed.competencies.first)
        #expect(first.indicators.map(\.id) == ["1.1-mbo-1", "1.1-mbo-2", "1.1-hbo-1"])
        #expect(first.indicators[0].b == nil && first.indicators[0].a?.status == .covered)
        #expect(first.indicators[2].a == nil && first.indicators[2].b?.status == .partial)
        #expect(first.indicators[2].category == .onlyInB)
        #expect(CompareText.render(mixed).contains("Let op: A en B zijn op verschillende niveaus beoordeeld"))
        #expect(mixed.levelsLine == "niveau A: mbo, niveau B: hbo")
        #expect(CompareText.render(mixed).contains("\nniveau A: mbo, niveau B: hbo\n"))
        #expect(
            CompareHTML.render(mixed, toolVersion: "9.9.9").contains(
                "<p class=\"levels\">niveau A: mbo, niveau B: hbo</p>"))
    }

    @Test func csvHasOneRowPerCompetencyAndIndicatorAndQuotesPerRFC4180() throws {
        let csv = CompareCSV.render(comparison)
        #expect(csv.hasSuffix("\r\n"))
        let lines = csv.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == CompareCSV.columns.joined(separator: ","))
        #expect(lines.count == 1 + 3 + 4)
        // A title with a comma and quotes is quoted, the quotes doubled.
        #expect(
            csv.contains(
                "competency,1,1.2,\"Schulden in kaart brengen, \"\"volledig\"\"\",,,,kd-schuldhulp,partial,0.3500,functie-budgetcoach,gap,0.0500,-0.3000,only_in_a,\r\n"
            ))
        #expect(
            csv.contains(
                "indicator,1,1.1,Contact leggen met de cliënt,1.1-mbo-1,mbo,Legt contact met de cliënt en luistert actief.,kd-schuldhulp,covered,0.8000,functie-budgetcoach,partial,0.4000,-0.4000,stronger_in_a,\r\n"
            ))
        #expect(CompareCSV.field("a\nb") == "\"a\nb\"")
        #expect(CompareCSV.field("plain") == "plain")
        #expect(CompareCSV.field("x\"y") == "\"x\"\"y\"")
    }

    @Test func terminalTextIsAlignedAndInDutch() {
        let text = CompareText.render(comparison)
        #expect(
            text.contains(
                "A: kd-schuldhulp – Kwalificatiedossier Schuldhulp – cliënt & geld (kwalificatiedossier, mbo)"))
        #expect(text.contains("alleen in A         1  1.2"))
        #expect(text.contains("alleen in B         1  2.1"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("  1.") || $0.hasPrefix("  2.") }
        #expect(rows.count == 3)
        // The A column starts at the same character in every row.
        let columns = Set(
            rows.map { row in
                row.distance(from: row.startIndex, to: row.firstIndex { "●◐○".contains($0) } ?? row.endIndex)
            })
        #expect(columns.count == 1)
        #expect(rows.first?.hasSuffix("−32  sterker in A") == true)
    }

    @Test func compareHTMLIsSelfContainedSideBySideAndEscaped() {
        let html = CompareHTML.render(comparison, toolVersion: "9.9.9")
        #expect(html == CompareHTML.render(comparison, toolVersion: "9.9.9"))
        #expect(html.components(separatedBy: "<details class=\"comp\" data-competency=").count - 1 == 3)
        #expect(html.contains("data-competency=\"2.1\" data-category=\"only_in_b\""))
        #expect(html.contains("<div class=\"side-col\" data-side=\"A\">"))
        #expect(html.contains("<code>B1-K1-W2</code> · Basisdeel › B1-K1 Ondersteunt cliënten · pagina 4"))
        #expect(html.contains("legt <mark>contact</mark> met de <mark>cliënt</mark> en <mark>luistert</mark> actief"))
        #expect(html.contains("✎ Handmatig bevestigd: Besproken in de werkgroep, &lt;/script&gt;"))
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        let lower = html.lowercased()
        #expect(
            !lower.contains(" src=") && !lower.contains("<link") && !lower.contains("http://")
                && !lower.contains("https://"))
    }
}
