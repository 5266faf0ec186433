import DekkingCore
import DekkingFramework
import DekkingModel

/// The profile page of `dekking wijzer report`: the heatmap of every member's mastery per
/// competency (rows grouped by cluster as in report.html, the same status colours and symbols),
/// each member's strengths and development points, and for a team where it is thin.
/// Self-contained like report.html; the same profile always gives the same text.
public enum WijzerProfileHTML {
    /// How many strengths and development points each member's summary names.
    static let shown = 5

    /// Renders the page for `profile` of `framework`.
    public static func render(_ profile: WijzerProfile, framework: Framework, toolVersion: String) -> String {
        let team = profile.members.count > 1
        var sections = heatmap(profile, framework: framework)
        sections += members(profile, framework: framework)
        if team { sections += teamSection(profile, framework: framework) }
        let title =
            team
            ? "Teamprofiel (\(profile.members.count) leden)"
            : "Competentieprofiel van \(profile.members.first?.name ?? "")"
        return WijzerReportPage.render(
            eyebrow: "Competentiewijzer", title: title,
            subtitle: "\(framework.title), versie \(framework.version)", sections: sections, framework: framework,
            toolVersion: toolVersion)
    }

    /// The table of competencies (rows) by member (columns).
    static func heatmap(_ profile: WijzerProfile, framework: Framework) -> String {
        var html =
            "<section aria-labelledby=\"heatmap-titel\">\n<h2 id=\"heatmap-titel\">Beheersing per competentie</h2>\n"
        html += "<ul class=\"legend\">"
        for status in CoverageStatus.allCases {
            html +=
                "<li><span class=\"swatch \(status.statusClass)\" aria-hidden=\"true\">\(status.statusSymbol)</span> \(WijzerLabels.mastery(status))</li>"
        }
        html += "</ul>\n"
        html +=
            "<p class=\"small muted\">Beheerst: elke indicator 'beheers ik' of 'kan ik anderen leren'. Nog niet: geen indicator boven 'nog niet'. Een niet ingevulde indicator telt niet als beheerst. Het percentage is het gemiddelde van de beoordelingen (nog niet 0, in ontwikkeling 1, beheers ik 2, kan ik anderen leren 3) gedeeld door 3.</p>\n"
        html += "<div class=\"matrix-wrap\"><table id=\"matrix\">\n"
        html += "<caption>Beheersing per competentie (rijen) en persoon (kolommen).</caption>\n"
        html += "<thead><tr><th scope=\"col\" class=\"corner\">Cluster en competentie</th>"
        for member in profile.members {
            html +=
                "<th scope=\"col\" title=\"\(HTML.escape(member.file))\"><span class=\"doc-title\">\(HTML.escape(member.name))</span>"
            html +=
                "<span class=\"doc-meta\">\(HTML.escape(member.level.rawValue)) · \(WijzerLabels.profile(member.profile)) · \(HTML.escape(member.date))</span></th>"
        }
        html += "</tr></thead>\n"
        for cluster in framework.clusters {
            html += "<tbody data-cluster=\"\(HTML.escape(cluster.id))\">\n"
            html +=
                "<tr class=\"cluster-row\"><th scope=\"rowgroup\" colspan=\"\(profile.members.count + 1)\"><span class=\"cluster-no\">Cluster \(HTML.escape(cluster.id))</span> · \(HTML.escape(cluster.title))</th></tr>\n"
            for competency in cluster.competencies {
                html +=
                    "<tr data-competency=\"\(HTML.escape(competency.id))\"><th scope=\"row\"><span class=\"cid\">\(HTML.escape(competency.id))</span> \(HTML.escape(competency.title))</th>"
                for member in profile.members {
                    html += "<td>" + cell(member.mastery(competency.id)) + "</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table></div>\n</section>\n"
    }

    static func cell(_ mastery: WijzerProfile.Mastery?) -> String {
        guard let mastery, mastery.indicators > 0 else {
            return "<span class=\"muted\" title=\"geen indicatoren\">–</span>"
        }
        guard mastery.answered > 0 else { return "<span class=\"muted\" title=\"niet ingevuld\">niet ingevuld</span>" }
        let status = mastery.status
        var html = "<span class=\"cell \(status.statusClass)\" data-status=\"\(status.rawValue)\" "
        html +=
            "title=\"\(mastery.mastered) van \(mastery.indicators) indicatoren beheerst, \(mastery.answered) beoordeeld\">"
        html += "<span class=\"sym\" aria-hidden=\"true\">\(status.statusSymbol)</span>\(HTML.percent(mastery.score))"
        html += "<span class=\"skip\"> \(WijzerLabels.mastery(status))</span></span>"
        return html
    }

    static func members(_ profile: WijzerProfile, framework: Framework) -> String {
        var html =
            "<section aria-labelledby=\"sterk-titel\">\n<h2 id=\"sterk-titel\">Sterke punten en ontwikkelpunten</h2>\n"
        for member in profile.members {
            html += "<article class=\"card member\" data-member=\"\(HTML.escape(member.file))\">\n"
            html += "<h3>\(HTML.escape(member.name))</h3>\n"
            html += "<p class=\"muted\">Competenties: \(member.countsText)</p>\n<div class=\"columns\">\n"
            html += list("Sterke punten", ids: member.strengths, member: member, framework: framework, kind: "sterk")
            html += list(
                "Ontwikkelpunten", ids: member.developmentPoints, member: member, framework: framework,
                kind: "ontwikkel")
            html += "</div>\n</article>\n"
        }
        return html + "</section>\n"
    }

    private static func list(
        _ title: String, ids: [String], member: WijzerProfile.Member, framework: Framework, kind: String
    ) -> String {
        var html = "<div class=\"\(kind)\"><h4>\(title)</h4>"
        guard !ids.isEmpty else { return html + "<p class=\"muted\">Geen.</p></div>\n" }
        html += "<ol>"
        for id in ids.prefix(shown) {
            let title = framework.competency(id)?.title ?? ""
            let score = member.mastery(id).map { HTML.percent($0.score) } ?? ""
            html +=
                "<li data-competency=\"\(HTML.escape(id))\"><span class=\"cid\">\(HTML.escape(id))</span> \(HTML.escape(title)) <span class=\"muted\">(\(score))</span></li>"
        }
        html += "</ol>"
        if ids.count > shown {
            html += "<p class=\"small muted\">en \(ids.count - shown) meer in de tabel hierboven</p>"
        }
        return html + "</div>\n"
    }

    static func teamSection(_ profile: WijzerProfile, framework: Framework) -> String {
        var html = "<section aria-labelledby=\"team-titel\">\n<h2 id=\"team-titel\">Het team</h2>\n"
        let thin = profile.team.filter(\.thin)
        html +=
            "<p>Dun bezet: een competentie die minder dan de helft van de \(profile.members.count) leden beheerst. \(thin.count) van de \(profile.team.count) competenties zijn dun bezet.</p>\n"
        html +=
            "<table class=\"plain\" id=\"team\"><thead><tr><th scope=\"col\">Competentie</th><th scope=\"col\" class=\"num\">Beheerst door</th></tr></thead><tbody>\n"
        for row in profile.team {
            let title = framework.competency(row.competency)?.title ?? ""
            html += "<tr data-competency=\"\(HTML.escape(row.competency))\"\(row.thin ? " class=\"thin\"" : "")>"
            html += "<th scope=\"row\"><span class=\"cid\">\(HTML.escape(row.competency))</span> \(HTML.escape(title))"
            if row.thin { html += "<span class=\"thin-mark\">dun bezet</span>" }
            html += "</th><td class=\"num team-count\">\(row.mastered) van \(row.members)</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }
}

/// The frame of the wijzer's report pages (`wijzer-report.html`): header, sections, footer, the
/// print script; base.css, report.css (the heatmap's layout) and wijzer-report.css inline.
enum WijzerReportPage {
    static func render(
        eyebrow: String, title: String, subtitle: String, sections: String, framework: Framework, toolVersion: String
    ) -> String {
        let body = Template(HTMLAssets.wijzerReportHTML).render([
            "eyebrow": HTML.escape(eyebrow), "title": HTML.escape(title), "subtitle": HTML.escape(subtitle),
            "sections": sections, "toolVersion": HTML.escape(toolVersion), "framework": HTML.escape(framework.id),
            "frameworkVersion": HTML.escape(framework.version), "script": HTMLReport.printScript,
        ])
        return HTML.page(
            title: title, toolVersion: toolVersion,
            styles: HTMLReport.baseStyles + HTMLReport.reportStyles + HTMLAssets.wijzerReportCSS, body: body)
    }
}
