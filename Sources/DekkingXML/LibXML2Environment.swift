import CLibXML2

/// Process-wide set-up of libxml2, done exactly once before the first parse.
///
/// > Warning: **Do not make this public.** It is the only place that touches libxml2's global state.
enum LibXML2Environment {
    /// Initialises libxml2 for use from several threads and installs an external-entity loader
    /// that refuses everything, so no file or URL is ever opened on behalf of a document.
    private static let initialised: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Makes sure ``initialised`` has run; cheap after the first call.
    static func prepare() { _ = initialised }
}
