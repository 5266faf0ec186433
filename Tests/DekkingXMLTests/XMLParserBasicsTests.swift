import DekkingXML
import Foundation
import Testing

@Suite struct XMLParserBasicsTests {
    @Test func parsesElementsAttributesAndTextInOrder() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opleiding niveau="hbo" jaar="2021">
              <naam>Sociaal werk</naam>
              <!-- een opmerking -->
              <kerntaak code="K1"><titel>Cliënt ondersteunen</titel></kerntaak>
            </opleiding>
            """
        let root = try XMLParser.parseXML(Data(xml.utf8))
        #expect(root.name == "opleiding")
        #expect(root.attributes.map(\.name) == ["niveau", "jaar"])
        #expect(root.attribute("jaar") == "2021")
        #expect(root.childElements.map(\.name) == ["naam", "kerntaak"])
        #expect(root.firstElement(named: "kerntaak")?.textContent == "Cliënt ondersteunen")
        #expect(root.firstElement(named: "kerntaak")?.line == 5)
        #expect(!root.textContent.contains("opmerking"))
    }

    @Test func splitsNamespacedNames() throws {
        let xml = """
            <w:document xmlns:w="urn:test:main" xmlns:r="urn:test:rel">
              <w:p r:id="rId1" w:val="x" plain="y"><w:t>tekst</w:t></w:p>
              <other xmlns="urn:test:default"/>
            </w:document>
            """
        let root = try XMLParser.parseXML(Data(xml.utf8))
        #expect(root.name == "document")
        #expect(root.prefix == "w")
        #expect(root.namespaceURI == "urn:test:main")
        let paragraph = try #require(root.elements(named: "p", namespace: "urn:test:main").first)
        #expect(paragraph.qualifiedName == "w:p")
        #expect(paragraph.attribute("id", namespace: "urn:test:rel") == "rId1")
        #expect(paragraph.attribute("val", namespace: "urn:test:rel") == nil)
        #expect(paragraph.attribute("plain") == "y")
        #expect(paragraph.attributes.first { $0.name == "plain" }?.namespaceURI == nil)
        let other = try #require(root.firstElement(named: "other"))
        #expect(other.namespaceURI == "urn:test:default")
        #expect(other.prefix == nil)
        #expect(root.elements(named: "p", namespace: "urn:test:elsewhere").isEmpty)
    }

    @Test func mergesTextAndCDATAAndResolvesCharacterReferences() throws {
        let root = try XMLParser.parseXML(Data("<a>beïnvloeden &amp; <![CDATA[<ruw>]]> &#233;&#x20AC;</a>".utf8))
        #expect(root.children == [.text("beïnvloeden & <ruw> é€")])
    }

    @Test func reportsMalformedInputWithLine() {
        let xml = "<a>\n  <b>\n  </c>\n</a>"
        #expect {
            try XMLParser.parseXML(Data(xml.utf8))
        } throws: { error in
            guard case .malformed(let line, let reason) = error as? XMLParseError else { return false }
            return line == 3 && reason.contains("mismatch")
        }
    }

    @Test func reportsEmptyInput() {
        #expect(throws: XMLParseError.empty) { try XMLParser.parseXML(Data()) }
        #expect(throws: XMLParseError.empty) { try XMLParser.parseXML(Data("   \n".utf8)) }
    }

    @Test func enforcesTextLimit() {
        let xml = "<a>" + String(repeating: "tekst ", count: 1000) + "</a>"
        #expect(throws: XMLParseError.textTooLarge(limit: 100)) {
            try XMLParser.parseXML(Data(xml.utf8), limits: XMLParseLimits(maxTextBytes: 100))
        }
    }

    @Test func enforcesConfiguredDepthLimit() throws {
        let xml = "<a><b><c><d>diep</d></c></b></a>"
        #expect(throws: XMLParseError.tooDeep(limit: 3, line: 1)) {
            try XMLParser.parseXML(Data(xml.utf8), limits: XMLParseLimits(maxDepth: 3))
        }
        #expect(try XMLParser.parseXML(Data(xml.utf8), limits: XMLParseLimits(maxDepth: 4)).textContent == "diep")
    }

    @Test func errorMessagesAreDutchAndCarryTheLine() {
        let error = XMLParseError.tooDeep(limit: 256, line: 7)
        #expect(error.line == 7)
        #expect(error.description == "regel 7: de elementen zijn dieper genest dan 256 niveaus")
    }
}
