import DekkingModel

/// `gaps.md`, in Dutch: which competencies are missing or only partly covered, and what to add.
///
/// One writer for every run. A run up to the detail limit (``ReportContext/isDetailed``) gets,
/// per document, the competencies that are missing or partly covered with, for each missing or
/// weakly covered indicator, a concrete suggestion of what to add; a run of more than one document
/// then ends with the run as a whole ("Alle documenten samen"). A larger run gets only the run as
/// a whole, from its ``RunOverview``: per cluster and competency how many documents cover it
/// (see ``runLines(_:level:)``).
///
/// Written for curriculum designers and social partners: document kind and level in words,
/// percentages instead of raw scores (explained once at the top), suggestions phrased for the
/// document kind (see ``GapSuggestion``). All text is escaped with ``MarkdownText``. A pure
/// function of the context: the same context gives the same text, in time linear in the documents.
public enum GapsMarkdown {
    /// The Markdown text, ending in a newline.
    public static func render(_ context: ReportContext) -> String {
        let count = context.overview.documents.count
        var lines = [
            context.isDetailed ? "# Hiaten per document" : "# Hiaten in de hele run",
            "",
            "Kader: \(MarkdownText.escape(context.framework.title)) (versie \(MarkdownText.escape(context.framework.version))).",
            "",
        ]
        if context.isDetailed {
            lines.append(
                "Per document staan hieronder de competenties die ontbreken of maar deels aan bod komen, met "
                    + "per indicator een voorstel voor wat u kunt toevoegen. Het percentage geeft aan hoe sterk de "
                    + "tekst van het document aansluit bij de indicator: 0% betekent dat er niets over gevonden is, "
                    + "hoe hoger, hoe duidelijker het onderwerp terugkomt. Controleer een voorstel altijd zelf: het "
                    + "is een hulpmiddel, geen oordeel."
                    + (count > 1
                        ? " Onderaan staat onder \"Alle documenten samen\" per competentie in hoeveel van de documenten "
                            + "zij gedekt is." : ""))
        } else {
            lines += [
                "Deze run bevat \(DutchLabels.documents(count)). Bij zoveel documenten laat dit bestand "
                    + "geen hiatenlijst per document zien. De scores per document, per competentie en per indicator, met de "
                    + "gevonden passages, staan in coverage.csv, coverage.json en matrix.csv in dezelfde map. Met minder "
                    + "documenten tegelijk (of een hogere `--detail-limit`) krijgt u per document de hiaten met voorstellen "
                    + "wat u kunt toevoegen.",
                "",
                runExplanation,
            ]
        }
        if count == 0 { lines += ["", "Deze run bevat geen documenten."] }
        if context.isDetailed {
            let lookup = ReportLookup(context)
            for document in lookup.documents { lines += section(document, lookup: lookup) }
            if count > 1 {
                lines += ["", "## Alle documenten samen", "", runExplanation]
                lines += runLines(context.overview, level: 3)
            }
        } else {
            lines += runLines(context.overview, level: 2)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ document: DocumentCoverage, lookup: ReportLookup) -> [String] {
        let competencies = lookup.competencies(of: document)
        var lines = [
            "",
            "## \(MarkdownText.escape(document.title.isEmpty ? document.id : document.title))",
            "",
            "\(DutchLabels.kind(document.kind)) · niveau \(DutchLabels.level(document.level)) · bestand \(MarkdownText.codeSpan(document.id))",
            "",
            "**Samenvatting:** \(DutchLabels.summary(competencies)).",
        ]
        let open = competencies.filter { $0.status != .covered }
        if open.isEmpty {
            lines += ["", "Geen hiaten: alle competenties van het kader komen in dit document aan bod."]
        }
        let suggestion = GapSuggestion(kind: document.kind)
        for (clusterID, competencyIDs) in lookup.outline {
            let inCluster = competencyIDs.compactMap { id in open.first { $0.id == id } }
            guard !inCluster.isEmpty else { continue }
            lines += [
                "",
                "### Cluster \(MarkdownText.escape(clusterID)): \(MarkdownText.escape(lookup.clusterTitle(clusterID)))",
            ]
            for competency in inCluster {
                lines += competencyLines(competency, lookup: lookup, suggestion: suggestion)
            }
        }
        if let profile = document.startbekwaam { lines += profileLines(profile, lookup: lookup) }
        lines += unitLines(document, lookup: lookup)
        return lines
    }

    /// The startbekwaam profile of an education document: per cluster whose profile is not wholly
    /// described, the statements the document does not describe yet.
    private static func profileLines(_ profile: [ProfileCoverage], lookup: ReportLookup) -> [String] {
        let covered = profile.filter { $0.status == .covered }.count
        var lines = [
            "",
            "### Startbekwaam profiel",
            "",
            "\(covered) van \(profile.count) clusters gedekt. Het kader beschrijft per cluster wat een beginnende "
                + "beroepsbeoefenaar kan; hieronder de uitspraken van dat profiel die het document nog niet beschrijft.",
        ]
        guard profile.contains(where: { $0.statements.contains { $0.status != .gap } }) else {
            // A document outside the field: listing every statement would only repeat the profile.
            return lines + ["", "Geen enkele uitspraak van het startbekwame profiel komt in dit document terug."]
        }
        for cluster in profile {
            let missing = cluster.statements.filter { $0.status == .gap }
            guard !missing.isEmpty else { continue }
            let described = cluster.statements.count - missing.count
            lines += [
                "",
                "#### Cluster \(MarkdownText.escape(cluster.clusterID)): \(MarkdownText.escape(lookup.clusterTitle(cluster.clusterID))) "
                    + "— \(cluster.status.label) (\(NumberFormat.percent(cluster.score))), \(described) van \(cluster.statements.count) uitspraken beschreven",
                "",
            ]
            lines += missing.map { "- \(MarkdownText.escape($0.text))" }
        }
        return lines
    }

    private static func competencyLines(
        _ competency: CompetencyCoverage, lookup: ReportLookup, suggestion: GapSuggestion
    ) -> [String] {
        let title = MarkdownText.escape(lookup.competencyTitle(competency.id))
        var lines = [
            "",
            "#### \(MarkdownText.escape(competency.id)) \(title.isEmpty ? "" : title + " ")— \(competency.status.label) "
                + "(\(NumberFormat.percent(competency.score)))"
                + (competency.override == .rejected
                    ? " — door u afgewezen" + (competency.overrideNote.map { ": \(MarkdownText.escape($0))" } ?? "")
                    : ""),
            "",
        ]
        let weak = competency.indicators.filter { $0.status != .covered }
        if weak.isEmpty {
            lines.append(
                "- De afzonderlijke indicatoren zijn gevonden, maar samen nog niet sterk genoeg; "
                    + "maak de samenhang in het document duidelijker.")
        }
        for indicator in weak {
            var line =
                "- "
                + MarkdownText.escape(
                    suggestion.sentence(for: indicator, predicate: lookup.indicatorPredicate(indicator.id)))
            if indicator.override == .rejected {
                line += " — door u afgewezen" + (indicator.overrideNote.map { ": \(MarkdownText.escape($0))" } ?? "")
            }
            lines.append(line)
        }
        return lines
    }
}
