import DekkingModel
import Foundation

/// The CSV reports, `coverage.csv` (long) and `matrix.csv` (wide), for R, pandas and spreadsheets.
///
/// Both are pure functions of a ``ReportContext`` and a ``CSVDialect``: the same context gives the
/// same bytes. Records end in CRLF, text is UTF-8 (see `CSVWriter`). Scores have four decimals
/// (`0.2350`, or `0,2350` in the `excel-nl` dialect), levels are `hbo`/`mbo`, and an unknown value is
/// an empty field. A text field (a name, title, id, note or evidence) that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a `'` in front, so that no spreadsheet runs it as a
/// formula (see `SpreadsheetText`); numbers are never changed.
///
/// ## coverage.csv (long), for scripts
///
/// Its header names and codes are a contract: columns may be added at the end, none renamed or
/// dropped. Statuses are the codes `covered`, `partial` and `gap`, with the Dutch word beside them
/// in the last two columns. One row per document × indicator (and per unit × indicator), documents in result order,
/// competencies and indicators in framework order:
///
/// | column | content |
/// |---|---|
/// | `document` | document id (its path below the input folder, without extension) |
/// | `title` | document title |
/// | `kind` | `kwalificatiedossier`, `opleidingsprofiel`, `functiebeschrijving`, `vacature` or `overig` |
/// | `level` | level the document was matched at; empty when matched against every level |
/// | `cluster`, `cluster_title` | cluster id (such as `4`) and title |
/// | `competency`, `competency_title` | competency id (such as `4.2`) and title |
/// | `competency_score`, `competency_status` | the competency's score (0–1) and status code |
/// | `indicator`, `indicator_level`, `indicator_text` | indicator id (such as `4.2-mbo-3`), level, text |
/// | `indicator_score`, `indicator_status` | the indicator's score (0–1) and status code |
/// | `override`, `override_note` | the user's decision (`confirmed`, `rejected` or empty) and note |
/// | `evidence_code` | structural code of the best passage (such as `B1-K1-W2`), if any |
/// | `evidence_page` | its 1-based page, if the format has pages |
/// | `evidence_heading_path` | the headings above it, outermost first, joined with ` › ` |
/// | `evidence_excerpt` | the passage on one line, at most 300 characters (cut text ends in `…`) |
/// | `competency_status_nl`, `indicator_status_nl` | the statuses in Dutch: `gedekt`, `deels`, `ontbreekt` |
/// | `competency_override`, `competency_override_note` | the user's decision about the competency as a whole |
/// | `unit`, `unit_title` | empty on a document's own rows; on the rows of one of its units, that unit |
/// | `evidence_unit` | the unit (function, module, kerntaak) the best passage lies in, if the document has units |
///
/// A document of several units (``DekkingModel/DocumentCoverage/units``) has its own rows first,
/// then per unit one row per indicator of the unit matched alone, with `unit` filled in.
///
/// ## matrix.csv (wide), for people
///
/// In Dutch throughout: see ``matrix(_:dialect:)``.
public enum CoverageCSV {
    /// The header of `coverage.csv`.
    public static let longColumns = [
        "document", "title", "kind", "level", "cluster", "cluster_title", "competency", "competency_title",
        "competency_score", "competency_status", "indicator", "indicator_level", "indicator_text", "indicator_score",
        "indicator_status", "override", "override_note", "evidence_code", "evidence_page", "evidence_heading_path",
        "evidence_excerpt", "competency_status_nl", "indicator_status_nl", "competency_override",
        "competency_override_note", "unit", "unit_title", "evidence_unit",
    ]

    /// The separator of the headings in `evidence_heading_path`.
    public static let headingSeparator = " › "

    /// `coverage.csv`: one row per document × indicator (see the type's documentation for the columns).
    /// - Parameters:
    ///   - context: the run to report.
    ///   - dialect: how the file is spelled.
    /// - Returns: the file's bytes.
    public static func long(_ context: ReportContext, dialect: CSVDialect) -> Data {
        let lookup = ReportLookup(context)
        var writer = CSVWriter(dialect: dialect)
        writer.append(longColumns)
        for document in lookup.documents { appendLongRows(document, lookup: lookup, to: &writer) }
        return writer.data()
    }

    /// Appends the rows of `document` to `writer`: one per indicator, in the order of `lookup`,
    /// then the same for each of its units.
    static func appendLongRows(_ document: DocumentCoverage, lookup: ReportLookup, to writer: inout CSVWriter) {
        appendLongRows(
            document, unit: nil, competencies: lookup.competencies(of: document), lookup: lookup, to: &writer)
        for unit in document.units ?? [] {
            appendLongRows(
                document, unit: unit, competencies: lookup.competencies(of: unit.competencies), lookup: lookup,
                to: &writer)
        }
    }

    private static func appendLongRows(
        _ document: DocumentCoverage, unit: UnitCoverage?, competencies: [CompetencyCoverage], lookup: ReportLookup,
        to writer: inout CSVWriter
    ) {
        var excerpts: [String: String] = [:]  // indicators at several levels often share a passage
        func excerpt(_ text: String) -> String {
            if let known = excerpts[text] { return known }
            let made = Excerpt.of(text)
            excerpts[text] = made
            return made
        }
        for competency in competencies {
            let clusterID = lookup.clusterID(of: competency)
            for indicator in competency.indicators {
                let evidence = indicator.evidence.first
                let text = SpreadsheetText.neutralised
                writer.append([
                    text(document.id), text(document.title), document.kind.rawValue, document.level?.rawValue ?? "",
                    text(clusterID), text(lookup.clusterTitle(clusterID)), text(competency.id),
                    text(lookup.competencyTitle(competency.id)),
                    writer.dialect.score(competency.score), competency.status.rawValue,
                    text(indicator.id), indicator.level.rawValue, text(lookup.indicatorText(indicator.id)),
                    writer.dialect.score(indicator.score), indicator.status.rawValue,
                    indicator.override?.rawValue ?? "", text(indicator.overrideNote ?? ""),
                    text(evidence?.code ?? ""), evidence?.page.map(String.init) ?? "",
                    text(evidence?.headingPath.joined(separator: headingSeparator) ?? ""),
                    text(evidence.map { excerpt($0.text) } ?? ""), competency.status.label, indicator.status.label,
                    competency.override?.rawValue ?? "", text(competency.overrideNote ?? ""),
                    text(unit?.id ?? ""), text(unit?.title ?? ""), text(evidence?.unit ?? ""),
                ])
            }
        }
    }
}
