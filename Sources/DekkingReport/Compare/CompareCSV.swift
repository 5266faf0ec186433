import DekkingModel
import Foundation

/// `compare.csv`: one row per competency and one per indicator, RFC 4180 (CRLF line ends, fields
/// quoted when they hold a comma, quote or line break), English snake_case headers.
///
/// Scores have four decimals and a point; statuses and categories are their English raw values
/// (`covered`/`partial`/`gap`, `only_in_a`/…); a side not assessed at an indicator's level is empty.
/// A text field that would start a formula (`=`, `+`, `-`, `@`, tab, CR) gets a `'` in front (see
/// `SpreadsheetText`); the scores and differences, negative ones included, stay numbers.
///
/// `mobility`, for two function descriptions or vacancies only (``FunctionOverlap``): `shared`
/// when both cover the row (gedekt), `learn_a_to_b` when B covers it and A does not (what someone
/// moving from A to B needs to learn), `learn_b_to_a` the other way round; empty otherwise.
public enum CompareCSV {
    /// The header row's fields, in order (a contract: columns may be added at the end only).
    public static let columns = [
        "row_type", "cluster_id", "competency_id", "competency_title", "indicator_id", "level", "indicator_text",
        "a_document", "a_status", "a_score", "b_document", "b_status", "b_score", "difference", "category",
        "mobility",
    ]

    /// The whole file as text.
    public static func render(_ comparison: DocumentComparison) -> String {
        var rows: [[String]] = [columns]
        let text = SpreadsheetText.neutralised
        let a = text(comparison.a.id)
        let b = text(comparison.b.id)
        let functions = FunctionOverlap(comparison) != nil
        for competency in comparison.competencies {
            let (clusterID, id, title) = (text(competency.clusterID), text(competency.id), text(competency.title))
            rows.append([
                "competency", clusterID, id, title, "", "", "",
                a, competency.a.status.rawValue, score(competency.a.score), b, competency.b.status.rawValue,
                score(competency.b.score),
                score(competency.difference), competency.category.rawValue,
                functions ? mobility(competency.a.status, competency.b.status) : "",
            ])
            for indicator in competency.indicators {
                rows.append([
                    "indicator", clusterID, id, title, text(indicator.id),
                    indicator.level.rawValue,
                    text(indicator.text),
                    a, indicator.a?.status.rawValue ?? "", indicator.a.map { score($0.score) } ?? "",
                    b, indicator.b?.status.rawValue ?? "", indicator.b.map { score($0.score) } ?? "",
                    score(indicator.difference), indicator.category.rawValue,
                    functions ? mobility(indicator.a?.status, indicator.b?.status) : "",
                ])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.map { $0 + "\r\n" }.joined()
    }

    /// One field, quoted when RFC 4180 requires it.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The `mobility` value of a row covered with status `a` in A and `b` in B (nil: not assessed).
    static func mobility(_ a: CoverageStatus?, _ b: CoverageStatus?) -> String {
        switch (a == .covered, b == .covered) {
        case (true, true): "shared"
        case (false, true): "learn_a_to_b"
        case (true, false): "learn_b_to_a"
        case (false, false): ""
        }
    }

    private static func score(_ value: Double) -> String {
        let text = String(format: "%.4f", value)
        return text == "-0.0000" ? "0.0000" : text
    }
}
