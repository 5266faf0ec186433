/// Why a workbook could not be built or written.
public enum XLSXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A libxlsxwriter call returned an error code.
    case libraryCall(operation: String, code: Int32, message: String)
    /// libxlsxwriter could not create the workbook in memory.
    case cannotCreateWorkbook(path: String)
    /// The workbook was used after ``XLSXWorkbook/close()``.
    case workbookClosed(operation: String)
    /// A row or column lies outside what a worksheet can hold.
    case cellOutOfRange(operation: String, row: Int, column: Int)
    /// The folder for the file could not be made, or the finished file could not be moved into place.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .libraryCall(let operation, let code, let message):
            "Excel-bestand: \(operation) mislukt (libxlsxwriter-fout \(code): \(message))"
        case .cannotCreateWorkbook(let path):
            "\(path): Excel-bestand kan niet worden aangemaakt"
        case .workbookClosed(let operation):
            "Excel-bestand: \(operation) na het sluiten van de werkmap"
        case .cellOutOfRange(let operation, let row, let column):
            "Excel-bestand: \(operation): cel (rij \(row), kolom \(column)) valt buiten het werkblad"
        case .cannotWrite(let path, let reason):
            "\(path): kan niet worden geschreven: \(reason)"
        }
    }
}
