import DekkingCore
import Foundation

/// The attributes a unit states in its first passages: study load (`Studiepunten: 5`, `5 EC`),
/// year (`Leerjaar: 2`), semester or period (`Semester 1`, `Periode 3`) and salary scale or
/// function level (`Schaal 8`, `Functieschaal: 9`, `FWG 45`). Each read from a short labelled
/// phrase, never from prose such as "drie jaar ervaring".
enum UnitAttributes {
    /// How many passages after the heading are read for attributes.
    static let passagesRead = 8

    /// Fills the attributes `unit` does not have yet from `passages` (its first passages' text).
    static func fill(_ unit: inout DocumentUnit, from passages: some Sequence<String>) {
        for text in passages.prefix(passagesRead) {
            if unit.ec == nil { unit.ec = ec(in: text) }
            if unit.year == nil { unit.year = labelled(yearPattern, in: text) }
            if unit.semester == nil { unit.semester = semester(in: text) }
            if unit.scale == nil { unit.scale = scale(in: text) }
        }
    }

    static func ec(in text: String) -> Double? {
        for pattern in [ecAfterNumber, ecAfterLabel] {
            if let value = capture(pattern, in: text),
                let number = Double(value.replacingOccurrences(of: ",", with: "."))
            {
                return number
            }
        }
        return nil
    }

    static func semester(in text: String) -> Int? { labelled(semesterPattern, in: text) }

    static func scale(in text: String) -> String? {
        guard let match = scalePattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let label = Range(match.range(at: 1), in: text), let number = Range(match.range(at: 2), in: text)
        else { return nil }
        let word = text[label].lowercased()
        let name = word.hasPrefix("fwg") ? "FWG" : word.contains("niveau") ? "niveau" : "schaal"
        return "\(name) \(text[number])"
    }

    private static func labelled(_ pattern: NSRegularExpression, in text: String) -> Int? {
        capture(pattern, in: text).flatMap { Int($0) }.flatMap { (1...8).contains($0) ? $0 : nil }
    }

    private static func capture(_ pattern: NSRegularExpression, in text: String) -> String? {
        guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    /// `5 EC`, `7,5 studiepunten`, `3 ects`.
    private static let ecAfterNumber = try! NSRegularExpression(
        pattern: #"(?:^|[\s(\[|:])(\d{1,2}(?:[.,]\d)?)\s*(?:ec|ects|studiepunten|credits)\b"#,
        options: [.caseInsensitive])
    /// `Studiepunten: 5`, `EC | 5`, `Studielast: 5 EC`.
    private static let ecAfterLabel = try! NSRegularExpression(
        pattern: #"(?:^|\|)\s*(?:ec|ects|studiepunten|studielast|omvang)\s*[:|]?\s*(\d{1,2}(?:[.,]\d)?)\b"#,
        options: [.caseInsensitive])
    /// `Leerjaar: 2`, `Studiejaar | 1`, `Jaar 2` at the start of a passage or cell.
    private static let yearPattern = try! NSRegularExpression(
        pattern: #"(?:^|\|)\s*(?:leerjaar|studiejaar|jaar)\s*[:|]?\s*(\d)\b"#, options: [.caseInsensitive])
    /// `Semester: 1`, `Periode 3`, `Blok | 2`, also after a comma (`Jaar 1, semester 2`).
    private static let semesterPattern = try! NSRegularExpression(
        pattern: #"(?:^|[|,(;]|\s)\s*(?:semester|periode|blok|onderwijsperiode|kwartiel)\s*[:|]?\s*(\d)\b"#,
        options: [.caseInsensitive])
    /// `Schaal 8`, `Salarisschaal: 9`, `Functieschaal | 7`, `FWG 45`, `Functieniveau: 6`.
    private static let scalePattern = try! NSRegularExpression(
        pattern: #"\b((?:salaris|functie)?schaal|fwg(?:-schaal)?|functieniveau)\s*[:|]?\s*(\d{1,3})\b"#,
        options: [.caseInsensitive])
}
