import Catalog
import Core
import Crypto
import Foundation
import Synchronization
import Testing
import XMLSupport
@testable import EvidenceRegistry

/// A scratch workspace with an Evidence/ folder.
struct Scratch {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "patuh-evidence-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Evidence", withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

@Suite struct WalkerTests {
    @Test func neverFollowsSymlinksAndTellsWhichLeaveTheWorkspace() throws {
        let scratch = try Scratch()
        try scratch.write("Evidence/S03-aset/S03.1/sk-aset_2026-01-02.pdf", "sk")
        let outside = NSTemporaryDirectory() + "patuh-outside-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("rahasia".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/Evidence/S03-aset/S03.1/ke-luar", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/Evidence/S03-aset/S03.1/salinan.pdf",
                                                   withDestinationPath: "sk-aset_2026-01-02.pdf")
        let walk = try EvidenceWalker.walk(workspace: scratch.root)
        #expect(walk.files.map(\.path.string) == ["Evidence/S03-aset/S03.1/sk-aset_2026-01-02.pdf"])
        #expect(walk.problems.map(\.path.name) == ["ke-luar", "salinan.pdf"])
        #expect(walk.problems.first?.kind == .symlinkOutside(target: outside))
        #expect(walk.problems.last?.kind == .symlink(target: "sk-aset_2026-01-02.pdf"))
    }

    @Test func oddNamesStayDistinctAndHiddenFilesAreIgnored() throws {
        let scratch = try Scratch()
        let folder = "Evidence/S03-aset/S03.2/"
        let names = ["register aset 2026.xlsx", "caf\u{E9}.pdf", "cafe\u{301}.pdf", "baris\nbaru.csv", "kosong.csv"]
        for name in names { try scratch.write(folder + name, name == "kosong.csv" ? "" : name) }
        try scratch.write(folder + ".DS_Store", "x")
        let walk = try EvidenceWalker.walk(workspace: scratch.root)
        #expect(walk.files.count == 5)
        #expect(Set(walk.files.map(\.path)).count == 5)  // NFC and NFD are two files
        #expect(walk.files.contains { $0.path.name == "baris\nbaru.csv" })
        #expect(walk.files.first { $0.path.name == "kosong.csv" }?.stat.size == 0)
        #expect(EvidencePath(folder + "caf\u{E9}.pdf") != EvidencePath(folder + "cafe\u{301}.pdf"))
    }

    @Test func aMissingEvidenceFolderIsAnError() throws {
        let root = NSTemporaryDirectory() + "patuh-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(throws: EvidenceError.self) { try EvidenceWalker.walk(workspace: root) }
    }
}

