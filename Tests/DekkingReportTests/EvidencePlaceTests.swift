import DekkingModel
import Testing

@testable import DekkingReport

/// Where a passage stands, as every report names it.
@Suite struct EvidencePlaceTests {
    static func evidence(code: String?, headings: [String], page: Int? = nil) -> Evidence {
        Evidence(segment: 0, text: "tekst", code: code, headingPath: headings, page: page, score: 0.5, matchedTerms: [])
    }

    static let places: [(code: String?, headings: [String], page: Int?, text: String)] = [
        (
            code: "B1-K1-W2", headings: ["Basisdeel", "Werkproces"], page: 4,
            text: "B1-K1-W2 · Basisdeel › Werkproces · pagina 4"
        ),
        (
            code: "Competentie 1", headings: ["Competentie 1 – Contact en vertrouwen"], page: nil,
            text: "Competentie 1 – Contact en vertrouwen"
        ),
        (code: "Resultaatgebied 2", headings: [], page: nil, text: "Resultaatgebied 2"),
        (code: nil, headings: ["Taken", ""], page: 7, text: "Taken · pagina 7"),
        (code: "", headings: [], page: nil, text: ""),
    ]

    @Test(arguments: places)
    func theCodeIsLeftOutWhenTheNearestHeadingNamesIt(code: String?, headings: [String], page: Int?, text: String) {
        #expect(EvidencePlace(Self.evidence(code: code, headings: headings, page: page)).text == text)
    }

    @Test func aTableWithItsOwnPageColumnLeavesThePageOut() {
        let place = EvidencePlace(Self.evidence(code: "B1-K1-W2", headings: ["Basisdeel"], page: 4), page: false)
        #expect(place.parts == [.code("B1-K1-W2"), .headings(["Basisdeel"])])
    }

    static let references: [(code: String?, headings: [String], page: Int?, reference: String)] = [
        (code: "B1-K1-W2", headings: ["Basisdeel"], page: 4, reference: "B1-K1-W2, pagina 4"),
        (code: nil, headings: ["Inleiding", "Taken van de adviseur"], page: nil, reference: "„Taken van de adviseur”"),
        (code: nil, headings: [], page: 3, reference: "pagina 3"),
    ]

    @Test(arguments: references)
    func aReferenceInASentenceNamesTheCodeOrTheNearestHeading(
        code: String?, headings: [String], page: Int?, reference: String
    ) {
        #expect(EvidencePlace.reference(to: Self.evidence(code: code, headings: headings, page: page)) == reference)
    }

    @Test func aPassageWithoutCodeHeadingOrPageHasNoReference() {
        #expect(EvidencePlace.reference(to: Self.evidence(code: nil, headings: [])) == nil)
    }
}
