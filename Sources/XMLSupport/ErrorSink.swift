import CLibXML2
import Core

/// Collects libxml2's structured errors as diagnostics, so nothing reaches stderr.
final class ErrorSink {
    let file: String
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Set when the parser met a DOCTYPE and was stopped.
    var sawDoctype = false

    init(file: String) {
        self.file = file
    }

    func add(line: Int, column: Int, message: String) {
        diagnostics.append(XMLDiagnostic(file: file, line: line, column: column, message: message))
    }

    /// Records one libxml2 error.
    func record(_ error: xmlError) {
        guard error.level != XML_ERR_NONE, error.level != XML_ERR_WARNING else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown XML error"
        message = message.trimmingTrailingWhitespace()
        var line = Int(error.line)
        if let node = error.node?.assumingMemoryBound(to: xmlNode.self) {
            let nodeLine = Int(xmlGetLineNo(node))
            if nodeLine > 0 { line = nodeLine }
        }
        // Parser errors put the column in int2; schema errors have none.
        let column = error.domain == Int32(XML_FROM_PARSER.rawValue) ? Int(error.int2) : 0
        add(line: line, column: column, message: message)
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> ErrorSink? {
        pointer.map { Unmanaged<ErrorSink>.fromOpaque($0).takeUnretainedValue() }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
