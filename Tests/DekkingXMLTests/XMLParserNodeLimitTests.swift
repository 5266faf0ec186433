import DekkingXML
import Foundation
import Testing

/// Documents of very many small nodes, whose memory grows with the nodes rather than the bytes,
/// are stopped while libxml2 parses them, at the first node over ``XMLParseLimits/maxNodes``.
@Suite struct XMLParserNodeLimitTests {
    static func limits(_ nodes: Int) -> XMLParseLimits {
        var limits = XMLParseLimits.default
        limits.maxNodes = nodes
        return limits
    }

    @Test func elementsOverTheLimitStopTheParseOnTheirLine() throws {
        // The root is node 1, each line break a text node; the `<a/>` on line n is node 2n - 1.
        let xml = "<r>\n" + String(repeating: "<a/>\n", count: 20) + "</r>"
        #expect(throws: XMLParseError.tooManyNodes(limit: 10, line: 6)) {
            try XMLParser.parseXML(Data(xml.utf8), limits: Self.limits(10))
        }
        #expect(throws: XMLParseError.tooManyNodes(limit: 41, line: 22)) {  // the last line break, read to line 22
            try XMLParser.parseXML(Data(xml.utf8), limits: Self.limits(41))
        }
        let root = try XMLParser.parseXML(Data(xml.utf8), limits: Self.limits(42))
        #expect(root.childElements.count == 20)
        #expect(
            XMLParseError.tooManyNodes(limit: 10, line: 6).description
                == "regel 6: het document heeft meer dan 10 knopen (elementen, attributen, tekststukken en opmerkingen samen); zo'n document wordt niet gelezen (splits het)"
        )
    }

    @Test func attributesCommentsAndInstructionsCountToo() throws {
        let attributes = Data(#"<r><a x="1" y="2"/></r>"#.utf8)
        #expect(throws: XMLParseError.self) { try XMLParser.parseXML(attributes, limits: Self.limits(3)) }
        #expect(try XMLParser.parseXML(attributes, limits: Self.limits(4)).childElements.count == 1)
        let comments = Data("<r><!--een--><?verwerk dit?><!--twee--></r>".utf8)
        #expect(throws: XMLParseError.self) { try XMLParser.parseXML(comments, limits: Self.limits(3)) }
        #expect(try XMLParser.parseXML(comments, limits: Self.limits(4)).name == "r")
    }

    /// An HTML paragraph with an attribute and text is three nodes.
    @Test func htmlIsCountedTheSameWay() throws {
        let html = "<html><body>" + String(repeating: "<p class=\"k\">woord</p>", count: 50) + "</body></html>"
        #expect(throws: XMLParseError.self) { try XMLParser.parseHTML(Data(html.utf8), limits: Self.limits(140)) }
        let root = try XMLParser.parseHTML(Data(html.utf8), limits: Self.limits(160))
        #expect(root.firstElement(named: "body")?.childElements.count == 50)
    }

    /// Office parts share one namespace string per declaration; the values are as before.
    @Test func namespacedNamesAreCopiedCorrectly() throws {
        let xml = """
            <w:document xmlns:w="urn:voorbeeld:hoofd" xmlns:x="urn:voorbeeld:ander">\
            <w:p w:val="1"/><x:p x:val="2"/><w:p w:val="3"/></w:document>
            """
        let root = try XMLParser.parseXML(Data(xml.utf8))
        #expect(
            root.childElements.map(\.namespaceURI) == [
                "urn:voorbeeld:hoofd", "urn:voorbeeld:ander", "urn:voorbeeld:hoofd",
            ])
        #expect(root.childElements.map(\.qualifiedName) == ["w:p", "x:p", "w:p"])
        #expect(root.childElements.map { $0.attribute("val", namespace: "urn:voorbeeld:hoofd") } == ["1", nil, "3"])
    }
}
