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
                "Per document staat bovenaan \"Eerst aanpakken\": de competenties die het zwakst gedekt zijn, per "
                    + "cluster, met de indicatoren die het meest opleveren en een voorbeeldtekst in de vorm van het "
                    + "document (een resultaatgebied, een leeruitkomst of een werkproces). Daaronder staan alle "
                    + "competenties die ontbreken of maar deels aan bod komen, met hun open indicatoren op één regel "
                    + "(de volledige teksten en scores staan in coverage.csv). Het percentage geeft aan hoe sterk de "
                    + "tekst van het document aansluit: 0% betekent dat er niets over gevonden is, hoe hoger, hoe "
                    + "duidelijker het onderwerp terugkomt. Controleer een voorstel altijd zelf: het is een "
                    + "hulpmiddel, geen oordeel."
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
            let priorities = GapPriorities.of(context)
            for (document, first) in zip(lookup.documents, priorities) {
                lines += section(document, priorities: first, lookup: lookup, fieldWarning: context.fieldWarning)
            }
            if count > 1 {
                lines += ["", "## Alle documenten samen", "", runExplanation]
                lines += runLines(context.overview, level: 3)
            }
        } else {
            lines += runLines(context.overview, level: 2)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(
        _ document: DocumentCoverage, priorities: GapPriorities, lookup: ReportLookup, fieldWarning: Double?
    ) -> [String] {
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
        let outsideField = fieldWarning.map { document.fieldRelevance < $0 } ?? false
        lines += priorityLines(priorities, kind: document.kind, outsideField: outsideField)
        if !open.isEmpty {
            lines += [
                "", "### Alle hiaten", "",
                "Elke competentie die ontbreekt of deels gedekt is, met haar open indicatoren: code, score en het begin "
                    + "van de tekst.",
            ]
        }
        for (clusterID, competencyIDs) in lookup.outline {
            let inCluster = competencyIDs.compactMap { id in open.first { $0.id == id } }
            guard !inCluster.isEmpty else { continue }
            lines += [
                "",
                "#### Cluster \(MarkdownText.escape(clusterID)): \(MarkdownText.escape(lookup.clusterTitle(clusterID)))",
            ]
            for competency in inCluster {
                lines += competencyLines(competency, lookup: lookup)
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

    /// At most this many characters of an indicator's text in a list of gaps; coverage.csv has it whole.
    static let indicatorExcerptLength = 90

    /// The start of an indicator's text for a list of gaps: at most ``indicatorExcerptLength``
    /// characters, cut at a word, with `…` (and no full stop before it) when it was cut.
    static func excerpt(_ text: String) -> String {
        let short = Excerpt.of(text, limit: indicatorExcerptLength)
        return short.hasSuffix(".…") ? String(short.dropLast(2)) + "…" : short
    }

    private static func competencyLines(_ competency: CompetencyCoverage, lookup: ReportLookup) -> [String] {
        let title = MarkdownText.escape(lookup.competencyTitle(competency.id))
        var lines = [
            "",
            "**\(MarkdownText.escape(competency.id))\(title.isEmpty ? "" : " " + title)** — \(competency.status.label) "
                + "(\(NumberFormat.percent(competency.score)))"
                + rejection(competency.override, competency.overrideNote),
            "",
        ]
        let weak = competency.indicators.filter { $0.status != .covered }
        if weak.isEmpty {
            lines.append("- " + GapPriorities.combinationAdvice)
        }
        for indicator in weak {
            var line =
                "- \(MarkdownText.escape(indicator.id)) · \(NumberFormat.percent(indicator.score)) · "
                + MarkdownText.escape(excerpt(lookup.indicatorText(indicator.id)))
            if indicator.status == .partial, let place = indicator.evidence.first.flatMap(EvidencePlace.reference(to:))
            {
                line += " — deels, bij \(MarkdownText.escape(place))"
            }
            lines.append(line + rejection(indicator.override, indicator.overrideNote))
        }
        return lines
    }

    /// ` — door u afgewezen: <note>` for a rejection by the user; empty otherwise.
    static func rejection(_ decision: OverrideDecision?, _ note: String?) -> String {
        guard decision == .rejected else { return "" }
        return " — door u afgewezen" + (note.map { ": \(MarkdownText.escape($0))" } ?? "")
    }
}
