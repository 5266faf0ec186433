import DekkingMatching
import Foundation

extension CoverageCSV {
    /// The fixed leading columns of `matrix.csv`; two columns per document follow.
    public static let matrixColumns = ["row_type", "cluster", "cluster_title", "competency", "competency_title"]

    /// `matrix.csv`: competencies × documents, one row per competency and one per cluster.
    ///
    /// Columns: `row_type`, `cluster`, `cluster_title`, `competency`, `competency_title`, then for
    /// every document, in result order, `<document id>_status` and `<document id>_score` (the id
    /// verbatim, so `kd-metselaar` gives `kd-metselaar_status`).
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
    public static func matrix(_ context: ReportContext, byteOrderMark: Bool) -> Data {
        let lookup = ReportLookup(context)
        let documents = lookup.documents
        var writer = CSVWriter()
        writer.append(matrixColumns + documents.flatMap { ["\($0.id)_status", "\($0.id)_score"] })
        let competencyTables = documents.map { document in
            Dictionary(document.competencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let clusterTables = documents.map { document in
            Dictionary(document.clusters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        for (clusterID, competencyIDs) in lookup.outline {
            let clusterTitle = lookup.clusterTitle(clusterID)
            writer.append(
                ["cluster", clusterID, clusterTitle, "", ""]
                    + clusterTables.flatMap { table in cells(table[clusterID].map { ($0.status, $0.score) }) })
            for competencyID in competencyIDs {
                writer.append(
                    ["competency", clusterID, clusterTitle, competencyID, lookup.competencyTitle(competencyID)]
                        + competencyTables.flatMap { table in cells(table[competencyID].map { ($0.status, $0.score) }) })
            }
        }
        return writer.data(byteOrderMark: byteOrderMark)
    }

    private static func cells(_ value: (CoverageStatus, Double)?) -> [String] {
        guard let (status, score) = value else { return ["", ""] }
        return [status.rawValue, NumberFormat.fixed4(score)]
    }
}
