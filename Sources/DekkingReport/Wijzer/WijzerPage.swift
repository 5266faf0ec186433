import DekkingCore
import DekkingFramework
import Foundation

/// The competentiewijzer: one self-contained HTML page (inline style and script, no network, works
/// from a file) on which a professional rates every indicator of one level on a four-step scale,
/// with an optional example, and exports the answers as JSON or CSV.
///
/// The markup is `wijzer.html`, its style `wijzer.css` (on top of `base.css`), its script
/// `wijzer.js`; only the repeated clusters, competencies and indicators are built here. Every
/// indicator is a `fieldset` with its text as `legend` and four real radio buttons with labels.
///
/// How the profile selects: the framework's indicators describe the vakvolwassen professional
/// (part 4) and are the same for both profiles; section 5 describes how a startbekwaam professional
/// differs. So both profiles ask every indicator of the level; the page shows section 5's
/// description of the chosen profile (its column of the comparison, and for startbekwaam each
/// cluster's description) as what the answers are held against.
public enum WijzerPage {
    /// The page for `level` and `profile` of `framework`. The same inputs always give the same text.
    /// - Precondition: `framework` declares `level`.
    public static func render(
        framework: Framework, level: LevelID, profile: WijzerProfileKind, toolVersion: String
    ) throws -> String {
        let levelTitle = framework.levels.first { $0.id == level }?.title ?? level.rawValue
        var total = 0
        var ids: [String] = []
        var clusters = ""
        for cluster in framework.clusters {
            let competencies = cluster.competencies.filter { !$0.indicators(for: level).isEmpty }
            guard !competencies.isEmpty else { continue }
            clusters +=
                "<section class=\"cluster\" data-cluster=\"\(HTML.escape(cluster.id))\" aria-labelledby=\"c-\(HTML.escape(cluster.id))\">\n"
            clusters +=
                "<h2 id=\"c-\(HTML.escape(cluster.id))\">Cluster \(HTML.escape(cluster.id)) · \(HTML.escape(cluster.title))</h2>\n"
            if profile == .startbekwaam, !cluster.startbekwaam.isEmpty {
                clusters +=
                    "<details class=\"cluster-profile\"><summary>Wat kenmerkt de startbekwame professional hier?</summary>"
                clusters += cluster.startbekwaam.map { "<p>\(HTML.escape($0))</p>" }.joined() + "</details>\n"
            }
            for competency in competencies {
                clusters +=
                    "<section class=\"competency\" data-competency=\"\(HTML.escape(competency.id))\">\n<h3><span class=\"cid\">\(HTML.escape(competency.id))</span>\(HTML.escape(competency.title))</h3>\n"
                for indicator in competency.indicators(for: level) {
                    clusters += fieldset(indicator)
                    ids.append(indicator.id)
                    total += 1
                }
                clusters += "</section>\n"
            }
            clusters += "</section>\n"
        }
        let data = PageData(
            schema: WijzerAnswers.schemaName, framework: framework.id, frameworkVersion: framework.version,
            level: level.rawValue, profile: profile.rawValue, indicators: ids,
            labels: Dictionary(uniqueKeysWithValues: WijzerRating.allCases.map { ($0.rawValue, $0.label) }),
            csvColumns: WijzerAnswerReader.csvColumns)
        let title = "Competentiewijzer \(levelTitle), \(WijzerLabels.profile(profile))"
        let body = Template(HTMLAssets.wijzerHTML).render([
            "framework": HTML.escape(framework.id), "title": HTML.escape(title),
            "subtitle": HTML.escape("\(framework.title), versie \(framework.version)"),
            "profileText": profileText(framework, profile: profile), "total": "\(total)", "clusters": clusters,
            "toolVersion": HTML.escape(toolVersion), "frameworkVersion": HTML.escape(framework.version),
            "data": try HTML.embeddedJSON(data), "script": HTMLReport.printScript + "\n" + HTMLAssets.wijzerJS,
        ])
        return HTML.page(
            title: title, toolVersion: toolVersion, styles: HTMLReport.baseStyles + HTMLAssets.wijzerCSS, body: body)
    }

    /// What the page's script needs: the export's fixed fields, the indicators in order, the rating
    /// words and the CSV columns.
    private struct PageData: Encodable {
        var schema, framework, frameworkVersion, level, profile: String
        var indicators: [String]
        var labels: [String: String]
        var csvColumns: [String]
    }

    private static func fieldset(_ indicator: Indicator) -> String {
        let id = HTML.escape(indicator.id)
        var html = "<fieldset class=\"indicator\" data-indicator=\"\(id)\">\n<legend><span class=\"iid\">\(id)</span>"
        if indicator.parts.isEmpty {
            html += "\(HTML.escape(indicator.text))</legend>\n"
        } else {
            html += "\(HTML.escape(indicator.lead ?? indicator.text))</legend>\n<ul class=\"parts\">"
            html += indicator.parts.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
        }
        html += "<div class=\"scale\">"
        for rating in WijzerRating.allCases {
            html +=
                "<label><input type=\"radio\" name=\"r-\(id)\" value=\"\(rating.rawValue)\"> \(HTML.escape(rating.label))</label>"
        }
        html += "</div>\n<label class=\"example-label\" for=\"e-\(id)\">Voorbeeld uit uw werk (optioneel)</label>"
        html += "<textarea id=\"e-\(id)\" name=\"e-\(id)\" rows=\"2\"></textarea>\n</fieldset>\n"
        return html
    }

    /// Section 5's description of `profile`: its column of the comparison, and how the profile
    /// selects the indicators.
    private static func profileText(_ framework: Framework, profile: WijzerProfileKind) -> String {
        var html = "<div class=\"profile-text\">\n<h3>Profiel: \(WijzerLabels.profile(profile))</h3>\n"
        switch profile {
        case .vakvolwassen:
            html +=
                "<p>De indicatoren van het kader beschrijven de vakvolwassen professional. Beoordeel u aan elke indicator zoals die er staat.</p>\n"
        case .startbekwaam:
            html +=
                "<p>Het kader beschrijft één set indicatoren, voor de vakvolwassen professional; een startbekwame professional hoeft die nog niet allemaal te beheersen. Deze wijzer vraagt daarom dezelfde indicatoren en toont bij elk cluster wat het kader over de startbekwame professional zegt, zodat u ziet wat u nu al mag verwachten.</p>\n"
        }
        if !framework.comparison.isEmpty {
            let who = profile == .startbekwaam ? "startbekwame" : "vakvolwassen"
            html += "<p>Kenmerkend voor de \(who) professional (kader, deel 5):</p>\n<ul>"
            for aspect in framework.comparison {
                let texts = aspect.rows.map {
                    HTML.escape(profile == .startbekwaam ? $0.startbekwaam : $0.vakvolwassen)
                }
                html += "<li><strong>\(HTML.escape(aspect.aspect)):</strong> "
                html += texts.count == 1 ? texts[0] : "<ul>" + texts.map { "<li>\($0)</li>" }.joined() + "</ul>"
                html += "</li>"
            }
            html += "</ul>\n"
        }
        return html + "</div>"
    }
}
