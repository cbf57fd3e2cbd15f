import XMLSupport
import Core

/// Writes a ``SealRecord`` as the bytes of a seal file: deterministic (the same record gives
/// the same bytes), files in byte order of their paths, one element per line.
///
/// Paths and notes are escaped; a tab, line feed or carriage return in an attribute is written
/// as a character reference so that it reads back unchanged. Other control characters cannot be
/// carried by XML 1.0: such a record is refused.
public enum SealFileWriter {
    /// A value XML 1.0 cannot carry.
    public struct Unrepresentable: Error, Sendable, Hashable {
        /// The path or note that holds the character.
        public var value: String
    }

    /// The document's text.
    public static func text(_ record: SealRecord) throws(Unrepresentable) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<segel xmlns="\#(SealRecord.namespace)" versi="\#(SealRecord.formatVersion)">"#,
            "  <waktu>\(record.instant.iso8601(in: record.zone))</waktu>",
            "  <catatan>\(try escape(record.note, attribute: false))</catatan>",
            #"  <katalog versi="\#(try escape(record.catalogVersion))"/>"#,
        ]
        for path in record.answerFiles {
            lines.append(#"  <jawaban path="\#(try escape(path.string))"/>"#)
        }
        for file in record.files {
            var line = #"  <berkas path="\#(try escape(file.path.string))" ukuran="\#(file.size)" sha256="\#(file.sha256)""#
            if !file.rules.isEmpty { line += #" aturan="\#(try escape(file.rules.joined(separator: " ")))""# }
            lines.append(line + "/>")
        }
        if let signature = record.signature {
            lines.append(#"  <tanda-tangan algoritma="\#(try escape(signature.algorithm))" kunci="\#(try escape(signature.key))">"#
                + "\(try escape(signature.value, attribute: false))</tanda-tangan>")
        }
        lines.append("</segel>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The document's bytes (UTF-8).
    public static func bytes(_ record: SealRecord) throws(Unrepresentable) -> [UInt8] {
        Array(try text(record).utf8)
    }

    /// `value` escaped for an attribute (or, with `attribute: false`, for element text).
    static func escape(_ value: String, attribute: Bool = true) throws(Unrepresentable) -> String {
        guard XMLWriter.isRepresentable(value) else { throw Unrepresentable(value: value) }
        return XMLWriter.escape(value, attribute: attribute)
    }
}
