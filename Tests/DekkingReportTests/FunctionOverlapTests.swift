import DekkingCore
import DekkingModel
import Testing

@testable import DekkingReport

/// Personele mobiliteit: what two functions share and what a person moving between them learns.
@Suite struct FunctionOverlapTests {
    /// Function A covers 1.1 and 2.1 (1.2 partly); function B covers 1.2 (90%) and 2.1 (95%).
    static func functions() -> (DocumentCoverage, DocumentCoverage) {
        var a = HTMLFixtures.kd
        a.kind = .functiebeschrijving
        a.competencies[2].score = 0.7
        a.competencies[2].status = .covered
        a.competencies[2].indicators[0].status = .covered
        a.competencies[2].indicators[0].score = 0.7
        var b = HTMLFixtures.function
        b.kind = .vacature
        b.competencies[1].score = 0.9
        b.competencies[1].status = .covered
        b.competencies[1].indicators[0].status = .covered
        b.competencies[1].indicators[0].score = 0.9
        b.competencies[2].score = 0.95
        return (a, b)
    }

    static let comparison: DocumentComparison = {
        let (a, b) = functions()
        return Compare.compare(a, b, framework: HTMLFixtures.framework)
    }()

    @Test func countsWhatEachFunctionSharesWithTheOther() throws {
        let overlap = try #require(FunctionOverlap(Self.comparison))
        #expect(overlap.coveredInA == ["1.1", "2.1"])
        #expect(overlap.coveredInB == ["1.2", "2.1"])
        #expect(overlap.shared == ["2.1"])
        #expect(overlap.sharing("A") == "Functie A deelt 1 van haar 2 gedekte competenties met B.")
        #expect(overlap.sharing("B") == "Functie B deelt 1 van haar 2 gedekte competenties met A.")
    }

    @Test func whatAPersonMovingLearnsIsWhatTheOtherFunctionCoversAndTheirsDoesNot() throws {
        let overlap = try #require(FunctionOverlap(Self.comparison))
        // From A to B: 1.2 (gedekt in B, only deels in A) with its indicator; 2.1 is shared.
        #expect(overlap.fromAToB.map(\.competency.id) == ["1.2"])
        #expect(overlap.fromAToB.first?.indicators.map(\.id) == ["1.2-mbo-1"])
        // From B to A: 1.1, with the indicator A covers and B only partly (1.1-mbo-1), not the one
        // neither covers (1.1-mbo-2 is deels in A).
        #expect(overlap.fromBToA.map(\.competency.id) == ["1.1"])
        #expect(overlap.fromBToA.first?.indicators.map(\.id) == ["1.1-mbo-1"])
    }

    @Test func theCompetenciesToLearnComeInOrderOfTheTargetsEmphasis() throws {
        var (a, b) = Self.functions()
        a.competencies[2].status = .gap  // now B's 2.1 (95%) and 1.2 (90%) are both to learn
        a.competencies[2].score = 0.1
        let overlap = try #require(FunctionOverlap(Compare.compare(a, b, framework: HTMLFixtures.framework)))
        #expect(overlap.fromAToB.map(\.competency.id) == ["2.1", "1.2"])
        #expect(overlap.shared.isEmpty)
        #expect(overlap.sharing("A") == "Functie A deelt 0 van haar 1 gedekte competentie met B.")
    }

    @Test func onlyTwoFunctionsHaveAnOverlap() {
        #expect(
            FunctionOverlap(Compare.compare(HTMLFixtures.kd, HTMLFixtures.function, framework: HTMLFixtures.framework))
                == nil)
        let text = CompareText.render(
            Compare.compare(HTMLFixtures.kd, HTMLFixtures.function, framework: HTMLFixtures.framework))
        #expect(!text.contains("Overlap tussen de functies"))
    }

    @Test func theTerminalHTMLAndCSVShowTheOverlap() {
        let text = CompareText.render(Self.comparison)
        #expect(text.contains("Overlap tussen de functies (personele mobiliteit)\n  Functie A deelt 1 van haar 2"))
        #expect(
            text.contains("Wat iemand moet leren die van A naar B overstapt (wat B het sterkst vraagt eerst):\n  1.2 "))
        #expect(text.contains("· indicatoren: 1.2-mbo-1"))
        let html = CompareHTML.render(Self.comparison, toolVersion: "9.9.9")
        #expect(html.contains("<section class=\"card\" id=\"overlap\""))
        #expect(html.contains("<ul class=\"learn\" data-direction=\"AB\">\n<li data-competency=\"1.2\">"))
        #expect(html.contains("<li data-indicator=\"1.1-mbo-1\"><code>1.1-mbo-1</code>"))
        let csv = CompareCSV.render(Self.comparison)
        #expect(csv.components(separatedBy: "\r\n").first?.hasSuffix(",category,mobility") == true)
        #expect(csv.contains(",2.1,") && csv.contains(",in_both,shared\r\n"))
        #expect(csv.contains(",only_in_b,learn_a_to_b\r\n") || csv.contains(",stronger_in_b,learn_a_to_b\r\n"))
        #expect(csv.contains(",learn_b_to_a\r\n"))
        // Not two functions: the column stays empty.
        let other = CompareCSV.render(
            Compare.compare(HTMLFixtures.kd, HTMLFixtures.function, framework: HTMLFixtures.framework))
        #expect(!other.contains("shared\r\n") && !other.contains("learn_"))
    }
}
