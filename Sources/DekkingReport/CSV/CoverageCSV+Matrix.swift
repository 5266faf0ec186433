import Foundation

extension CoverageCSV {
    /// The fixed leading columns of `matrix.csv`; two columns per document follow.
    public static let matrixColumns = ["row_type", "cluster", "cluster_title", "competency", "competency_title"]

    /// `matrix.csv`: competencies × documents, one row per competency and one per cluster.
    ///
    /// Columns: `row_type`, `cluster`, `cluster_title`, `competency`, `competency_title`, then for
    /// every document, in result order, `<document id>_status` and `<document id>_score` (the id
    /// verbatim, so `kd-metselaar` gives `kd-metselaar_status`, except that a header or text field
    /// that would start a formula gets a `'` in front, see `SpreadsheetText`).
    ///
    /// Rows, in framework order: for each cluster first a row with `row_type` `cluster` (empty
    /// competency columns; the cluster's status and mean score per document), then one row with
    /// `row_type` `competency` per competency. Every row is complete on its own (no merged or
    /// implied cells), so `df[df.row_type == "competency"]` is the plain matrix. A document without
    /// a score for a row leaves both its cells empty.
    /// - Parameters:
    ///   - context: the run to report.
    ///   - byteOrderMark: whether to start with the UTF-8 byte order mark, for Excel.
    /// - Returns: the file's bytes.
    ///
    /// Made from the run's overview alone, so a small run and a large one get the same file.
    public static func matrix(_ context: ReportContext, byteOrderMark: Bool) -> Data {
        let overview = context.overview
        let lookup = ReportLookup(framework: overview.framework, documents: [])
        let documents = overview.documents
        return matrix(
            documentIDs: documents.map(\.id), outline: lookup.outline, lookup: lookup,
            cluster: { d, id in overview.clusterCell(of: documents[d], id) },
            competency: { d, id in overview.competencyCell(of: documents[d], id) }
        ).data(byteOrderMark: byteOrderMark)
    }

    /// The matrix of documents `documentIDs` over `outline`; `cluster(d, id)` and
    /// `competency(d, id)` give document `d`'s cell of a row.
    private static func matrix(
        documentIDs: [String], outline: [(clusterID: String, competencyIDs: [String])], lookup: ReportLookup,
        cluster: (Int, String) -> ScoreCell?, competency: (Int, String) -> ScoreCell?
    ) -> CSVWriter {
        var writer = CSVWriter()
        let text = SpreadsheetText.neutralised
        writer.append(matrixColumns + documentIDs.flatMap { [text("\($0)_status"), text("\($0)_score")] })
        for (clusterID, competencyIDs) in outline {
            let clusterTitle = text(lookup.clusterTitle(clusterID))
            writer.append(
                ["cluster", text(clusterID), clusterTitle, "", ""]
                    + documentIDs.indices.flatMap { cells(cluster($0, clusterID)) })
            for competencyID in competencyIDs {
                writer.append(
                    [
                        "competency", text(clusterID), clusterTitle, text(competencyID),
                        text(lookup.competencyTitle(competencyID)),
                    ]
                        + documentIDs.indices.flatMap { cells(competency($0, competencyID)) })
            }
        }
        return writer
    }

    private static func cells(_ cell: ScoreCell?) -> [String] {
        guard let cell else { return ["", ""] }
        return [cell.status.rawValue, NumberFormat.fixed4(cell.score)]
    }
}
