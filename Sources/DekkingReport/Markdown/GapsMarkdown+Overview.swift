import DekkingFramework
import DekkingModel

extension GapsMarkdown {
    /// At most this many documents are listed under "Documenten met de meeste hiaten".
    static let overviewDocumentLimit = 25

    /// What the run-wide part says it shows.
    static let runExplanation =
        "Hieronder staat per competentie in hoeveel documenten zij gedekt is, deels gedekt of ontbreekt, met de "
        + "indicatoren die in minder dan de helft van hun documenten gedekt zijn. Een indicator telt alleen mee bij de "
        + "documenten die op zijn niveau zijn beoordeeld. De statussen zijn een automatische inschatting, geen oordeel."

    /// The run as a whole, from its overview, with headings from level `level` down: per cluster
    /// and competency in framework order how many documents cover it fully, partly or not
    /// (numbers and percentages), with under each competency the indicators that fewer than half
    /// of the documents counted for them cover (indicators no document was matched at are left
    /// out); the startbekwaam statements fewer than half describe; then at most
    /// ``overviewDocumentLimit`` documents with the most missing competencies (ties in run order;
    /// documents missing none are left out).
    static func runLines(_ overview: RunOverview, level: Int) -> [String] {
        let heading = String(repeating: "#", count: level)
        return competencyLines(overview, heading: heading) + profileLines(overview, heading: heading)
            + documentLines(overview, heading: heading)
    }

    /// `gedekt in 5 van 10 documenten (50%), deels in 3 (30%), ontbreekt in 2 (20%)`; `covered`
    /// names the first status (`beschreven` for profile statements).
    static func tallyText(_ tally: StatusTally, covered word: String = "gedekt") -> String {
        let covered =
            "\(word) in \(DutchLabels.count(tally.covered)) van \(DutchLabels.documents(tally.documents)) "
            + "(\(NumberFormat.percent(tally.share(.covered))))"
        return covered
            + ", deels in \(DutchLabels.count(tally.partial)) (\(NumberFormat.percent(tally.share(.partial)))), "
            + "ontbreekt in \(DutchLabels.count(tally.gap)) (\(NumberFormat.percent(tally.share(.gap))))"
    }

    /// `gedekt in 0 van 2, deels 1, ontbreekt 1`: an indicator's tally on one short line.
    static func shortTally(_ tally: StatusTally) -> String {
        "gedekt in \(DutchLabels.count(tally.covered)) van \(DutchLabels.count(tally.documents)), deels "
            + "\(DutchLabels.count(tally.partial)), ontbreekt \(DutchLabels.count(tally.gap))"
    }

    private static func competencyLines(_ overview: RunOverview, heading: String) -> [String] {
        let framework = overview.framework
        var lines: [String] = []
        var competencyIndex = 0
        var indicatorIndex = 0
        for (c, cluster) in framework.clusters.enumerated() {
            lines += [
                "",
                "\(heading) Cluster \(MarkdownText.escape(cluster.id)): \(MarkdownText.escape(cluster.title))",
                "",
                "Het cluster als geheel: \(tallyText(overview.clusters[c])).",
            ]
            for competency in cluster.competencies {
                let tally = overview.competencies[competencyIndex]
                competencyIndex += 1
                lines += [
                    "",
                    "\(heading)# \(MarkdownText.escape(competency.id)) \(MarkdownText.escape(competency.title))",
                    "",
                    "\(DutchLabels.capitalised(tallyText(tally))); gemiddelde score \(NumberFormat.percent(tally.meanScore)).",
                ]
                var weak: [String] = []
                for indicator in competency.indicators {
                    let tally = overview.indicators[indicatorIndex]
                    indicatorIndex += 1
                    guard tally.documents > 0, tally.share(.covered) < 0.5 else { continue }
                    weak.append(
                        "- \(MarkdownText.escape(indicator.id)) (\(MarkdownText.escape(indicator.level.rawValue))): "
                            + "\(MarkdownText.escape(excerpt(indicator.text))) — \(shortTally(tally))")
                }
                if weak.isEmpty {
                    lines += ["", "Geen indicator is in minder dan de helft van zijn documenten gedekt."]
                } else {
                    lines += ["", "Indicatoren die in minder dan de helft van hun documenten gedekt zijn:", ""] + weak
                }
            }
        }
        return lines
    }

    /// The startbekwaam statements that fewer than half of the documents matched against the
    /// profiles describe, per cluster; nothing when no document was.
    private static func profileLines(_ overview: RunOverview, heading: String) -> [String] {
        guard overview.profileDocuments > 0 else { return [] }
        var lines = [
            "",
            "\(heading) Startbekwaam profiel",
            "",
            "\(DutchLabels.documents(overview.profileDocuments)) \(overview.profileDocuments == 1 ? "is" : "zijn") vergeleken met het "
                + "startbekwame profiel van elk cluster (wat een beginnende beroepsbeoefenaar kan). Hieronder de uitspraken "
                + "die in minder dan de helft van die documenten beschreven zijn.",
        ]
        var any = false
        for (c, cluster) in overview.framework.clusters.enumerated() {
            let weak = zip(overview.statementTexts[c], overview.statements[c]).filter {
                $0.1.documents > 0 && $0.1.share(.covered) < 0.5
            }
            guard !weak.isEmpty else { continue }
            any = true
            lines += [
                "", "\(heading)# Cluster \(MarkdownText.escape(cluster.id)): \(MarkdownText.escape(cluster.title))", "",
            ]
            lines += weak.map { "- \(MarkdownText.escape($0.0)) — \(tallyText($0.1, covered: "beschreven"))" }
        }
        if !any { lines += ["", "Elke uitspraak is in minstens de helft van die documenten beschreven."] }
        return lines
    }

    private static func documentLines(_ overview: RunOverview, heading: String) -> [String] {
        var lines = ["", "\(heading) Documenten met de meeste hiaten", ""]
        // The most missing competencies first, ties in run order: kept sorted while scanning once,
        // so the work is linear in the documents.
        var top: [(gaps: Int, index: Int)] = []
        for (index, document) in overview.documents.enumerated() {
            let gaps = document.count(.gap)
            guard gaps > 0 else { continue }
            if top.count == overviewDocumentLimit, let last = top.last, last.gaps >= gaps { continue }
            let position = top.firstIndex { $0.gaps < gaps } ?? top.count
            top.insert((gaps, index), at: position)
            if top.count > overviewDocumentLimit { top.removeLast() }
        }
        if top.isEmpty { return lines + ["Geen enkel document mist een competentie helemaal."] }
        lines.append("Met het aantal ontbrekende competenties; bij gelijke aantallen in de volgorde van de run.")
        lines.append("")
        for (rank, entry) in top.enumerated() {
            let document = overview.documents[entry.index]
            let title = document.title.isEmpty ? document.id : document.title
            lines.append(
                "\(rank + 1). \(MarkdownText.escape(title)) (\(MarkdownText.escape(document.id)); \(DutchLabels.kind(document.kind)), "
                    + "\(MarkdownText.escape(document.levels))) — \(entry.gaps) ontbreekt, \(document.count(.partial)) deels, "
                    + "\(document.count(.covered)) gedekt")
        }
        return lines
    }
}
