import CXLSXWriter
import DekkingCore
import Foundation

/// The one owner of a libxlsxwriter workbook: every C call of the package goes through this type,
/// ``XLSXSheet`` and ``XLSXFormat``, and no C pointer leaves them.
///
/// libxlsxwriter builds the whole workbook in memory and writes the file in `workbook_close`, which
/// also frees the workbook and every sheet and format in it. So:
/// - ``close()`` calls `workbook_close` exactly once and reports its error; later calls, and any
///   use of a sheet or format of this workbook afterwards, throw ``XLSXError/workbookClosed(operation:)``;
/// - a workbook released without ``close()`` (after an error, say) is freed in `deinit` with
///   `lxw_workbook_free`, without writing a file;
/// - sheets and formats keep their workbook alive (a strong reference), so a handle can never
///   outlive the memory it points into.
///
/// Not thread-safe: build a workbook on one thread.
final class XLSXWorkbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// Where the file will be written by ``close()``.
    let path: String

    /// A new, empty workbook that ``close()`` will write to `path`.
    /// - Parameter creationDate: the creation date stored in the file and in its zip entries; a
    ///   fixed date makes the bytes depend on the content only.
    /// - Parameter constantMemory: write each row to disk as soon as a later row is begun, so that
    ///   memory does not grow with the rows (libxlsxwriter's `constant_memory`); rows must then be
    ///   written top to bottom, and text is stored in the cells instead of a shared table.
    init(path: String, creationDate: Date? = nil, constantMemory: Bool = false) throws(XLSXError) {
        self.path = path
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? UInt8(LXW_TRUE.rawValue) : UInt8(LXW_FALSE.rawValue)
        guard let handle = workbook_new_opt(path, &options) else { throw .cannotCreateWorkbook(path: path) }
        self.handle = handle
        if let creationDate {
            var properties = lxw_doc_properties()
            properties.created = time_t(creationDate.timeIntervalSince1970)
            try check(workbook_set_properties(handle, &properties), "workbook_set_properties")
        }
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// Whether ``close()`` has not run yet.
    var isOpen: Bool { handle != nil }

    /// Adds a worksheet named `name`, which must be a valid, unused sheet name (see ``XLSXSheetName``).
    func addSheet(named name: String) throws(XLSXError) -> XLSXSheet {
        let workbook = try open("workbook_add_worksheet")
        try check(workbook_validate_sheet_name(workbook, name), "workbook_validate_sheet_name(\(name))")
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw .libraryCall(operation: "workbook_add_worksheet(\(name))", code: -1, message: "geen werkblad")
        }
        return XLSXSheet(workbook: self, handle: sheet)
    }

    /// Adds a cell format built from `style`.
    func addFormat(_ style: XLSXStyle) throws(XLSXError) -> XLSXFormat {
        let workbook = try open("workbook_add_format")
        guard let format = workbook_add_format(workbook) else {
            throw .libraryCall(operation: "workbook_add_format", code: -1, message: "geen opmaak")
        }
        style.apply(to: format)
        return XLSXFormat(workbook: self, handle: format)
    }

    /// Writes the file and frees the workbook; call once.
    ///
    /// libxlsxwriter prints a message of its own on standard error when it cannot create the file,
    /// so the file is created here first: the usual causes (a missing folder, no permission, a
    /// read-only or full disk) are then one error of ours, and nothing reaches the terminal raw.
    /// - Throws: ``XLSXError/cannotWrite(path:reason:)`` when the file cannot be created,
    ///   ``XLSXError/libraryCall(operation:code:message:)`` when writing it fails later (the
    ///   workbook is freed all the same).
    func close() throws(XLSXError) {
        let workbook = try open("workbook_close")
        handle = nil  // from here on the workbook is freed whatever happens
        let probe = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard probe >= 0 else {
            let reason = WriteFailureReason.text(errno: errno)
            lxw_workbook_free(workbook)
            throw .cannotWrite(path: path, reason: reason)
        }
        Foundation.close(probe)
        // The library's own "[ERROR] …" line is replaced by the typed error below.
        let ((status, failure), _) = LibraryMessages.silenced { () -> (lxw_error, Int32) in
            errno = 0
            let status = workbook_close(workbook)
            return (status, errno)
        }
        // A disk that fills up while the zip is written: libxlsxwriter says "zip error"; the
        // system error it leaves behind says what happened.
        if status != LXW_NO_ERROR, [ENOSPC, EDQUOT, EROFS, EIO, EFBIG].contains(failure) {
            throw .cannotWrite(path: path, reason: WriteFailureReason.text(errno: failure))
        }
        try check(status, "workbook_close(\(path))")
    }

    /// The workbook pointer, or an error naming `operation` when the workbook is closed.
    func open(_ operation: String) throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw .workbookClosed(operation: operation) }
        return handle
    }

    /// Turns a libxlsxwriter status into a typed error naming `operation`.
    func check(_ status: lxw_error, _ operation: String) throws(XLSXError) {
        guard status != LXW_NO_ERROR else { return }
        let message = lxw_strerror(status).map { String(cString: $0) } ?? ""
        throw .libraryCall(operation: operation, code: Int32(status.rawValue), message: message)
    }
}

/// A cell format owned by an ``XLSXWorkbook``.
struct XLSXFormat {
    fileprivate let workbook: XLSXWorkbook
    fileprivate let handle: UnsafeMutablePointer<lxw_format>

    /// The C format for a call of the same workbook, checked to be still open.
    func pointer(in owner: XLSXWorkbook, _ operation: String) throws(XLSXError) -> UnsafeMutablePointer<lxw_format> {
        guard owner === workbook else {
            throw .libraryCall(operation: operation, code: -1, message: "opmaak van een andere werkmap")
        }
        _ = try workbook.open(operation)
        return handle
    }
}
