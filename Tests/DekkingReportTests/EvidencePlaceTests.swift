import DekkingMatching
import Testing

@testable import DekkingReport

/// Where a passage stands, as the reports name it.
@Suite struct EvidencePlaceTests {
    static func evidence(code: String?, headings: [String]) -> Evidence {
        Evidence(segment: 0, text: "tekst", code: code, headingPath: headings, page: nil, score: 0.5, matchedTerms: [])
    }

    @Test(arguments: [
        (code: "B1-K1-W2", headings: ["Basisdeel", "Werkproces"], expected: ["B1-K1-W2", "Werkproces"]),
        (
            code: "Competentie 1", headings: ["Competentie 1 – Contact en vertrouwen"],
            expected: ["Competentie 1 – Contact en vertrouwen"]
        ),
        (code: "Resultaatgebied 2", headings: [], expected: ["Resultaatgebied 2"]),
        (code: nil, headings: ["Taken"], expected: ["Taken"]),
        (code: nil, headings: [], expected: []),
    ])
    func codeIsLeftOutWhenTheHeadingNamesIt(code: String?, headings: [String], expected: [String]) {
        #expect(Self.evidence(code: code, headings: headings).codeAndHeading == expected)
    }
}
