import DekkingModel
import Foundation

/// The CSV reports, `coverage.csv` (long) and `matrix.csv` (wide), for R, pandas and spreadsheets.
///
/// Both are pure functions of a ``ReportContext``: the same context gives the same bytes. The
/// dialect is RFC 4180 with CRLF line ends, UTF-8, optionally with a byte order mark (see
/// `CSVWriter`). Scores are written with four decimals and a `.` decimal point (`0.2350`), statuses
/// as the English codes `covered`, `partial` and `gap`, levels as `hbo`/`mbo`, and an unknown value
/// as an empty field. Header names are a contract: columns may be added, none renamed or dropped.
/// A text field (a name, title, id, note or evidence) that starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a `'` in front, so that no spreadsheet runs it as a formula (see
/// `SpreadsheetText`); numbers are never changed.
///
/// ## coverage.csv (long)
///
/// One row per document × indicator, documents in result order, competencies and indicators in
/// framework order:
///
/// | column | content |
/// |---|---|
/// | `document` | document id (the file stem) |
/// | `title` | document title |
/// | `kind` | `kwalificatiedossier`, `opleidingsprofiel`, `functiebeschrijving`, `vacature` or `overig` |
/// | `level` | level the document was matched at; empty when matched against every level |
/// | `cluster`, `cluster_title` | cluster id (such as `4`) and title |
/// | `competency`, `competency_title` | competency id (such as `4.2`) and title |
/// | `competency_score`, `competency_status` | the competency's score (0–1) and status |
/// | `indicator`, `indicator_level`, `indicator_text` | indicator id (such as `4.2-mbo-3`), level, text |
/// | `indicator_score`, `indicator_status` | the indicator's score (0–1) and status |
/// | `override`, `override_note` | the user's decision (`confirmed`, `rejected` or empty) and note |
/// | `evidence_code` | structural code of the best passage (such as `B1-K1-W2`), if any |
/// | `evidence_page` | its 1-based page, if the format has pages |
/// | `evidence_heading_path` | the headings above it, outermost first, joined with ` › ` |
/// | `evidence_excerpt` | the passage on one line, at most 300 characters (cut text ends in `…`) |
///
/// ## matrix.csv (wide)
///
/// See ``matrix(_:byteOrderMark:)``.
public enum CoverageCSV {
    /// The header of `coverage.csv`.
    public static let longColumns = [
        "document", "title", "kind", "level", "cluster", "cluster_title", "competency", "competency_title",
        "competency_score", "competency_status", "indicator", "indicator_level", "indicator_text", "indicator_score",
        "indicator_status", "override", "override_note", "evidence_code", "evidence_page", "evidence_heading_path",
        "evidence_excerpt",
    ]

    /// The separator of the headings in `evidence_heading_path`.
    public static let headingSeparator = " › "

    /// `coverage.csv`: one row per document × indicator (see the type's documentation for the columns).
    /// - Parameters:
    ///   - context: the run to report.
    ///   - byteOrderMark: whether to start with the UTF-8 byte order mark, for Excel.
    /// - Returns: the file's bytes.
    public static func long(_ context: ReportContext, byteOrderMark: Bool) -> Data {
        let lookup = ReportLookup(context)
        var writer = CSVWriter()
        writer.append(longColumns)
        for document in lookup.documents { appendLongRows(document, lookup: lookup, to: &writer) }
        return writer.data(byteOrderMark: byteOrderMark)
    }

    /// Appends the rows of `document` to `writer`: one per indicator, in the order of `lookup`.
    static func appendLongRows(_ document: DocumentCoverage, lookup: ReportLookup, to writer: inout CSVWriter) {
        var excerpts: [String: String] = [:]  // indicators at several levels often share a passage
        func excerpt(_ text: String) -> String {
            if let known = excerpts[text] { return known }
            let made = Excerpt.of(text)
            excerpts[text] = made
            return made
        }
        for competency in lookup.competencies(of: document) {
            let clusterID = lookup.clusterID(of: competency)
            for indicator in competency.indicators {
                let evidence = indicator.evidence.first
                let text = SpreadsheetText.neutralised
                writer.append([
                    text(document.id), text(document.title), document.kind.rawValue, document.level?.rawValue ?? "",
                    text(clusterID), text(lookup.clusterTitle(clusterID)), text(competency.id),
                    text(lookup.competencyTitle(competency.id)),
                    NumberFormat.fixed4(competency.score), competency.status.rawValue,
                    text(indicator.id), indicator.level.rawValue, text(lookup.indicatorText(indicator.id)),
                    NumberFormat.fixed4(indicator.score), indicator.status.rawValue,
                    indicator.override?.rawValue ?? "", text(indicator.overrideNote ?? ""),
                    text(evidence?.code ?? ""), evidence?.page.map(String.init) ?? "",
                    text(evidence?.headingPath.joined(separator: headingSeparator) ?? ""),
                    text(evidence.map { excerpt($0.text) } ?? ""),
                ])
            }
        }
    }
}
