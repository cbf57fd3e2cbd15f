/// Chooses the reader for a document by its extension: CSV, XLSX, DOCX, ODT, PDF or plain
/// text. Every reader works on bytes already read under ``ContentLimits``.
public struct ContentReader: Sendable {
    public var limits: ContentLimits
    public var pdf: PDFTextReader

    public init(limits: ContentLimits = .standard, pdf: PDFTextReader? = nil) {
        self.limits = limits
        self.pdf = pdf ?? PDFTextReader(limits: limits)
    }

    /// The formats read, by lower-case extension.
    public enum Format: String, Sendable, CaseIterable {
        case csv, xlsx, docx, odt, pdf, txt

        public init?(fileName: String) {
            guard let dot = fileName.lastIndex(of: ".") else { return nil }
            let ext = fileName[fileName.index(after: dot)...].lowercased()
            switch ext {
            case "csv": self = .csv
            case "xlsx", "xlsm": self = .xlsx
            case "docx", "docm": self = .docx
            case "odt": self = .odt
            case "pdf": self = .pdf
            case "txt", "md": self = .txt
            default: return nil
            }
        }
    }

    /// Reads `bytes` of a file named `fileName`.
    public func read(_ bytes: [UInt8], fileName: String) -> ContentRead {
        guard let format = Format(fileName: fileName) else { return .notChecked(.unsupportedFormat) }
        return read(bytes, format: format)
    }

    public func read(_ bytes: [UInt8], format: Format) -> ContentRead {
        guard bytes.count <= limits.maximumFileSize else {
            return .malformed(.tooLarge(size: bytes.count, limit: limits.maximumFileSize))
        }
        switch format {
        case .csv: return CSVReader(limits: limits).read(bytes)
        case .xlsx: return XLSXReader(limits: limits).read(bytes)
        case .docx: return OfficeTextReader(format: .docx, limits: limits).read(bytes)
        case .odt: return OfficeTextReader(format: .odt, limits: limits).read(bytes)
        case .pdf: return pdf.read(bytes)
        case .txt:
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let line = CSVReader.firstInvalidUTF8Line(body) { return .malformed(.invalidUTF8(line: line)) }
            return .content(.text(ContentText(splitting: String(decoding: body, as: UTF8.self))))
        }
    }
}
