import Foundation

extension CoverageCSV {
    /// The fixed leading columns of `matrix.csv`; two columns per document follow.
    public static let matrixColumns = ["rij", "cluster", "clustertitel", "competentie", "competentietitel"]

    /// The values of the column `rij` of `matrix.csv`.
    public static let matrixRowKinds = (cluster: "cluster", competency: "competentie")

    /// `matrix.csv`: competencies × documents, one row per competency and one per cluster, in Dutch
    /// for the people who open it in a spreadsheet.
    ///
    /// Columns: `rij`, `cluster`, `clustertitel`, `competentie`, `competentietitel`, then for every
    /// document, in result order, `<document id>_status` and `<document id>_score` (the id
    /// verbatim, so `kd-metselaar` gives `kd-metselaar_status`, except that a header or text field
    /// that would start a formula gets a `'` in front, see `SpreadsheetText`). A status is the Dutch
    /// word the other reports show: `gedekt`, `deels` or `ontbreekt`.
    ///
    /// Rows, in framework order: for each cluster first a row with `rij` `cluster` (empty
    /// competency columns; the cluster's status and mean score per document), then one row with
    /// `rij` `competentie` per competency. Every row is complete on its own (no merged or implied
    /// cells), so `df[df.rij == "competentie"]` is the plain matrix. A document without a score
    /// for a row leaves both its cells empty.
    /// - Parameters:
    ///   - context: the run to report.
    ///   - dialect: how the file is spelled.
    /// - Returns: the file's bytes.
    ///
    /// Made from the run's overview alone, so a small run and a large one get the same file.
    public static func matrix(_ context: ReportContext, dialect: CSVDialect) -> Data {
        let overview = context.overview
        let lookup = ReportLookup(framework: overview.framework, documents: [])
        let documents = overview.documents
        return matrix(
            documentIDs: documents.map(\.id), outline: lookup.outline, lookup: lookup, dialect: dialect,
            cluster: { d, id in overview.clusterCell(of: documents[d], id) },
            competency: { d, id in overview.competencyCell(of: documents[d], id) }
        ).data()
    }

    /// The matrix of documents `documentIDs` over `outline`; `cluster(d, id)` and
    /// `competency(d, id)` give document `d`'s cell of a row.
    private static func matrix(
        documentIDs: [String], outline: [(clusterID: String, competencyIDs: [String])], lookup: ReportLookup,
        dialect: CSVDialect, cluster: (Int, String) -> ScoreCell?, competency: (Int, String) -> ScoreCell?
    ) -> CSVWriter {
        var writer = CSVWriter(dialect: dialect)
        let text = SpreadsheetText.neutralised
        writer.append(matrixColumns + documentIDs.flatMap { [text("\($0)_status"), text("\($0)_score")] })
        for (clusterID, competencyIDs) in outline {
            let clusterTitle = text(lookup.clusterTitle(clusterID))
            writer.append(
                [matrixRowKinds.cluster, text(clusterID), clusterTitle, "", ""]
                    + documentIDs.indices.flatMap { cells(cluster($0, clusterID), dialect) })
            for competencyID in competencyIDs {
                writer.append(
                    [
                        matrixRowKinds.competency, text(clusterID), clusterTitle, text(competencyID),
                        text(lookup.competencyTitle(competencyID)),
                    ]
                        + documentIDs.indices.flatMap { cells(competency($0, competencyID), dialect) })
            }
        }
        return writer
    }

    private static func cells(_ cell: ScoreCell?, _ dialect: CSVDialect) -> [String] {
        guard let cell else { return ["", ""] }
        return [cell.status.label, dialect.score(cell.score)]
    }
}
