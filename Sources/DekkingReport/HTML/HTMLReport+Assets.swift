import DekkingModel
import Foundation

/// The style sheets and scripts of the report pages. Their text is in the resource files under
/// `HTML/Assets/` (embedded by `scripts/embed_html_assets.py` as ``HTMLAssets``); the page writers
/// put them inline, so a page loads nothing.
extension HTMLReport {
    /// `base.css`, shared by report.html, its overview and compare.html: page, type, status
    /// colours, panels and print. Its `{{statusColours}}` slot gets the status colours as CSS
    /// variables from ``StatusColours``, the definition coverage.xlsx uses too; every status also
    /// has a symbol.
    static let baseStyles = Template(HTMLAssets.baseCSS).render(["statusColours": StatusColours.cssVariables])

    /// `report.css`, a detailed report.html: summary cards, filters, the heatmap and the evidence
    /// panel.
    static let reportStyles = HTMLAssets.reportCSS

    /// `report.js`, the page script of report.html: evidence panel, filters, collapsing clusters,
    /// keyboard moves in the grid and print preparation. Plain JavaScript, no libraries; document
    /// text is only ever inserted as text nodes, never as HTML. Its placeholders get the status
    /// symbols and words and the words for the users' decisions, from the same labels the page uses.
    static let reportScript = withLabels(HTMLAssets.reportJS)

    /// `review.js`, after ``reportScript`` on a detailed report.html: the decision buttons in the
    /// evidence panel, sent to `dekking review` when it serves the page, or kept in the browser
    /// and exported as an overrides CSV when the page is opened as a file.
    static let reviewScript = withLabels(HTMLAssets.reviewJS)

    /// `script` with its placeholders for the status symbols and words (`{{statuses}}`) and the
    /// words for the users' decisions (`{{confirmed}}`, `{{rejected}}`) filled in.
    private static func withLabels(_ script: String) -> String {
        script.replacingOccurrences(of: "{{statuses}}", with: statusTable)
            .replacingOccurrences(of: "{{confirmed}}", with: DutchLabels.override(.confirmed))
            .replacingOccurrences(of: "{{rejected}}", with: DutchLabels.override(.rejected))
    }

    /// Status → [symbol, Dutch word], as a JavaScript object's members.
    private static var statusTable: String {
        CoverageStatus.allCases.map { "\($0.rawValue): [\"\($0.statusSymbol)\", \"\($0.label)\"]" }.joined(
            separator: ", ")
    }

    /// `overview.css`, the run-wide sections (after ``baseStyles``): tally tables with their bars,
    /// the documents table, and print.
    static let overviewStyles = HTMLAssets.overviewCSS

    /// `overview.js`, the script of the run-wide sections: opens or closes every competency's
    /// indicators on request, shows the filter box and filters the documents table by the typed
    /// text (whole row, case-insensitive). The page reads the same without it.
    static let overviewScript = HTMLAssets.overviewJS

    /// `print.js`, on every report page: opens every `<details>` for print and closes again those
    /// the reader had closed.
    static let printScript = HTMLAssets.printJS
}
