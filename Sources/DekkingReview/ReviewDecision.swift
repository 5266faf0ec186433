import DekkingMatching
import DekkingModel
import Foundation

/// A refused request: the HTTP status and a message in Dutch for the page.
public struct ReviewRefusal: Error, Hashable, Sendable {
    public var status: Int
    public var message: String

    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// One decision sent by the review page, checked against the run before anything is written.
public struct ReviewDecision: Hashable, Sendable {
    public var document: String
    public var item: String
    public var decision: OverrideDecision
    public var note: String?

    /// The largest request body read; a larger one is refused unread.
    public static let maximumBodyBytes = 16 * 1024

    private struct Body: Decodable {
        var document: String
        var item: String
        var decision: String
        var note: String?
    }

    /// Parses and checks a request body: JSON `{"document", "item", "decision", "note"}` with a
    /// document and an item of this run, `confirmed` or `rejected`, and a note of at most
    /// ``OverrideFile/maximumNoteLength`` characters without control characters other than line
    /// breaks.
    public init(json: Data, items: ReviewItems) throws(ReviewRefusal) {
        guard json.count <= Self.maximumBodyBytes else {
            throw ReviewRefusal(413, "het verzoek is te groot (meer dan \(Self.maximumBodyBytes) bytes)")
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: json)
        } catch {
            throw ReviewRefusal(400, "het verzoek is geen geldige beslissing (JSON met document, item en decision)")
        }
        guard items.contains(document: body.document) else {
            throw ReviewRefusal(422, "onbekend document '\(body.document.prefix(80))' in deze run")
        }
        guard items.contains(item: body.item, of: body.document) else {
            throw ReviewRefusal(
                422, "onbekende indicator, competentie of uitspraak '\(body.item.prefix(80))' voor \(body.document)")
        }
        guard let decision = OverrideDecision(rawValue: body.decision) else {
            throw ReviewRefusal(
                422, "onbekende beslissing '\(body.decision.prefix(40))': gebruik confirmed of rejected")
        }
        let note = body.note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard note.count <= OverrideFile.maximumNoteLength else {
            throw ReviewRefusal(422, "de notitie is langer dan \(OverrideFile.maximumNoteLength) tekens")
        }
        guard !note.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" })
        else {
            throw ReviewRefusal(422, "de notitie bevat stuurtekens")
        }
        self.document = body.document
        self.item = body.item
        self.decision = decision
        self.note = note.isEmpty ? nil : note
    }
}
