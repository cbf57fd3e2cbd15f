/// What reading one document for a content check gave: its content, why it is malformed (a
/// finding), or why it could not be checked here (a visible notice, no failure).
public enum ContentRead: Sendable, Hashable, Codable {
    case content(ExtractedContent)
    case malformed(ContentReadProblem)
    case notChecked(ContentSkip)

    /// Whether the result depends only on the file's bytes, so it may be cached by hash (a
    /// missing `pdftotext` or a timeout depends on the machine).
    public var isCacheable: Bool {
        switch self {
        case .content, .malformed: true
        case .notChecked(let skip): skip == .unsupportedFormat || skip == .noTextLayer || skip == .notARegister
        }
    }
}

/// Why a document cannot be read as what its check expects: the structured reason, worded by
/// the front end in its language.
public enum ContentReadProblem: Error, Sendable, Hashable, Codable {
    /// Larger than the limit for a content read.
    case tooLarge(size: Int, limit: Int)
    /// Bytes that are not UTF-8, at a line.
    case invalidUTF8(line: Int)
    /// A quoted CSV field that never closes (from its line).
    case unclosedQuote(line: Int)
    /// Text after a closing quote of a CSV field.
    case textAfterQuote(line: Int)
    /// More rows or columns than the limit.
    case tooManyRows(limit: Int)
    case tooManyColumns(row: Int, limit: Int)
    /// A cell or line longer than the limit.
    case cellTooLarge(row: Int, limit: Int)
    /// No row with a value: no header.
    case emptyTable
    /// Not a ZIP archive (an XLSX, DOCX or ODT is one).
    case notAnArchive
    /// An entry the format needs is absent.
    case missingEntry(name: String)
    /// Too many entries, or an entry too large or compressed too well (a zip bomb).
    case archiveTooLarge(entry: String, limit: Int)
    /// An entry that cannot be decompressed or fails its checksum.
    case corruptEntry(name: String)
    /// An entry that is not well-formed XML (or has a DOCTYPE), at a line.
    case invalidXML(entry: String, line: Int)
    /// A cell that refers to a shared string that does not exist.
    case badSharedString(cell: String)
    /// A cell reference that is no column and row (`A1`).
    case badCellReference(cell: String)
    /// `pdftotext` failed on the file.
    case pdfFailed(status: Int)
    /// The file cannot be opened or read (its reason is the file's own finding).
    case unreadable
}

/// Why a document was not checked: a notice, never a failure.
public enum ContentSkip: String, Sendable, Hashable, Codable {
    /// A PDF, and `pdftotext` (poppler-utils) is not installed.
    case pdftotextUnavailable = "pdftotext-unavailable"
    /// `pdftotext` ran longer than the limit.
    case pdfTimeout = "pdf-timeout"
    /// A PDF without a text layer (a scan): the check falls to a person.
    case noTextLayer = "no-text-layer"
    /// A format Patuh does not read (an image, a legacy `.doc`/`.xls`).
    case unsupportedFormat = "unsupported-format"
    /// A register check on a text document (a PDF or DOCX register): the check falls to a person.
    case notARegister = "not-a-register"
    /// The file changed since it was indexed: it is checked at the next scan.
    case changedSinceScan = "changed-since-scan"
    /// The register a column refers to has no current document whose key column could be
    /// read (that rule reports why): the cross-reference is not checked.
    case referenceUnavailable = "reference-unavailable"
}
