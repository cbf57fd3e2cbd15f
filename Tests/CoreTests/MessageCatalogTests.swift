import Core
import Foundation
import Testing

@Suite("The message catalogs")
struct MessageCatalogTests {
    @Test("Indonesian and English have exactly the same keys")
    func sameKeys() {
        let id = Set(MessageCatalog.table(.id).keys)
        let en = Set(MessageCatalog.table(.en).keys)
        #expect(id.subtracting(en).sorted() == [])
        #expect(en.subtracting(id).sorted() == [])
    }

    @Test("every key is used somewhere in Sources/ outside the catalogs")
    func everyKeyUsed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var code = ""
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" || url.pathExtension == "mustache",
                  !url.path.contains("/Core/Messages/") else { continue }
            code += try String(contentsOf: url, encoding: .utf8)
        }
        let unused = MessageCatalog.table(.id).keys.filter { key in
            !code.contains("\"\(key)\"") && !code.contains("\(Self.prefixMarker)\(key)")
                && !Self.dynamicPrefixes.contains { key.hasPrefix($0) && code.contains("\"\($0)") }
        }
        #expect(unused.sorted() == [])
    }

    /// Keys a template names as `{{t.KEY}}`.
    static let prefixMarker = "t."

    /// Families of keys built at run time from a prefix and a code (`"status." + code`).
    static let dynamicPrefixes: [String] = []

    @Test("placeholders are filled; unknown ones stay")
    func placeholders() {
        #expect(Messages(.en).text("time.date.invalid", ["source": "--x", "value": "y"])
            == "patuh: --x: 'y' is not a valid date; write YYYY-MM-DD, e.g. 2024-01-04")
    }
}
