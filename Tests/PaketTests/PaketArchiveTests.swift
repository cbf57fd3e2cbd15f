import Core
import Foundation
@testable import Paket
import Testing

/// The Paket module on its own: keys, deterministic writing, and every refusal before extraction.
@Suite("Paket archives")
struct PaketArchiveTests {
    static let schemaDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Standards/schema").path
    }()

    /// A temporary folder with two evidence files.
    func makeSources() throws -> (String, [PaketSource]) {
        let folder = NSTemporaryDirectory() + "paket-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/Evidence/S01/S01.1", withIntermediateDirectories: true)
        try Data(repeating: 0x25, count: 300_000).write(to: URL(fileURLWithPath: folder + "/Evidence/S01/S01.1/kebijakan.pdf"))
        try Data("<catatan>rapat</catatan>\n".utf8).write(to: URL(fileURLWithPath: folder + "/Evidence/S01/S01.1/notulen.xml"))
        return (folder, [
            PaketSource(archivePath: "Evidence/S01/S01.1/notulen.xml", diskPath: folder + "/Evidence/S01/S01.1/notulen.xml", role: .bukti),
            PaketSource(archivePath: "Evidence/S01/S01.1/kebijakan.pdf", diskPath: folder + "/Evidence/S01/S01.1/kebijakan.pdf", role: .bukti),
        ])
    }

    func manifest(_ files: [PaketManifest.File], version: String = "2026.1") -> PaketManifest {
        PaketManifest(kind: .pengajuan, created: Instant(iso8601: "2026-11-25T09:00:00+07:00")!, patuhVersion: "0.1.0",
                      lpse: .init(id: "lpse-kab-contoh", name: "LPSE Kabupaten Contoh", instansi: "Pemkab", zone: .wib),
                      catalogVersion: version, catalogSHA256: String(repeating: "a", count: 64), files: files)
    }

    func build(_ key: PaketSigningKey) throws -> String {
        let (folder, sources) = try makeSources()
        let path = folder + "/paket.zip"
        _ = try PaketWriter.write(to: path, sources: sources, signer: key) { manifest($0) }
        return path
    }

    @Test("A paket is byte-identical when built twice from the same inputs, and reads back sound")
    func deterministicAndSound() throws {
        let key = PaketSigningKey()
        let (folder, sources) = try makeSources()
        _ = try PaketWriter.write(to: folder + "/a.zip", sources: sources, signer: key) { manifest($0) }
        _ = try PaketWriter.write(to: folder + "/b.zip", sources: sources.reversed(), signer: key) { manifest($0) }
        #expect(FileManager.default.contents(atPath: folder + "/a.zip") == FileManager.default.contents(atPath: folder + "/b.zip"))
        let reader = try PaketReader.open(path: folder + "/a.zip", schemaDirectory: Self.schemaDirectory)
        try reader.verifyFiles()
        #expect(reader.signer == key.publicKey)
        #expect(reader.manifest.files.map(\.path) == ["Evidence/S01/S01.1/kebijakan.pdf", "Evidence/S01/S01.1/notulen.xml"])
        let directory = try ZipDirectory.read(path: folder + "/a.zip", limits: ArchiveLimits())
        #expect(directory.records.first { $0.name.hasSuffix(".pdf") }?.method == 0)
        #expect(directory.records.first { $0.name.hasSuffix(".xml") && $0.name.hasPrefix("Evidence") }?.method == 8)
    }

    func refusal(_ path: String) -> PaketError? {
        do {
            let reader = try PaketReader.open(path: path, schemaDirectory: Self.schemaDirectory)
            try reader.verifyFiles()
            return nil
        } catch {
            return error
        }
    }

    /// Flips one byte of the file at `offset` (from the start of `marker`, if given).
    func flip(_ path: String, at marker: [UInt8]) throws {
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let index = (0...(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker }!
        bytes[index] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test("A flipped byte in an evidence file is named")
    func flippedEvidence() throws {
        let path = try build(PaketSigningKey())
        try flip(path, at: [0x25, 0x25, 0x25, 0x25])
        let error = refusal(path)
        #expect(error?.kind == .tampered)
        #expect(error?.values["entry"] == "Evidence/S01/S01.1/kebijakan.pdf")
    }

    @Test("A flipped byte in the signature is refused as tampered")
    func flippedSignature() throws {
        let path = try build(PaketSigningKey())
        try flip(path, at: Array("tanda-tangan: ".utf8).map { $0 } + [])
        #expect(refusal(path)?.kind == .tampered)
    }

    @Test("A flipped byte in the manifest is refused as tampered")
    func flippedManifest() throws {
        let path = try build(PaketSigningKey())
        let directory = try ZipDirectory.read(path: path, limits: ArchiveLimits())
        let record = try #require(directory.records.first { $0.name == PaketManifest.entryName })
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let data = Int(record.localHeaderOffset) + 30 + record.rawName.count + Int(record.compressedSize) / 2
        bytes[data] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = refusal(path)
        #expect(error?.kind == .tampered)
    }

    @Test("A signed paket from a newer Patuh (manifest version 2) is not a paket this version reads, and says why")
    func newerPaket() throws {
        let (folder, sources) = try makeSources()
        let path = folder + "/newer.zip"
        _ = try PaketWriter.write(to: path, sources: sources, signer: PaketSigningKey(), manifest: { manifest($0) }, render: {
            Data(String(decoding: $0.xml, as: UTF8.self)
                .replacingOccurrences(of: "urn:patuh:paket:1\" versi=\"1\"", with: "urn:patuh:paket:2\" versi=\"2\"").utf8)
        })
        let error = refusal(path)
        #expect(error?.kind == .notAPaket)
        #expect(error?.key == "paket.manifest.unknownVersion")
        #expect(error?.values["version"] == "2")
    }

    @Test("A truncated archive is not a paket")
    func truncated() throws {
        let path = try build(PaketSigningKey())
        let bytes = FileManager.default.contents(atPath: path)!
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        #expect(refusal(path)?.kind == .notAPaket)
    }

    @Test("A manifest of an unknown version says a newer Patuh made it")
    func unknownVersion() throws {
        let key = PaketSigningKey()
        var xml = String(decoding: manifest([]).xml, as: UTF8.self)
        xml = xml.replacingOccurrences(of: "versi=\"1\"", with: "versi=\"2\"")
        #expect(throws: PaketError.self) { try PaketManifest.parse(Data(xml.utf8), schemaDirectory: Self.schemaDirectory) }
        do { _ = try PaketManifest.parse(Data(xml.utf8), schemaDirectory: Self.schemaDirectory) } catch {
            #expect(error.key == "paket.manifest.unknownVersion")
        }
        _ = key
    }

    /// A zip with one entry `name` (raw bytes), built by hand.
    func handMadeZip(names: [[UInt8]], mode: UInt32 = 0o100644, content: [UInt8] = Array("x".utf8),
                     declaredSize: UInt32? = nil, method: UInt16 = 0) -> String {
        func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
        func le32(_ v: UInt32) -> [UInt8] { le16(UInt16(v & 0xffff)) + le16(UInt16(v >> 16)) }
        var body: [UInt8] = [], directory: [UInt8] = []
        for name in names {
            let offset = UInt32(body.count), size = declaredSize ?? UInt32(content.count)
            body += le32(0x0403_4b50) + le16(20) + le16(0x800) + le16(method) + le16(0) + le16(0) + le32(0)
                + le32(UInt32(content.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + content
            directory += le32(0x0201_4b50) + le16(0x0314) + le16(20) + le16(0x800) + le16(method) + le16(0) + le16(0) + le32(0)
                + le32(UInt32(content.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(mode << 16) + le32(offset) + name
        }
        let end = le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(names.count)) + le16(UInt16(names.count))
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
        let path = NSTemporaryDirectory() + "hand-\(UUID().uuidString).zip"
        FileManager.default.createFile(atPath: path, contents: Data(body + directory + end))
        return path
    }

    @Test("Unsafe entries are refused before anything is extracted", arguments: [
        ("../evil.txt", "paket.archive.traversal"),
        ("Evidence/../../evil.txt", "paket.archive.traversal"),
        ("/etc/passwd", "paket.archive.absolute"),
        ("C:\\evil.txt", "paket.archive.absolute"),
    ])
    func unsafeNames(name: String, key: String) throws {
        let error = refusal(handMadeZip(names: [Array(name.utf8)]))
        #expect(error?.kind == .unsafe)
        #expect(error?.key == key)
    }

    @Test("Links, devices, duplicates and NFC/NFD twins are refused")
    func unsafeTypes() throws {
        #expect(refusal(handMadeZip(names: [Array("link".utf8)], mode: 0o120777))?.key == "paket.archive.symlink")
        #expect(refusal(handMadeZip(names: [Array("dev".utf8)], mode: 0o020644))?.key == "paket.archive.device")
        #expect(refusal(handMadeZip(names: [Array("a.txt".utf8), Array("a.txt".utf8)]))?.key == "paket.archive.duplicate")
        let nfc = Array("caf\u{e9}.pdf".utf8), nfd = Array("cafe\u{301}.pdf".utf8)
        #expect(refusal(handMadeZip(names: [nfc, nfd]))?.key == "paket.archive.collision")
    }

    @Test("Sizes that lie and zip bombs are refused")
    func liesAndBombs() throws {
        #expect(refusal(handMadeZip(names: [Array("a.txt".utf8)], declaredSize: 5))?.key == "paket.archive.sizeLies")
        #expect(refusal(handMadeZip(names: [Array("a.txt".utf8)], declaredSize: 900_000_000, method: 8))?.key == "paket.archive.bomb")
        var limits = ArchiveLimits()
        limits.maximumTotalSize = 0
        #expect(throws: PaketError.self) { try ZipDirectory.read(path: handMadeZip(names: [Array("a.txt".utf8)]), limits: limits) }
    }

    @Test("A file that is not a zip is not a paket")
    func notZip() throws {
        let path = NSTemporaryDirectory() + "not-\(UUID().uuidString).zip"
        FileManager.default.createFile(atPath: path, contents: Data("hello".utf8))
        #expect(refusal(path)?.kind == .notAPaket)
    }

    @Test("Private keys are written 0600, refused with other permissions and inside a git work tree")
    func keyFiles() throws {
        let folder = NSTemporaryDirectory() + "keys-\(UUID().uuidString)"
        let store = KeyStore(directory: folder + "/kunci")
        let record = try store.create(name: "lpse", role: .lpse, lpse: "lpse-kab-contoh", holder: "LPSE")
        var info = stat()
        stat(store.privatePath("lpse"), &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try store.load("lpse").0.key == record.key)
        #expect(record.fingerprint.split(separator: " ").count == 8)
        chmod(store.privatePath("lpse"), 0o644)
        do { _ = try store.load("lpse"); Issue.record("a 0644 key was accepted") } catch {
            #expect(error.key == "paket.key.permissions")
        }
        try FileManager.default.createDirectory(atPath: folder + "/repo/.git", withIntermediateDirectories: true)
        do { _ = try KeyStore(directory: folder + "/repo/kunci").create(name: "x", role: .lkpp, lpse: nil, holder: "LKPP"); Issue.record("key in git") } catch {
            #expect(error.key == "paket.key.insideGit")
        }
    }

    /// The CRC-32 of zip, one bit at a time: the definition the fast one is checked against.
    static func bitwiseCRC(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    @Test("The sliced CRC-32 is zip's: the check value, every length around the 8-byte steps, and in pieces")
    func crc32() {
        #expect(Array("123456789".utf8).withUnsafeBytes { CRC32Slicing.update(0, $0) } == 0xCBF4_3926)
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<5_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1_000, 4_999, 5_000] {
            let part = Array(bytes.prefix(length))
            #expect(part.withUnsafeBytes { CRC32Slicing.update(0, $0) } == Self.bitwiseCRC(part), "length \(length)")
        }
        let cut = Int.random(in: 1..<4_999, using: &generator)
        let first = bytes[..<cut].withUnsafeBytes { CRC32Slicing.update(0, $0) }
        #expect(bytes[cut...].withUnsafeBytes { CRC32Slicing.update(first, $0) } == Self.bitwiseCRC(bytes), "cut at \(cut)")
    }

    @Test("A paket is a zip unzip accepts: every entry's CRC and size test sound")
    func unzipAccepts() throws {
        let path = try build(PaketSigningKey())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-t", path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("No errors detected"))
        #expect(text.contains("Evidence/S01/S01.1/kebijakan.pdf"))
    }

    @Test("A deflated entry cut short inside a sound directory is refused, naming it, never read past its end")
    func deflatedEntryCutShort() throws {
        let path = try build(PaketSigningKey())
        let reader = try PaketReader.open(path: path, schemaDirectory: Self.schemaDirectory)
        let xml = try #require(reader.manifest.files.first { $0.path.hasSuffix("notulen.xml") })
        for cut: UInt64 in [0, 1, 2, 5] {
            reader.entries[xml.path]?.compressedSize = cut
            do {
                try reader.verifyFiles()
                Issue.record("a deflate stream cut to \(cut) bytes was read as whole")
            } catch {
                #expect(error.kind == .tampered || error.kind == .unsafe)
                #expect(error.values["entry"] == xml.path)
            }
        }
    }

    @Test("A file meant to be deflated is stored when its bytes look incompressible; text is deflated; both read back sound")
    func incompressibleIsStored() throws {
        let folder = NSTemporaryDirectory() + "paket-entropy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/Evidence", withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        let random = Data((0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let text = Data(String(repeating: "Rapat koordinasi LPSE membahas gangguan layanan. ", count: 4_000).utf8)
        try random.write(to: URL(fileURLWithPath: folder + "/Evidence/acak.txt"))
        try text.write(to: URL(fileURLWithPath: folder + "/Evidence/notulen.txt"))
        let sources = ["acak.txt", "notulen.txt"].map {
            PaketSource(archivePath: "Evidence/" + $0, diskPath: folder + "/Evidence/" + $0, role: .bukti)
        }
        let key = PaketSigningKey()
        _ = try PaketWriter.write(to: folder + "/a.zip", sources: sources, signer: key) { manifest($0) }
        _ = try PaketWriter.write(to: folder + "/b.zip", sources: sources, signer: key) { manifest($0) }
        #expect(FileManager.default.contents(atPath: folder + "/a.zip") == FileManager.default.contents(atPath: folder + "/b.zip"))
        let records = try ZipDirectory.read(path: folder + "/a.zip", limits: ArchiveLimits()).records
        #expect(records.first { $0.name == "Evidence/acak.txt" }?.method == 0)
        let deflated = try #require(records.first { $0.name == "Evidence/notulen.txt" })
        #expect(deflated.method == 8)
        #expect(deflated.compressedSize * 10 < deflated.uncompressedSize)
        try PaketReader.open(path: folder + "/a.zip", schemaDirectory: Self.schemaDirectory).verifyFiles()
        #expect(ZipStreamWriter.looksIncompressible(random))
        #expect(!ZipStreamWriter.looksIncompressible(text))
        #expect(!ZipStreamWriter.looksIncompressible(random.prefix(4_000)))
    }
}
