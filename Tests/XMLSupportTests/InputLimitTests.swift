import Core
import Foundation
import Testing
@testable import XMLSupport

#if canImport(Glibc)
import Glibc
#endif

/// Every XML input is read through one size-capped reader and held to attribute limits before
/// libxml2 sees it (issue 10, items 5 and 6).
@Suite struct InputLimitTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-limits-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func parseError(_ path: String, limits: XMLLimits = .standard) -> XMLError? {
        do {
            _ = try XMLDocument.parse(path: path, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Size and kind of file (item 6)

    /// A sparse 3 GB file: refused from its size alone, before any byte is read or allocated
    /// (the old reader took 6.3 GB of memory to say "too large").
    @Test func sparseThreeGigabyteFileIsRefusedBeforeReading() throws {
        let path = folder + "/bukti.xml"
        let fd = open(path, O_CREAT | O_WRONLY, 0o644)
        try #require(fd >= 0)
        try #require(ftruncate(fd, 3 << 30) == 0)
        close(fd)
        let error = try #require(parseError(path))
        #expect(error.code == .unreadable)
        #expect(error.diagnostics.first?.file == path)
        #expect(error.description.contains("file is 3221225472 bytes; the limit for an XML input is 8388608 bytes"))
    }

    @Test func fileAtTheLimitIsReadAndOneByteMoreIsRefused() throws {
        let limits = XMLLimits(maximumFileSize: 64, maximumAttributesPerElement: 10, maximumAttributes: 10)
        let body = "<r>" + String(repeating: "x", count: 64 - 7) + "</r>"
        #expect(parseError(try write("exact.xml", body), limits: limits) == nil)
        let error = try #require(parseError(try write("over.xml", body + "\n"), limits: limits))
        #expect(error.code == .unreadable)
        #expect(error.description.contains("file is 65 bytes; the limit for an XML input is 64 bytes"))
        // Bytes already in memory are held to the same limit.
        #expect(throws: XMLError.self) { try XMLDocument.parse(bytes: Array((body + "\n").utf8), path: "x", limits: limits) }
    }

    /// A FIFO with no writer: opening must not block, and it is refused as not a regular file.
    @Test func namedPipeIsRefusedWithoutBlocking() throws {
        let path = folder + "/pipe.xml"
        try #require(mkfifo(path, 0o644) == 0)
        let error = try #require(parseError(path))
        #expect(error.code == .unreadable)
        #expect(error.description.contains("named pipe (FIFO)"))
    }

    @Test func characterDeviceIsRefused() throws {
        let error = try #require(parseError("/dev/zero"))
        #expect(error.code == .unreadable)
        #expect(error.description.contains("/dev/zero:0:0: error: is not a regular file"))
    }

    @Test func symbolicLinkIsFollowedOnlyWhenAllowed() throws {
        let target = try write("target.xml", "<r/>")
        let link = folder + "/link.xml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try XMLDocument.parse(path: link).root.name == "r")
        let error = try #require(#expect(throws: XMLError.self) { try XMLDocument.parse(path: link, followSymlinks: false) })
        #expect(error.code == .unreadable)
        #expect(error.description.contains("is a symbolic link"))
    }

    @Test func diagnosticsNameTheFileAsShown() throws {
        let path = folder + "/missing.xml"
        let error = try #require(#expect(throws: XMLError.self) {
            try XMLDocument.parse(path: path, shownAs: "S01/bukti.xml")
        })
        #expect(error.description == "S01/bukti.xml:0:0: error: cannot read file: no such file")
    }

    // MARK: - Attributes (item 5)

    /// The scenario: 150,000 attributes on one element of a 1.7 MB bukti.xml took
    /// 229 s and printed 150,003 lines. Now: one diagnostic naming the element and its line.
    @Test func oneHundredFiftyThousandAttributesOnOneElementAreRefused() throws {
        let attributes = (0..<150_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let path = try write("bukti.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <bukti xmlns="urn:patuh:bukti:1">
              <dokumen berkas="x.pdf" \(attributes)/>
            </bukti>
            """)
        let error = try #require(parseError(path))
        #expect(error.code == .forbidden)
        #expect(error.diagnostics.count == 1)
        #expect(error.description == "\(path):3:3: error: <dokumen> has 150001 attributes; Patuh accepts at most 100 on one element")
    }

    @Test func tooManyAttributesInAllAreRefusedAtTheElementThatCrossesTheLimit() throws {
        let limits = XMLLimits(maximumFileSize: 1 << 20, maximumAttributesPerElement: 5, maximumAttributes: 12)
        let element = "<e a=\"1\" b=\"2\" c=\"3\" d=\"4\"/>"
        let path = try write("many.xml", "<r>\n" + Array(repeating: element, count: 4).joined(separator: "\n") + "\n</r>")
        let error = try #require(parseError(path, limits: limits))
        #expect(error.code == .forbidden)
        #expect(error.diagnostics.first?.line == 5)
        #expect(error.description.contains("the document has more than 12 attributes (at <e>)"))
        #expect(parseError(path, limits: XMLLimits(maximumFileSize: 1 << 20, maximumAttributesPerElement: 5,
                                                   maximumAttributes: 16)) == nil)
    }

    /// Quotes, '>' inside values, comments, CDATA and processing instructions do not fool the count.
    @Test func onlyRealAttributesCount() throws {
        let limits = XMLLimits(maximumFileSize: 1 << 20, maximumAttributesPerElement: 3, maximumAttributes: 100)
        let path = try write("tricky.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <?pi a="1" b="2" c="3" d="4"?>
            <r xmlns="urn:x" a='say "hi" > there' b="it's">
              <!-- <c a="1" b="2" c="3" d="4"/> -->
              <![CDATA[ <c a="1" b="2" c="3" d="4"/> ]]>
              <c a="1" b="2"
                 c="3">text with "quotes" and it's fine</c>
            </r>
            """)
        #expect(parseError(path, limits: limits) == nil)
        let over = try write("over.xml", "<r>\n  <c a=\"1\" b=\"2\" c=\"3\" d=\"4\"/>\n</r>")
        #expect(parseError(over, limits: limits)?.description == "\(over):2:3: error: <c> has 4 attributes; Patuh accepts at most 3 on one element")
    }
}
