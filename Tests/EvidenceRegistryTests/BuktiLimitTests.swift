import Core
import Foundation
import Testing
import XMLSupport
@testable import EvidenceRegistry

#if canImport(Glibc)
import Glibc
#endif

/// bukti.xml goes through the same size-capped reader and attribute limits as every XML input
/// (issue 10, items 5 and 6); it used to be read whole with FileManager.
@Suite struct BuktiLimitTests {
    let reader: BuktiReader
    let shown = EvidencePath("Evidence/S03-aset/S03.1/bukti.xml")

    init() throws {
        reader = try BuktiReader(schemaDirectory: TestCatalog.schemaDirectory)
    }

    func error(_ path: String) -> EvidenceError? {
        do {
            _ = try reader.read(absolutePath: path, shownPath: shown)
            return nil
        } catch {
            return error
        }
    }

    /// A sparse 3 GB bukti.xml took 6.3 GB of memory before "too large": now refused from its size.
    @Test func sparseThreeGigabyteFileIsRefusedBeforeReading() throws {
        let path = try Scratch().write("Evidence/S03-aset/S03.1/bukti.xml", "")
        try #require(truncate(path, 3 << 30) == 0)
        let problem = try #require(error(path))
        #expect(problem.code == .invalidMetadata)
        #expect(problem.diagnostics.map(\.description) == [
            "Evidence/S03-aset/S03.1/bukti.xml:0:0: error: file is 3221225472 bytes; the limit for an XML input is 8388608 bytes",
        ])
    }

    /// 150,000 attributes on one element stalled libxml2 for 229 s and printed 150,003 lines.
    @Test func manyAttributesGiveOneDiagnosticNamingTheElement() throws {
        let attributes = (0..<150_000).map { "x\($0)=\"1\"" }.joined(separator: " ")
        let path = try Scratch().write("Evidence/S03-aset/S03.1/bukti.xml",
            "<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen berkas=\"a.pdf\" \(attributes)/>\n</bukti>\n")
        let problem = try #require(error(path))
        #expect(problem.code == .invalidMetadata)
        #expect(problem.diagnostics.map(\.description) == [
            "Evidence/S03-aset/S03.1/bukti.xml:2:3: error: <dokumen> has 150001 attributes; Patuh accepts at most 100 on one element",
        ])
    }

    @Test func aSymlinkedBuktiFileIsNotFollowed() throws {
        let scratch = try Scratch()
        let outside = try scratch.write("outside.xml", "<bukti xmlns=\"urn:patuh:bukti:1\"/>")
        let path = scratch.root + "/Evidence/S03-aset/S03.1/bukti.xml"
        try FileManager.default.createDirectory(atPath: scratch.root + "/Evidence/S03-aset/S03.1", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        let problem = try #require(error(path))
        #expect(problem.description.contains("is a symbolic link"))
    }

    @Test func aFIFONamedBuktiIsRefusedWithoutBlocking() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.root + "/Evidence/S03-aset/S03.1", withIntermediateDirectories: true)
        let path = scratch.root + "/Evidence/S03-aset/S03.1/bukti.xml"
        try #require(mkfifo(path, 0o644) == 0)
        #expect(error(path)?.description.contains("named pipe (FIFO)") == true)
    }

    @Test func bytesInMemoryReadLikeAFile() throws {
        let file = try reader.read(bytes: Array("<bukti xmlns=\"urn:patuh:bukti:1\"><dokumen berkas=\"a.pdf\"/></bukti>".utf8),
                                   shownPath: shown)
        #expect(file.entries.map(\.fileName) == ["a.pdf"])
    }
}
