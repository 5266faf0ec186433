import DekkingCore
import Foundation

/// What detection decided about a document: kind, level and title, with confidences in 0…1.
public struct Detection: Hashable, Sendable {
    public var kind: DocumentKind
    public var kindConfidence: Double
    public var level: LevelID?
    public var levelConfidence: Double
    public var title: String
}

/// Detects a document's kind and level from its vocabulary, and its title.
///
/// Kind: weighted cue phrases (``KindCues``) counted in the text, with headings counting three
/// times, as does the declared title, plus kwalificatiedossier codes (`B1-K1-W1`) and, for a
/// vacancy, working hours in brackets and a text that addresses its reader (``VacancySignals``);
/// below a minimum score the kind is `overig`.
/// Level: mbo and hbo cues (``LevelCues``); a kwalificatiedossier adds to mbo. Confidence grows with
/// the winner's score and its margin over the runner-up.
/// Title: the declared title, else the first heading, else the file stem.
/// Only the opening of the document (2,000 blocks, 200,000 characters) is read.
public enum DocumentDetector {
    /// The least score for a kind or level to be chosen.
    static let minimumScore = 3.0
    /// How much text, from the start, detection reads.
    static let sampleCharacters = 200_000

    public static func detect(blocks: [TextBlock], declaredTitle: String?, fileStem: String) -> Detection {
        // The opening of a document says what it is; reading at most this much keeps detection fast on huge files.
        let sample = blocks.prefix(2_000)
        // The lower-cased blocks joined by line feeds, and the headings among them likewise,
        // written straight into the byte buffers that cues are counted in.
        var text: [UInt8] = []
        var headingBytes: [UInt8] = []
        var headings: [TextBlock] = []
        // A declared title (the HTML page's or the file's own) says what the document is as a heading does.
        if let declaredTitle {
            declaredTitle.appendLowercasedUTF8(to: &headingBytes)
        }
        for (number, block) in sample.enumerated() {
            if number > 0 { text.append(0x0A) }
            let start = text.count
            block.text.appendLowercasedUTF8(to: &text)
            guard case .heading = block.kind else { continue }
            if !headingBytes.isEmpty { headingBytes.append(0x0A) }
            headingBytes += text[start...]
            headings.append(block)
        }
        // A string has no more Characters than UTF-8 bytes, so a short text is its own prefix.
        let body =
            text.count <= sampleCharacters
            ? CueCounter.Text(bytes: text)
            : CueCounter.Text(String(String(decoding: text, as: UTF8.self).prefix(sampleCharacters)))
        let headingText = CueCounter.Text(bytes: headingBytes)
        let counter = CueCounter()

        var kindScores: [(DocumentKind, Double)] = KindCues.table.map { kind, cues in
            (kind, counter.score(cues, in: body) + 2 * counter.score(cues, in: headingText))
        }
        let codeCount = sample.reduce(0) {
            $0 + (StructuralCode.leading(in: $1.text).map { [.werkproces, .kerntaak].contains($0.kind) ? 1 : 0 } ?? 0)
        }
        if let index = kindScores.firstIndex(where: { $0.0 == .kwalificatiedossier }) {
            kindScores[index].1 += Double(min(codeCount, 10)) * 2
        }
        if let index = kindScores.firstIndex(where: { $0.0 == .vacature }) {
            kindScores[index].1 += VacancySignals.score(
                body.bytes, cueScore: kindScores[index].1, minimumScore: minimumScore)
        }
        kindScores.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rawValue < $1.0.rawValue }
        let (kind, kindConfidence) = decide(kindScores.map { ($0.0, $0.1) }) ?? (.overig, 0.5)

        var levelScores: [(LevelID, Double)] = LevelCues.table.map { level, cues in
            (level, counter.score(cues, in: body))
        }
        if kind == .kwalificatiedossier, let index = levelScores.firstIndex(where: { $0.0 == "mbo" }) {
            levelScores[index].1 += 5
        }
        levelScores.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let level = decide(levelScores)

        let firstHeading = headings.first { LineClassifier.wordCount($0.text) <= 20 }?.text
        let title =
            [declaredTitle, firstHeading].compactMap { $0?.collapsingWhitespace() }.first { !$0.isEmpty } ?? fileStem
        return Detection(
            kind: kind, kindConfidence: kindConfidence, level: level?.0, levelConfidence: level?.1 ?? 0, title: title)
    }

    /// The winner of scores sorted high to low with its confidence, or nil when no score is high enough.
    static func decide<T>(_ sorted: [(T, Double)]) -> (T, Double)? {
        guard let top = sorted.first, top.1 >= minimumScore else { return nil }
        let second = sorted.count > 1 ? sorted[1].1 : 0
        let margin = (top.1 - second) / top.1
        let strength = min(top.1, 20) / 20
        let confidence = (0.5 * margin + 0.5 * strength) * 100
        return (top.0, confidence.rounded() / 100)
    }
}
