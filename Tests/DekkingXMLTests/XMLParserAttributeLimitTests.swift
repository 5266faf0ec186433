import DekkingXML
import Foundation
import Testing

/// Elements with very many attributes, which libxml2 handles in quadratic time, are refused before
/// it parses them; markup that only looks like attributes is not counted.
@Suite struct XMLParserAttributeLimitTests {
    static func attributes(_ count: Int, valued: Bool = true) -> String {
        (0..<count).map { valued ? "a\($0)=\"\($0)\"" : "a\($0)" }.joined(separator: " ")
    }

    @Test(.timeLimit(.minutes(1))) func anElementWith50000AttributesIsRefusedWithItsLine() {
        let xml = "<?xml version=\"1.0\"?>\n<doc>\n<p \(Self.attributes(50_000))>tekst</p>\n</doc>"
        #expect(throws: XMLParseError.tooManyAttributes(limit: 1_000, line: 3)) {
            try XMLParser.parseXML(Data(xml.utf8))
        }
        #expect(
            XMLParseError.tooManyAttributes(limit: 1_000, line: 3).description
                == "regel 3: een element heeft meer dan 1000 attributen")
    }

    @Test(.timeLimit(.minutes(1))) func htmlWith50000AttributesWithoutValuesIsRefused() {
        let html = "<!doctype html><html><body><p \(Self.attributes(50_000, valued: false))>tekst</p></body></html>"
        #expect(throws: XMLParseError.tooManyAttributes(limit: 1_000, line: 1)) {
            try XMLParser.parseHTML(Data(html.utf8))
        }
        let glued = "<p " + (0..<5_000).map { "a\($0)=\"x\"" }.joined() + ">tekst</p>"
        #expect(throws: XMLParseError.tooManyAttributes(limit: 1_000, line: 1)) {
            try XMLParser.parseHTML(Data(glued.utf8))
        }
    }

    @Test func utf16MarkupIsCountedToo() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<p \(Self.attributes(2_000))/>"
        var data = Data([0xFF, 0xFE])
        for unit in xml.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(throws: XMLParseError.tooManyAttributes(limit: 1_000, line: 2)) {
            try XMLParser.parseXML(data)
        }
    }

    @Test func anElementAtTheLimitIsParsedWithEveryAttribute() throws {
        let xml = "<doc><p \(Self.attributes(1_000))>tekst</p></doc>"
        let root = try XMLParser.parseXML(Data(xml.utf8))
        guard case .element(let p) = root.children.first else {
            Issue.record("no p element")
            return
        }
        #expect(p.attributes.count == 1_000)
        #expect(p.attributes.last?.value == "999")
    }

    @Test func textThatLooksLikeAttributesIsNotCounted() throws {
        let many = String(repeating: " x", count: 3_000)
        let xml = """
            <doc a="\(many)" b='\(many)'>
            <!--\(many) -->
            <![CDATA[<c \(many)>]]>
            <?pi \(many)?>
            <p>\(many) 1 &lt; 2</p>
            </doc>
            """
        #expect(try XMLParser.parseXML(Data(xml.utf8)).attributes.count == 2)
        let html =
            "<html><head><script>if (a <b\(many)) {}</script><style>p <q\(many)</style></head><body>tekst</body></html>"
        #expect(try XMLParser.parseHTML(Data(html.utf8)).textContent.contains("tekst"))
    }

    @Test func theLimitCanBeSetAndEndsOfCommentsAreFound() {
        var limits = XMLParseLimits.default
        limits.maxAttributes = 3
        let xml =
            "<doc>\n<!-- a b c d --->\n<p a=\"1\" b=\"2\" c=\"3\" d=\"4\"/></doc>" + String(repeating: " ", count: 10)
        #expect(throws: XMLParseError.tooManyAttributes(limit: 3, line: 3)) {
            try XMLParser.parseXML(Data(xml.utf8), limits: limits)
        }
        let fine = "<doc>\n<p a=\"1\" b=\"2\" c=\"3\"/></doc>" + String(repeating: " ", count: 10)
        #expect(throws: Never.self) { try XMLParser.parseXML(Data(fine.utf8), limits: limits) }
    }
}