@Suite struct HasherTests {
    func hash(_ path: String, hasher: FileHasher = FileHasher(), bufferSize: Int = 1 << 16) -> HashResult {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16)
        defer { buffer.deallocate() }
        return hasher.hash(absolutePath: path, buffer: buffer)
    }

    @Test func streamsThroughASmallBuffer() throws {
        let scratch = try Scratch()
        let text = String(repeating: "Register aset layanan LPSE Kabupaten Contoh\n", count: 5000)
        let path = try scratch.write("Evidence/a.txt", text)
        guard case .hashed(let sha, let stat, let rereads, let stable) = hash(path, bufferSize: 4096) else {
            Issue.record("not hashed")
            return
        }
        #expect(sha == Scratch.sha256(text))
        #expect(stat.size == Int64(text.utf8.count))
        #expect(rereads == 0 && stable)
    }

    @Test func anEmptyFileHasTheEmptyHash() throws {
        let path = try Scratch().write("Evidence/kosong.csv", "")
        #expect(hash(path) == .hashed(sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                                      stat: stat(path), rereads: 0, stable: true))
    }

    @Test func aFileThatGrowsWhileHashedIsReadAgain() throws {
        let path = try Scratch().write("Evidence/log-tiket.csv", String(repeating: "baris tiket\n", count: 2000))
        let appended = Mutex(false)
        let hasher = FileHasher(maxAttempts: 3) { attempt in
            // During the first read, another process appends a line.
            appended.withLock { done in
                guard attempt == 1, !done else { return }
                done = true
                let handle = FileHandle(forWritingAtPath: path)!
                handle.seekToEndOfFile()
                handle.write(Data("baris baru\n".utf8))
                try? handle.close()
            }
        }
        let result = hash(path, hasher: hasher, bufferSize: 4096)
        let final = try String(contentsOfFile: path, encoding: .utf8)
        #expect(result == .hashed(sha256: Scratch.sha256(final), stat: stat(path), rereads: 1, stable: true))
    }

    @Test func aFileStillChangingAfterTheLastAttemptIsMarkedUnstable() throws {
        let path = try Scratch().write("Evidence/log.csv", String(repeating: "x", count: 10_000))
        let hasher = FileHasher(maxAttempts: 2) { _ in
            let handle = FileHandle(forWritingAtPath: path)!
            handle.seekToEndOfFile()
            handle.write(Data("y".utf8))
            try? handle.close()
        }
        guard case .hashed(_, _, let rereads, let stable) = hash(path, hasher: hasher, bufferSize: 4096) else {
            Issue.record("not hashed")
            return
        }
        #expect(rereads == 1)
        #expect(!stable)
    }

    @Test func aMissingFileFails() {
        #expect(hash("/nonexistent/patuh/x.pdf") == .failed(reason: "No such file or directory"))
    }

    @Test func parallelHashingKeepsTheOrder() throws {
        let scratch = try Scratch()
        let texts = (0..<40).map { "dokumen nomor \($0)" }
        let paths = try texts.enumerated().map { try scratch.write("Evidence/f\($0.offset).txt", $0.element) }
        let results = ParallelHasher(bufferSize: 1024, workers: 4).hash(paths)
        let hashes = results.map { result -> String in
            if case .hashed(let sha, _, _, _) = result { return sha }
            return ""
        }
        #expect(hashes == texts.map(Scratch.sha256))
    }

    private func stat(_ path: String) -> FileStat {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        var st = Foundation.stat()
        _ = lstat(path, &st)
        _ = attributes
        return FileStat(size: Int64(st.st_size), modifiedNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                        inode: UInt64(st.st_ino))
    }
}

@Suite struct BuktiReaderTests {
    let reader: BuktiReader

    init() throws {
        reader = try BuktiReader(schemaDirectory: TestCatalog.schemaDirectory)
    }

    @Test func readsEntries() throws {
        let scratch = try Scratch()
        let path = try scratch.write("Evidence/S03-aset/S03.1/bukti.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <bukti xmlns="urn:patuh:bukti:1">
              <dokumen berkas="sk-koordinator-aset_2026-01-02.pdf" aturan="S03.1.E1">
                <nomor>027/003/UKPBJ/2026</nomor>
                <tanggal>2026-01-02</tanggal>
                <berlaku-mulai>2026-01-02</berlaku-mulai>
                <berlaku-sampai>2027-12-31</berlaku-sampai>
                <disahkan-oleh jabatan="Kepala LPSE">Ir. Hendra Wijaya</disahkan-oleh>
              </dokumen>
            </bukti>
            """)
        let file = try reader.read(absolutePath: path, shownPath: EvidencePath("Evidence/S03-aset/S03.1/bukti.xml"))
        let entry = try #require(file.entries.first)
        #expect(entry.rules == ["S03.1.E1"])
        #expect(entry.validUntil?.description == "2027-12-31")
        #expect(entry.ratifiedBy == Ratification(name: "Ir. Hendra Wijaya", position: "Kepala LPSE"))
        #expect(entry.line == 3)
    }

    @Test(arguments: [
        ("<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen berkas=\"a.pdf\">\n    <tanggal>2026-13-01</tanggal>\n  </dokumen>\n</bukti>\n", 3),
        ("<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen berkas=\"a.pdf\">\n</bukti>\n", 3),
        ("<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen berkas=\"a.pdf\" aturan=\"S3.1\"/>\n</bukti>\n", 2),
    ])
    func malformedOrInvalidMetadataIsLocated(text: String, line: Int) throws {
        let scratch = try Scratch()
        let path = try scratch.write("Evidence/S03-aset/S03.1/bukti.xml", text)
        #expect { try reader.read(absolutePath: path, shownPath: EvidencePath("Evidence/S03-aset/S03.1/bukti.xml")) } throws: { error in
            guard let error = error as? EvidenceError, error.code == .invalidMetadata else { return false }
            return error.diagnostics.contains { $0.file == "Evidence/S03-aset/S03.1/bukti.xml" && $0.line == line }
        }
    }
}
