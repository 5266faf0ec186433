import DekkingCore
import Foundation

/// Reads one file format into blocks.
///
/// A reader must never crash or hang on hostile input: it enforces its own limits (archive sizes,
/// nesting depth, time) and throws ``IngestError`` with the file and, where known, the place.
public protocol DocumentReader: Sendable {
    /// The format name, such as `docx`.
    var format: String { get }
    /// Reads the file at `url`; `displayPath` is how the user named it, for messages.
    func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText
}
