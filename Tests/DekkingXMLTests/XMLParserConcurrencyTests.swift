import DekkingXML
import Foundation
import Testing

@Suite struct XMLParserConcurrencyTests {
    static let xml = Data(
        ("<root xmlns:k=\"urn:kerntaak\">"
            + (1...200).map { "<k:item nr=\"\($0)\">Cliënt \($0) beïnvloeden</k:item>" }.joined() + "</root>").utf8)
    static let broken = Data("<root>\n<open>\n</root>".utf8)
    static let html = Data("<ul><li>een<li>twee<li>drie</ul><p>los".utf8)

    @Test func parallelParsesGiveIdenticalResults() async throws {
        let expectedXML = try XMLParser.parseXML(Self.xml)
        let expectedHTML = try XMLParser.parseHTML(Self.html)
        let results = await withTaskGroup(of: (XMLElement?, XMLElement?, XMLParseError?).self) { group in
            for _ in 0..<64 {
                group.addTask {
                    let error: XMLParseError?
                    do throws(XMLParseError) {
                        _ = try XMLParser.parseXML(Self.broken)
                        error = nil
                    } catch let caught {
                        error = caught
                    }
                    return (try? XMLParser.parseXML(Self.xml), try? XMLParser.parseHTML(Self.html), error)
                }
            }
            var all: [(XMLElement?, XMLElement?, XMLParseError?)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(expectedXML.childElements.count == 200)
        for (xml, html, error) in results {
            #expect(xml == expectedXML)
            #expect(html == expectedHTML)
            #expect(error?.line == 3)
        }
    }
}
