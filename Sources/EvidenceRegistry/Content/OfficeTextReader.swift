import XMLSupport

/// Reads the text of a word-processing document, one line per paragraph: DOCX
/// (`word/document.xml`: `w:p` paragraphs, `w:t` text, `w:tab`, `w:br`) and ODT (`content.xml`:
/// `text:p` and `text:h`, `text:s` spaces, `text:tab`, `text:line-break`). Tables contribute
/// their paragraphs; fields, macros and embedded objects are never run, only their text read.
public struct OfficeTextReader: Sendable {
    public enum Format: Sendable {
        case docx, odt
    }

    public var format: Format
    public var limits: ContentLimits

    public init(format: Format, limits: ContentLimits = .standard) {
        self.format = format
        self.limits = limits
    }

    public func read(_ bytes: [UInt8]) -> ContentRead {
        let zip: ZipEntries
        switch ZipEntries.open(bytes, limits: limits) {
        case .success(let opened): zip = opened
        case .failure(let problem): return .malformed(problem)
        }
        let part = format == .docx ? "word/document.xml" : "content.xml"
        switch zip.xml(part) {
        case .failure(let problem): return .malformed(problem)
        case .success(let document):
            var collector = Collector(format: format, limit: limits.maximumTextSize)
            collector.walk(document.root)
            collector.endParagraph()
            if collector.overflow { return .malformed(.tooLarge(size: collector.size, limit: limits.maximumTextSize)) }
            return .content(.text(ContentText(lines: collector.lines)))
        }
    }

    /// Gathers paragraphs in document order, iteratively (a deeply nested document cannot
    /// exhaust the stack).
    private struct Collector {
        let format: Format
        let limit: Int
        var lines: [ContentLine] = []
        var current = ""
        var size = 0
        var overflow = false

        init(format: Format, limit: Int) {
            self.format = format
            self.limit = limit
        }

        mutating func walk(_ root: XMLElement) {
            // A stack of (element, next child): an element is entered before its children and
            // left after them, and in ODT the text after a child (its tail) follows the child,
            // so mixed content (`a<text:span>b</text:span>c`) reads in document order.
            var stack: [(XMLElement, Int)] = [(root, 0)]
            enter(root, parent: nil)
            while !stack.isEmpty, !overflow {
                let (element, next) = stack[stack.count - 1]
                if next < element.children.count {
                    stack[stack.count - 1].1 = next + 1
                    let child = element.children[next]
                    enter(child, parent: element)
                    stack.append((child, 0))
                } else {
                    stack.removeLast()
                    leave(element, parent: stack.last?.0)
                }
            }
        }

        /// ODT elements whose own text is document text (between their children).
        private static let odtTextContainers: Set<String> = ["p", "h", "span", "a", "ruby-base", "meta", "bookmark-ref",
                                                             "reference-ref", "note-citation"]

        private mutating func enter(_ element: XMLElement, parent: XMLElement?) {
            switch (format, element.name) {
            case (.docx, "t"), (.docx, "delText"): append(element.text)
            case (.docx, "tab"):
                // A w:tab in w:tabs is a tab stop of the paragraph's properties, not a tab.
                if parent?.name != "tabs" { append("\t") }
            case (.odt, "tab"): append("\t")
            case (.docx, "br"), (.docx, "cr"), (.odt, "line-break"): append(" ")
            case (.odt, "s"):
                let count = min(element[attribute: "c"].flatMap { Int($0) } ?? 1, 100)
                append(String(repeating: " ", count: max(count, 1)))
            case (.odt, let name) where Self.odtTextContainers.contains(name):
                append(element.leadingText)
            default: break
            }
        }

        private mutating func leave(_ element: XMLElement, parent: XMLElement?) {
            switch (format, element.name) {
            case (.docx, "p"), (.odt, "p"), (.odt, "h"): endParagraph()
            default: break
            }
            if format == .odt, let parent, Self.odtTextContainers.contains(parent.name) { append(element.tail) }
        }

        private mutating func append(_ text: String) {
            size += text.utf8.count
            if size > limit { overflow = true; return }
            current += text
        }

        mutating func endParagraph() {
            let text = current.trimmedCell
            if !text.isEmpty { lines.append(ContentLine(number: lines.count + 1, text: text)) }
            current = ""
        }
    }
}
