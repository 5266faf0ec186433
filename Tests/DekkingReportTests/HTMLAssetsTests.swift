import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The pages' CSS and JavaScript are resource files under `HTML/Assets/`, embedded into the binary
/// by `scripts/embed_html_assets.py`: what the binary holds is what the files say.
@Suite struct HTMLAssetsTests {
    static let folder = TestPaths.root.appendingPathComponent("Sources/DekkingReport/HTML/Assets")

    @Test func everyAssetFileIsEmbeddedAsItIs() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".css") || $0.hasSuffix(".js")
        }
        #expect(Set(names) == Set(HTMLAssets.all.keys), "run make assets")
        for name in names {
            var text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            #expect(HTMLAssets.all[name] == text, "\(name) differs from HTMLAssets.swift: run make assets")
        }
    }

    @Test func thePageScriptHasNoPlaceholderLeft() {
        #expect(HTMLAssets.reportJS.contains("{{statuses}}"))
        #expect(!HTMLReport.reportScript.contains("{{"))
        #expect(HTMLReport.reportScript.contains(#"covered: ["●", "gedekt"]"#))
    }

    @Test func thePagesCarryTheirAssetsInline() throws {
        let page = try HTMLReport.render(HTMLFixtures.context)
        #expect(page.contains(HTMLAssets.baseCSS) && page.contains(HTMLAssets.reportCSS))
        #expect(page.contains(HTMLReport.reportScript))
    }
}
