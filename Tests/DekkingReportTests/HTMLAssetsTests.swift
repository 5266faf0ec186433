import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The pages' templates, CSS and JavaScript are resource files under `HTML/Assets/`, embedded into
/// the binary by `scripts/embed_html_assets.py`: what the binary holds is what the files say.
@Suite struct HTMLAssetsTests {
    static let folder = TestPaths.root.appendingPathComponent("Sources/DekkingReport/HTML/Assets")

    @Test func everyAssetFileIsEmbeddedAsItIs() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".css") || $0.hasSuffix(".js") || $0.hasSuffix(".html")
        }
        #expect(Set(names) == Set(HTMLAssets.all.keys), "run make assets")
        for name in names {
            var text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            if text.hasSuffix("\n") && !name.hasSuffix(".html") { text.removeLast() }
            #expect(HTMLAssets.all[name] == text, "\(name) differs from HTMLAssets.swift: run make assets")
        }
    }

    @Test func aTemplateIsSplitAtItsSlots() {
        let template = Template("<p>{{first}} en {{ second }} en {{first}}</p>{{last}}")
        #expect(template.slots == ["first", "last"])
        #expect(
            template.render(["first": "a&amp;b", "last": "<br>"]) == "<p>a&amp;b en {{ second }} en a&amp;b</p><br>")
        #expect(Template("zonder slots").render([:]) == "zonder slots")
    }

    /// Every template's slots are filled: no page has a `{{name}}` left.
    @Test func noPageHasASlotLeft() throws {
        var overview = RunOverview(framework: OverviewFixtures.framework)
        for document in OverviewFixtures.documents { overview.add(document) }
        let fixture = OverviewFixtures.context
        let pages = [
            try HTMLReport.render(HTMLFixtures.context),
            try HTMLReport.render(
                ReportContext(
                    result: fixture.result, framework: fixture.framework, manifest: fixture.manifest, overview: overview
                )),
        ]
        for page in pages {
            #expect(page.range(of: #"\{\{[A-Za-z]+\}\}"#, options: .regularExpression) == nil)
            #expect(page.hasPrefix("<!doctype html>\n") && page.hasSuffix("</body>\n</html>\n"))
        }
    }

    /// The page's status colours are the workbook's: base.css declares them through its slot,
    /// filled from ``StatusColours``, with the colours the page has always had.
    @Test func theStatusColoursComeFromTheOneDefinition() {
        #expect(HTMLAssets.baseCSS.contains("{{statusColours}}") && !HTMLAssets.baseCSS.contains("--covered-bg:"))
        #expect(!HTMLReport.baseStyles.contains("{{"))
        for status in CoverageStatus.allCases {
            let colours = StatusColours.of(status)
            #expect(
                HTMLReport.baseStyles.contains("--\(status.rawValue)-bg: \(StatusColours.css(colours.background));"))
            #expect(HTMLReport.baseStyles.contains("--\(status.rawValue)-fg: \(StatusColours.css(colours.text));"))
        }
        #expect(
            HTMLReport.baseStyles.contains(
                """
                  --covered-bg: #1d4f91; --covered-fg: #ffffff;
                  --partial-bg: #a9cbeb; --partial-fg: #0c2340;
                  --gap-bg: #fdf0e6; --gap-fg: #8a3b12; --gap-line: #e7bfa3;
                """))
    }

    @Test func thePageScriptHasNoPlaceholderLeft() {
        #expect(HTMLAssets.reportJS.contains("{{statuses}}"))
        #expect(!HTMLReport.reportScript.contains("{{"))
        #expect(HTMLReport.reportScript.contains(#"covered: ["●", "gedekt"]"#))
    }

    @Test func thePagesCarryTheirAssetsInline() throws {
        let page = try HTMLReport.render(HTMLFixtures.context)
        #expect(page.contains(HTMLReport.baseStyles) && page.contains(HTMLAssets.reportCSS))
        #expect(page.contains(HTMLReport.reportScript))
    }
}
