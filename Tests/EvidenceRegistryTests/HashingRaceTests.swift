import Foundation
import Testing
@testable import EvidenceRegistry

#if canImport(Glibc)
import Glibc
#endif

/// What changes between the walk and the hashing never stalls the hasher or leads it out of
/// the workspace (issue 10, item 11: a file turned FIFO hung the scan in `open`, and a folder
/// swapped for a symlink was followed).
@Suite struct HashingRaceTests {
    let scratch: Scratch
    let folder = "Evidence/S03-aset/S03.1"

    init() throws {
        scratch = try Scratch()
        try scratch.write(folder + "/sk-aset_2026-01-02.pdf", "sk")
        try scratch.write(folder + "/register-aset_2026-01-02.xlsx", "register")
    }

    func hash(_ relative: [String]) -> [HashResult] {
        ParallelHasher(bufferSize: 4096, workers: 2).hash(relativePaths: relative, under: POSIX.realPath(scratch.root))
    }

    @Test func hashesByRelativePathThroughVerifiedFolders() throws {
        let walk = try EvidenceWalker.walk(workspace: scratch.root)
        let results = hash(walk.files.map(\.path.string))
        #expect(results.map { result -> String? in
            if case .hashed(let sha, _, _, _) = result { return sha }
            return nil
        } == [Scratch.sha256("register"), Scratch.sha256("sk")])
    }

    @Test func aFIFOInEvidenceIsReportedAndNeverHashed() throws {
        try #require(mkfifo(scratch.root + "/" + folder + "/pipa.pdf", 0o644) == 0)
        let walk = try EvidenceWalker.walk(workspace: scratch.root)
        #expect(!walk.files.contains { $0.path.name == "pipa.pdf" })
        #expect(walk.problems.map(\.path.string) == [folder + "/pipa.pdf"])
        #expect(walk.problems.first?.kind == .notRegular)
        // Hashing it anyway (by either API) must not block on the FIFO's open.
        #expect(hash([folder + "/pipa.pdf"]) == [.failed(reason: "not a regular file")])
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 16)
        defer { buffer.deallocate() }
        #expect(FileHasher().hash(absolutePath: scratch.root + "/" + folder + "/pipa.pdf", buffer: buffer)
            == .failed(reason: "not a regular file"))
    }

    @Test func aFileReplacedByAFIFOAfterTheWalkDoesNotHang() throws {
        let walk = try EvidenceWalker.walk(workspace: scratch.root)
        let path = scratch.root + "/" + folder + "/sk-aset_2026-01-02.pdf"
        try FileManager.default.removeItem(atPath: path)
        try #require(mkfifo(path, 0o644) == 0)
        let results = hash(walk.files.map(\.path.string))
        #expect(results.count == 2)
        #expect(results.last == .failed(reason: "not a regular file"))
        if case .hashed = results.first {} else { Issue.record("the regular file beside it must still be hashed") }
    }

    @Test func aFolderSwappedForASymlinkAfterTheWalkIsNotFollowed() throws {
        let walk = try EvidenceWalker.walk(workspace: scratch.root)
        // Outside the workspace, a folder with files of the same names and other content.
        let outside = NSTemporaryDirectory() + "patuh-outside-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        for name in ["sk-aset_2026-01-02.pdf", "register-aset_2026-01-02.xlsx"] {
            try Data("rahasia".utf8).write(to: URL(fileURLWithPath: outside + "/" + name))
        }
        let real = scratch.root + "/Evidence/S03-aset"
        try FileManager.default.moveItem(atPath: real, toPath: scratch.root + "/S03-aset-asli")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: real + "/S03.1", withDestinationPath: outside)
        let results = hash(walk.files.map(\.path.string))
        #expect(results == Array(repeating: .failed(
            reason: "the folder S03.1 on its path is now a symbolic link or not a folder (not followed)"), count: 2))
        // A higher folder swapped the same way is caught too.
        try FileManager.default.removeItem(atPath: real)
        try FileManager.default.createSymbolicLink(atPath: real, withDestinationPath: scratch.root + "/S03-aset-asli")
        #expect(hash([folder + "/sk-aset_2026-01-02.pdf"]) == [.failed(
            reason: "the folder S03-aset on its path is now a symbolic link or not a folder (not followed)")])
    }

    @Test func aFileSwappedForASymlinkIsNotFollowed() throws {
        let path = scratch.root + "/" + folder + "/sk-aset_2026-01-02.pdf"
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/etc/hostname")
        #expect(hash([folder + "/sk-aset_2026-01-02.pdf"]) == [.failed(reason: "a symbolic link (not followed)")])
    }
}
