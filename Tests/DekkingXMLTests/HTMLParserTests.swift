import DekkingXML
import Foundation
import Testing

@Suite struct HTMLParserTests {
    @Test func recoversBrokenMarkup() throws {
        let html = "<html><body><p>Eerste <b>vet<p>Tweede<li>los item</ul><div>blok</span></div>"
        let root = try XMLParser.parseHTML(Data(html.utf8))
        #expect(root.name == "html")
        let body = try #require(root.firstElement(named: "body"))
        let paragraphs = body.elements(named: "p")
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.textContent == "Eerste vet")
        #expect(body.textContent.contains("los item"))
        #expect(body.textContent.contains("blok"))
    }

    @Test func addsImpliedElementsAndLowercasesNames() throws {
        let root = try XMLParser.parseHTML(Data("<P CLASS=Intro>Tekst</P>".utf8))
        #expect(root.name == "html")
        let paragraph = try #require(root.firstElement(named: "body")?.firstElement(named: "p"))
        #expect(paragraph.attribute("class") == "Intro")
        #expect(paragraph.textContent == "Tekst")
    }

    @Test func decodesDeclaredAndGivenEncodings() throws {
        var latin1 = Data("<html><head><meta charset=\"iso-8859-1\"></head><body><p>".utf8)
        latin1.append(contentsOf: [0x63, 0x6C, 0x69, 0xEB, 0x6E, 0x74])  // "cliënt" in Latin-1
        latin1.append(Data("</p></body></html>".utf8))
        #expect(try XMLParser.parseHTML(latin1).textContent.contains("cliënt"))

        let windows = Data([0x3C, 0x70, 0x3E, 0x80, 0x20, 0x35, 0x3C, 0x2F, 0x70, 0x3E])  // <p>€ 5</p>
        #expect(try XMLParser.parseHTML(windows, encoding: "windows-1252").textContent == "€ 5")
    }

    @Test func scriptContentIsTextOfItsElementOnly() throws {
        let root = try XMLParser.parseHTML(Data("<p>a</p><script>var x = '<p>b</p>';</script>".utf8))
        let body = try #require(root.firstElement(named: "body"))
        #expect(body.elements(named: "p").count == 1)
        #expect(body.firstElement(named: "script")?.textContent == "var x = '<p>b</p>';")
    }

    @Test func knowsWhichEncodingsItCanDecode() {
        #expect(XMLParser.canDecode(encoding: "windows-1252"))
        #expect(XMLParser.canDecode(encoding: "UTF-8"))
        #expect(!XMLParser.canDecode(encoding: "x-onbekend"))
    }

    @Test func emptyHTMLIsReported() {
        #expect(throws: XMLParseError.empty) { try XMLParser.parseHTML(Data()) }
    }
}

/// libxml2's messages about the input reach the caller, not stderr.
@Suite struct XMLDiagnosticTests {
    @Test func decodingErrorsOfLibxml2AreHandedOver() throws {
        // 0x81 0x20 is no Shift_JIS character: libxml2's converter stops there.
        var data = Data("<html><body><p>eerste</p><p>".utf8)
        data.append(contentsOf: [0x81, 0x20])
        data.append(Data("</p></body></html>".utf8))
        var diagnostics: [XMLDiagnostic] = []
        _ = try XMLParser.parseHTML(data, encoding: "SHIFT_JIS", diagnostics: &diagnostics)
        #expect(!diagnostics.isEmpty && diagnostics.allSatisfy(\.isEncoding), "\(diagnostics)")
        #expect(diagnostics.count <= 20)
        // Markup libxml2 repairs is not reported.
        var none: [XMLDiagnostic] = []
        _ = try XMLParser.parseHTML(Data("<p>los<b>vet</i></div>&amp".utf8), diagnostics: &none)
        #expect(none.isEmpty, "\(none)")
    }
}
