import Foundation

/// Recognises an OLE compound file (Compound File Binary, starting `D0 CF 11 E0 A1 B1 1A E1`)
/// where a DOCX or ODT was expected.
///
/// Word saves a document with a password as such a file, holding the encrypted zip in a stream
/// named `EncryptedPackage`; any other OLE file is an old Office format such as `.doc`.
enum OLEContainer {
    /// The eight bytes every compound file starts with.
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The stream name of an encrypted Office document, as the directory stores it (UTF-16LE).
    static let encryptedPackage = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// Returns when the file at `url` is no OLE file (or cannot be read; the zip reader then
    /// reports that).
    ///
    /// - Throws: `passwordProtected` for an encrypted Office document, `unsupportedFormat` for
    ///   another OLE file.
    static func refuse(_ url: URL, displayPath: String) throws(IngestError) {
        guard let file = try? FileHandle(forReadingFrom: url) else { return }
        defer { try? file.close() }
        guard let head = try? file.read(upToCount: signature.count), head.elementsEqual(signature) else { return }
        // The directory may lie anywhere; the caller has bounded the file's size.
        let rest = (try? file.readToEnd()) ?? Data()
        if rest.range(of: encryptedPackage) != nil {
            throw .passwordProtected(file: displayPath, detail: "Word heeft het als versleuteld OLE-bestand bewaard")
        }
        throw .unsupportedFormat(
            file: displayPath,
            detail:
                "een ouder Office-bestand (OLE, zoals .doc), geen DOCX of ODT; "
                + "zet het om, bijvoorbeeld met LibreOffice: soffice --headless --convert-to docx '\(displayPath)'")
    }
}
