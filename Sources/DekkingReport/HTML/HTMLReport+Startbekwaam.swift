import DekkingFramework
import DekkingModel

extension HTMLReport {
    /// "Startbekwaam per cluster" of a detailed run: for every document matched against the clusters' startbekwaam
    /// profiles (education documents), each cluster's status and score, and per statement of the
    /// profile whether the document addresses it, with the best passage where it does. Empty when
    /// no document was matched against the profiles. A large run gets ``statementSection(_:)``.
    static func startbekwaamSection(_ context: ReportContext) -> String {
        guard context.isDetailed else { return statementSection(context.overview) }
        let documents = context.result.documents.filter { $0.startbekwaam != nil }
        guard !documents.isEmpty else { return "" }
        let titles = Dictionary(
            context.framework.clusters.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var html = ""
        for document in documents {
            let profile = document.startbekwaam ?? []
            let covered = profile.filter { $0.status == .covered }.count
            let partial = profile.filter { $0.status == .partial }.count
            html += "<details class=\"card profile-doc\" data-doc=\"\(HTML.escape(document.id))\">\n"
            html += "<summary><h3>\(HTML.escape(document.title.isEmpty ? document.id : document.title))</h3> "
            html +=
                "<span class=\"muted small\">– \(covered) van \(profile.count) clusters gedekt, \(partial) deels</span></summary>\n"
            html +=
                "<table class=\"plain profile\"><thead><tr><th>Cluster</th><th>Status</th><th class=\"num\">Score</th>"
            html += "<th>Uitspraken van het profiel</th></tr></thead><tbody>\n"
            for cluster in profile {
                let addressed = cluster.statements.filter { $0.status != .gap }.count
                html +=
                    "<tr data-cluster=\"\(HTML.escape(cluster.clusterID))\"><td><span class=\"cid\">\(HTML.escape(cluster.clusterID))</span> "
                html += "\(HTML.escape(titles[cluster.clusterID] ?? ""))</td>"
                html +=
                    "<td><span class=\"badge \(cluster.status.statusClass)\">\(cluster.status.statusSymbol) \(cluster.status.label)</span></td>"
                html += "<td class=\"num\">\(HTML.percent(cluster.score))</td>"
                html +=
                    "<td><p class=\"small\">\(addressed) van \(cluster.statements.count) beschreven</p><ul class=\"statements\">"
                for statement in cluster.statements {
                    html += statementItem(statement, document: document.id)
                }
                html += "</ul></td></tr>\n"
            }
            html += "</tbody></table>\n</details>\n"
        }
        return Templates.startbekwaam.render(["documents": html])
    }

    /// One statement: its status, text and best passage; with its id (`data-item`) for the
    /// decision buttons, and the user's decision when there is one.
    private static func statementItem(_ statement: StatementCoverage, document: String) -> String {
        var html = "<li class=\"\(statement.status.rawValue)\""
        if let id = statement.id { html += " data-doc=\"\(HTML.escape(document))\" data-item=\"\(HTML.escape(id))\"" }
        html += "><span class=\"sym\" aria-hidden=\"true\">\(statement.status.statusSymbol)</span> "
        html += "<span class=\"visually-hidden\">\(statement.status.label): </span>\(HTML.escape(statement.text))"
        if let decision = statement.override {
            html += " <span class=\"override\">✎ handmatig \(DutchLabels.override(decision))"
            if let note = statement.overrideNote { html += ": \(HTML.escape(note))" }
            html += "</span>"
        }
        if let evidence = statement.evidence.first {
            let place = EvidencePlace(evidence).text
            html += "<blockquote>\(HTML.highlight(evidence.text, terms: evidence.matchedTerms))"
            if !place.isEmpty {
                html += " <span class=\"muted small\">(\(HTML.escape(place)))</span>"
            }
            html += "</blockquote>"
        }
        html += "</li>"
        return html
    }
}
