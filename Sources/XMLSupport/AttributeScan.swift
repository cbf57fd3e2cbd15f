/// Counts the attributes of every start tag in one linear pass over the raw bytes, before
/// libxml2 parses them.
///
/// libxml2 2.9 compares each attribute of an element with every other one, so a tag with
/// 150,000 attributes stalls it for minutes; no callback it offers runs before that work.
/// This scan only needs to be right for well-formed XML (anything else is refused by libxml2
/// right after): it skips comments, CDATA sections, processing instructions, declarations and
/// end tags, and counts one attribute per quoted value inside a start tag.
struct AttributeScan {
    /// An element over a limit: where its tag starts and what it exceeded.
    struct Excess: Error {
        var offset: Int
        var element: String
        var count: Int
        var isTotal: Bool
    }

    let limits: XMLLimits

    /// Scans `bytes`; `nil` when every limit holds.
    func excess(in bytes: UnsafeBufferPointer<UInt8>) -> Excess? {
        var cursor = Cursor(bytes: bytes)
        var total = 0
        while let start = cursor.next(UInt8(ascii: "<")) {
            if cursor.skipMarkup(at: start) { continue }
            let (name, count) = cursor.startTag(at: start)
            total += count
            if count > limits.maximumAttributesPerElement {
                return Excess(offset: start, element: name, count: count, isTotal: false)
            }
            if total > limits.maximumAttributes {
                return Excess(offset: start, element: name, count: total, isTotal: true)
            }
        }
        return nil
    }

    /// The 1-based line and column of a byte offset, as libxml2 counts them.
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// A position in the bytes with the few moves the scan needs; every move only goes forward.
private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Moves past the next `byte` and returns its offset.
    mutating func next(_ byte: UInt8) -> Int? {
        while index < bytes.count {
            defer { index += 1 }
            if bytes[index] == byte { return index }
        }
        return nil
    }

    func hasPrefix(_ prefix: StaticString, at offset: Int) -> Bool {
        guard offset + prefix.utf8CodeUnitCount <= bytes.count else { return false }
        for (index, byte) in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount).enumerated()
        where bytes[offset + index] != byte {
            return false
        }
        return true
    }

    /// Moves past `terminator`, or to the end.
    mutating func skip(past terminator: StaticString) {
        while let found = next(terminator.utf8Start.pointee) {
            if hasPrefix(terminator, at: found) {
                index = found + terminator.utf8CodeUnitCount
                return
            }
        }
    }

    /// Skips what starts at `start` (the `<`) if it is not a start tag; `true` when it did.
    mutating func skipMarkup(at start: Int) -> Bool {
        if hasPrefix("<!--", at: start) {
            index = start + 4
            skip(past: "-->")
        } else if hasPrefix("<![CDATA[", at: start) {
            index = start + 9
            skip(past: "]]>")
        } else if hasPrefix("<?", at: start) {
            index = start + 2
            skip(past: "?>")
        } else if hasPrefix("<!", at: start) || hasPrefix("</", at: start) {
            // A declaration (libxml2 refuses a DOCTYPE anyway) or an end tag: to the next '>'
            // outside quotes.
            _ = tagBody()
        } else {
            return false
        }
        return true
    }

    /// Reads the start tag beginning at `start`: its name and how many quoted values it holds.
    mutating func startTag(at start: Int) -> (name: String, attributes: Int) {
        let nameStart = index
        while index < bytes.count, !Cursor.endsName(bytes[index]) { index += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
        return (name, tagBody())
    }

    /// Moves past the `>` that ends a tag, skipping quoted values; returns how many it skipped.
    mutating func tagBody() -> Int {
        var quoted = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: ">"):
                return quoted
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quoted += 1
                _ = next(byte)
            case UInt8(ascii: "<"):
                // Not well-formed: let libxml2 say so; resume the scan at this '<'.
                index -= 1
                return quoted
            default:
                break
            }
        }
        return quoted
    }

    static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
             UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"):
            true
        default:
            false
        }
    }
}
