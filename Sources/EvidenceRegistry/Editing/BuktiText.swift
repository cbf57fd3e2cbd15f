public import Core
import XMLSupport

/// Writes one `<dokumen>` entry into the text of a `bukti.xml`, leaving every other byte as it
/// was: the other entries, comments, white space and the XML declaration. A pure function of
/// the old text and the entry; the caller validates the result (``BuktiReader/read(bytes:shownPath:)``)
/// before anything is written.
///
/// ## Topics
/// - ``upsert(_:into:)``
/// - ``render(_:indent:)``
public enum BuktiText {
    /// The text of a new `bukti.xml` holding no entry.
    public static let empty = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Metadata bukti folder ini (urn:patuh:bukti:1); diubah oleh patuh bukti catat|sahkan. -->
        <bukti xmlns="urn:patuh:bukti:1">
        </bukti>

        """

    /// `existing` (or a new file) with the entry for `entry.fileName` replaced by `entry`, or
    /// `entry` appended as the last `<dokumen>` when the file has none for that name. `nil` when
    /// `existing` has no `<bukti>` document element to write into.
    public static func upsert(_ entry: BuktiEntry, into existing: [UInt8]?) -> [UInt8]? {
        let bytes = existing ?? Array(empty.utf8)
        let spans = XMLTextSpans.scan(bytes)
        guard let rootIndex = spans.spans.firstIndex(where: { $0.depth == 0 }),
              spans.spans[rootIndex].localName == "bukti" else { return nil }
        let root = spans.spans[rootIndex]
        if let index = spans.children(of: rootIndex).first(where: {
            spans.spans[$0].localName == "dokumen" && spans.spans[$0][attribute: "berkas"] == entry.fileName
        }) {
            let indent = spans.indentation(of: index, in: bytes)
            return XMLTextSpans.replacing(spans.spans[index].outer, with: render(entry, indent: indent), in: bytes)
        }
        let siblings = spans.children(of: rootIndex)
        let indent = siblings.last.map { spans.indentation(of: $0, in: bytes) } ?? "  "
        let element = render(entry, indent: indent)
        if root.selfClosing {
            // `<bukti xmlns="…"/>`: open it up around the new entry.
            var tag = String(decoding: bytes[root.outer], as: UTF8.self)
            tag.removeLast(2)
            while tag.last == " " { tag.removeLast() }
            let rootIndent = spans.indentation(of: rootIndex, in: bytes)
            return XMLTextSpans.replacing(root.outer, with: "\(tag)>\n\(indent)\(element)\n\(rootIndent)</\(root.name)>",
                                          in: bytes)
        }
        // Before `</bukti>`: at the start of its line when only white space precedes it there.
        let end = root.inner.upperBound
        var lineStart = end
        while lineStart > 0, bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") {
            lineStart -= 1
        }
        if lineStart > 0, bytes[lineStart - 1] == UInt8(ascii: "\n") {
            return XMLTextSpans.replacing(lineStart..<lineStart, with: "\(indent)\(element)\n", in: bytes)
        }
        let rootIndent = spans.indentation(of: rootIndex, in: bytes)
        return XMLTextSpans.replacing(end..<end, with: "\n\(indent)\(element)\n\(rootIndent)", in: bytes)
    }

    /// One `<dokumen>` element, its children in the schema's order, continuation lines
    /// indented by `indent` plus two spaces.
    public static func render(_ entry: BuktiEntry, indent: String) -> String {
        let e = { (text: String) in XMLWriter.escape(text) }
        var open = "<dokumen" + XMLWriter.attributes([("berkas", entry.fileName),
                                                      ("aturan", entry.rules.isEmpty ? nil : entry.rules.joined(separator: " "))])
        var children: [String] = []
        func add(_ name: String, _ value: String?) {
            if let value { children.append("<\(name)>\(e(value))</\(name)>") }
        }
        add("nomor", entry.number)
        add("judul", entry.title)
        add("tanggal", entry.date?.description)
        add("berlaku-mulai", entry.validFrom?.description)
        add("berlaku-sampai", entry.validUntil?.description)
        if let ratified = entry.ratifiedBy {
            let attributes = XMLWriter.attributes([("jabatan", ratified.position), ("tanggal", ratified.date?.description)])
            children.append("<disahkan-oleh\(attributes)>\(e(ratified.name))</disahkan-oleh>")
        }
        add("catatan", entry.note)
        guard !children.isEmpty else { return open + "/>" }
        return ([open + ">"] + children.map { "\(indent)  \($0)" } + ["\(indent)</dokumen>"]).joined(separator: "\n")
    }
}
