import DekkingIngest
import DekkingTestSupport
import Foundation
import Testing

/// An element with more attributes than libxml2 handles in reasonable time refuses its document
/// with a Dutch error naming the file, the part and the line.
@Suite struct XMLFamilyAttributeTests {
    static let attributes = (0..<50_000).map { "w:a\($0)=\"\($0)\"" }.joined(separator: " ")

    @Test(.timeLimit(.minutes(1))) func aDOCXParagraphWith50000AttributesIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p \(Self.attributes)><w:r><w:t>Schuldhulp</w:t></w:r></w:p></w:body></w:document>
            """
        let file = try ArchiveBuilder.docx(documentXML: xml, to: directory.url.appendingPathComponent("veel.docx"))
        #expect(
            throws: IngestError.forbiddenXML(
                file: "veel.docx", element: "word/document.xml",
                reason: "regel 2: een element heeft meer dan 1000 attributen")
        ) {
            try DOCXReader().read(contentsOf: file, displayPath: "veel.docx")
        }
        let message = IngestError.forbiddenXML(
            file: "veel.docx", element: "word/document.xml",
            reason: "regel 2: een element heeft meer dan 1000 attributen"
        ).description
        #expect(
            message
                == "veel.docx [word/document.xml]: fout: XML geweigerd: regel 2: een element heeft meer dan 1000 attributen"
        )
    }

    @Test(.timeLimit(.minutes(1))) func anHTMLFileWith50000AttributesIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try directory.write("<html><body>\n<p \(Self.attributes)>tekst</p></body></html>", to: "veel.html")
        #expect(
            throws: IngestError.forbiddenXML(
                file: "veel.html", element: nil, reason: "regel 2: een element heeft meer dan 1000 attributen")
        ) {
            try HTMLReader().read(contentsOf: file, displayPath: "veel.html")
        }
    }
}
