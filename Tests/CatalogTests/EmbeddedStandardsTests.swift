import Catalog
import Foundation
import Testing

@Suite("The catalog compiled into patuh")
struct EmbeddedStandardsTests {
    static let standards = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Standards").path

    @Test("the embedded files are byte-identical to Standards/ (regenerate with scripts/embed-standards.sh)")
    func byteIdentical() throws {
        var onDisk: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: Self.standards)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = Self.standards + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            onDisk[relative] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedStandards.files.map { ($0.path, $0.bytes) })
        #expect(Set(embedded.keys) == Set(onDisk.keys))
        for (path, bytes) in onDisk {
            let same = embedded[path] == bytes   // a Bool, so a failure names the file instead of printing its bytes
            #expect(same, "\(path) differs from Standards/\(path) (regenerate with scripts/embed-standards.sh)")
        }
    }

    @Test("the embedded catalog loads from its cache copy and names its version")
    func loads() throws {
        let catalog = try CatalogLoader.load(directory: try EmbeddedStandards.directory())
        #expect(catalog.version == EmbeddedStandards.version)
        #expect(catalog.standards.count == 17)
        #expect(catalog.standards.flatMap(\.controls).count == 68)
    }
}
