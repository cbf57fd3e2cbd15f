import Core
import Foundation
import Testing
@testable import XMLSupport

/// Hostile and broken documents: each must end in an `XMLError` naming the file (and line
/// where there is one), never a crash, a hang, a file read, or a network access.
@Suite struct HostileInputTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-xml-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    private func parseError(_ path: String) -> XMLError? {
        do {
            _ = try XMLDocument.parse(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func externalEntityReadingALocalFileIsRefused() throws {
        let secret = try write("secret.txt", "TOP-SECRET-CONTENT")
        let path = try write("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE standard [ <!ENTITY xxe SYSTEM "file://\(secret)"> ]>
            <standard>&xxe;</standard>
            """)
        let error = try #require(parseError(path))
        #expect(error.code == .forbidden)
        #expect(error.diagnostics.first?.file == path)
        #expect(error.diagnostics.first?.line == 2)
        #expect(!error.description.contains("TOP-SECRET"))
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...12 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let path = try write("laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(entities)]><lolz>&lol12;</lolz>")
        let error = try #require(parseError(path))
        #expect(error.code == .forbidden)
    }

    @Test func externalDTDIsNotLoaded() throws {
        let dtd = try write("evil.dtd", "<!ENTITY leak \"LEAKED-FROM-DTD\">")
        let path = try write("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE standard SYSTEM \"\(dtd)\">\n<standard>&leak;</standard>")
        let error = try #require(parseError(path))
        #expect(error.code == .forbidden)
        #expect(!error.description.contains("LEAKED"))
    }

    @Test func entityPointingAtTheNetworkIsRefused() throws {
        let path = try write("net.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE standard [ <!ENTITY remote SYSTEM "http://192.0.2.1/steal"> ]>
            <standard>&remote;</standard>
            """)
        let error = try #require(parseError(path))
        #expect(error.code == .forbidden)
    }

    @Test func undeclaredEntityWithoutDoctypeIsMalformed() throws {
        let path = try write("undeclared.xml", "<standard>\n&xxe;</standard>")
        let error = try #require(parseError(path))
        #expect(error.code == .malformed)
        #expect(error.diagnostics.first?.line == 2)
    }

    @Test func deepNestingStopsAtLibxml2sLimit() throws {
        let depth = 100_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let path = try write("deep.xml", text)
        let error = try #require(parseError(path))
        #expect(error.code == .malformed)
        #expect(error.diagnostics.contains { $0.message.lowercased().contains("depth") || $0.message.contains("nest") })
    }

    @Test func invalidUTF8IsMalformed() throws {
        let path = try write("utf8.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>".utf8) + [0xC3, 0x28, 0xFF] + Array("</a>".utf8))
        let error = try #require(parseError(path))
        #expect(error.code == .malformed)
        #expect(error.diagnostics.first?.line == 2)
    }

    @Test func tenMegabyteAttributeIsRefused() throws {
        let big = String(repeating: "x", count: 10 * 1024 * 1024)
        let path = try write("big.xml", "<a b=\"\(big)\"/>")
        // Above the 8 MiB file limit: lift it to reach libxml2's own limit on one value.
        var limits = XMLLimits.standard
        limits.maximumFileSize = 16 << 20
        #expect(parseError(path)?.code == .unreadable)
        let error = try #require(#expect(throws: XMLError.self) { try XMLDocument.parse(path: path, limits: limits) })
        #expect(error.code == .malformed)
        #expect(error.diagnostics.first?.file == path)
    }

    @Test func truncatedFileIsMalformedWithALine() throws {
        let path = try write("truncated.xml", "<?xml version=\"1.0\"?>\n<standard id=\"S01\">\n  <name lang=\"id\">Kebij")
        let error = try #require(parseError(path))
        #expect(error.code == .malformed)
        #expect(error.diagnostics.allSatisfy { $0.line >= 3 })
    }

    @Test func emptyFileIsMalformed() throws {
        let path = try write("empty.xml", "")
        let error = try #require(parseError(path))
        #expect(error.code == .malformed)
        #expect(error.description.contains("empty"))
    }

    @Test func directoryIsUnreadable() throws {
        let path = folder + "/dir.xml"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let error = try #require(parseError(path))
        #expect(error.code == .unreadable)
        #expect(error.description.contains("directory"))
    }

    @Test func missingFileIsUnreadable() throws {
        let error = try #require(parseError(folder + "/nothing.xml"))
        #expect(error.code == .unreadable)
        #expect(error.description.contains("no such file"))
    }

    @Test func wellFormedDocumentKeepsLinesAndText() throws {
        let path = try write("ok.xml", "<?xml version=\"1.0\"?>\n<r xmlns=\"urn:x\" a=\"1\">\n  <c lang=\"id\">satu <![CDATA[dua]]></c>\n  <!-- komentar -->\n  <c/>\n</r>\n")
        let document = try XMLDocument.parse(path: path)
        #expect(document.root.name == "r")
        #expect(document.root.namespace == "urn:x")
        #expect(document.root[attribute: "a"] == "1")
        #expect(document.root.children(named: "c").count == 2)
        #expect(document.root.child("c")?.normalizedText == "satu dua")
        #expect(document.root.child("c")?.line == 3)
        #expect(document.root.children.last?.line == 5)
    }
}
