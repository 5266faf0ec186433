/// Why the sentence encoder could not be set up, or could not embed a text.
///
/// ``description`` is one Dutch sentence for the user that names the file concerned and what to
/// do; the encoder never crashes on a missing or broken install, it throws one of these.
public enum EncoderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder holds no engine library (`_engine*.so`).
    case libraryMissing(folder: String)
    /// The engine library is there, but `dlopen` refused it; `reason` is the loader's message.
    case libraryNotLoadable(path: String, reason: String)
    /// The engine library lacks a function of the C interface (another version of the engine).
    case symbolMissing(name: String, library: String)
    /// The folder holds no model file (`e5-small-q4.bin`).
    case modelMissing(path: String)
    /// The model file is there, but the engine could not load it (damaged or of another version).
    case modelNotLoadable(path: String)
    /// The engine reported an error (`code`) while embedding.
    case embeddingFailed(code: Int)

    public var description: String {
        switch self {
        case .libraryMissing(let folder):
            "geen encoderbibliotheek (_engine*.so) in \(folder); \(Self.remedy)"
        case .libraryNotLoadable(let path, let reason):
            "de encoderbibliotheek \(path) kan niet worden geladen: \(reason)"
        case .symbolMissing(let name, let library):
            "de encoderbibliotheek \(library) mist de functie \(name); verkeerde versie? \(Self.remedy)"
        case .modelMissing(let path):
            "geen encodermodel op \(path); \(Self.remedy)"
        case .modelNotLoadable(let path):
            "het encodermodel \(path) kan niet worden geladen (beschadigd of van een andere versie); \(Self.remedy)"
        case .embeddingFailed(let code):
            "de encoder kon de tekst niet omzetten in een vector (foutcode \(code))"
        }
    }

    /// What the user can do about a missing or broken install.
    private static let remedy =
        "installeer de encoder met scripts/ensure-deps.sh of wijs met DEKKING_ENCODER_DIR een map aan"
}
