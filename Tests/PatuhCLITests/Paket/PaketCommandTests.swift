import Foundation
import Testing

/// The paket round trip between an LPSE workspace and an assessor workspace, each with its own
/// key folder (a temporary XDG_CONFIG_HOME), and the refusals with their exit codes.
@Suite("patuh kunci and patuh paket", .serialized)
struct PaketCommandTests {
    static let now = "2026-11-25T09:00:00+07:00"

    struct Sides {
        let lpse: EvidenceWorkspace
        let lkpp: EvidenceWorkspace
        let lpseKeys: [String: String]
        let lkppKeys: [String: String]
        let paket: String
    }

    /// LPSE: keys, seal, paket; LKPP: keys, trusts the LPSE key.
    func prepare() throws -> Sides {
        let lpse = try EvidenceWorkspace(sample: true)
        let lkpp = try EvidenceWorkspace()
        let lpseKeys = ["XDG_CONFIG_HOME": try PatuhRunner.temporaryFolder("patuh-kunci-lpse")]
        let lkppKeys = ["XDG_CONFIG_HOME": try PatuhRunner.temporaryFolder("patuh-kunci-lkpp")]
        let made = try lpse.run(["kunci", "buat", "lpse-kab-contoh"], environment: lpseKeys)
        #expect(made.status == 0, "\(made.stderr)")
        let lkppMade = try lkpp.run(["kunci", "buat", "asesor", "--peran", "lkpp"], environment: lkppKeys)
        #expect(lkppMade.status == 0, "\(lkppMade.stderr)")
        let trusted = try lkpp.run(["kunci", "percaya", lpseKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/lpse-kab-contoh.pub"])
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(try lpse.run(["bukti", "seal"], ["--catatan", "Penilaian mandiri 2026", "--now", Self.now]).status == 0)
        let built = try lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", Self.now], environment: lpseKeys)
        #expect(built.status == 0, "\(built.stderr)")
        return Sides(lpse: lpse, lkpp: lkpp, lpseKeys: lpseKeys, lkppKeys: lkppKeys,
                     paket: lpse.root + "/paket-lpse-kab-contoh-2026-11-25.zip")
    }

    @Test("A submission is byte-identical when rebuilt, verified by LKPP, and received into an assessor workspace")
    func roundTrip() throws {
        let sides = try prepare()
        let first = FileManager.default.contents(atPath: sides.paket)
        try FileManager.default.removeItem(atPath: sides.paket)
        #expect(try sides.lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", Self.now], environment: sides.lpseKeys).status == 0)
        #expect(FileManager.default.contents(atPath: sides.paket) == first)

        let checked = try sides.lkpp.run(["paket", "periksa", sides.paket])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("lpse-kab-contoh"))

        let target = try PatuhRunner.temporaryFolder("patuh-asesor") + "/lpse-kab-contoh"
        let received = try sides.lkpp.run(["paket", "terima", sides.paket], ["--ke", target, "--now", Self.now])
        #expect(received.status == 0, "\(received.stderr)")
        #expect(FileManager.default.fileExists(atPath: target + "/Evidence/penilaian-mandiri.xml"))
        #expect(FileManager.default.fileExists(atPath: target + "/patuh.xml"))
        let faktual = try String(contentsOfFile: target + "/Evidence/penilaian-faktual-2026-11-25.xml", encoding: .utf8)
        #expect(faktual.contains("Klaim LPSE S01.1: memenuhi"))

        // The same submission again: a new submission; an older one needs --izinkan-lama.
        let oldFolder = try PatuhRunner.temporaryFolder("lama")
        let older = try sides.lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", "2026-11-20T09:00:00+07:00",
                                                          "--ke", oldFolder], environment: sides.lpseKeys)
        #expect(older.status == 0, "\(older.stderr)")
        let oldPaket = oldFolder + "/paket-lpse-kab-contoh-2026-11-20.zip"
        let refusedOld = try sides.lkpp.run(["paket", "terima", oldPaket], ["--ke", oldFolder + "/asesor", "--now", Self.now])
        #expect(refusedOld.status == 1)
        #expect(refusedOld.stderr.contains("--izinkan-lama"))
        #expect(!FileManager.default.fileExists(atPath: oldFolder + "/asesor"))
        let allowedOld = try sides.lkpp.run(["paket", "terima", oldPaket], ["--ke", oldFolder + "/asesor", "--izinkan-lama", "--now", Self.now])
        #expect(allowedOld.status == 0, "\(allowedOld.stderr)")

        // The assessor's result, back to the LPSE.
        let assessor = EvidenceWorkspaceAt(root: target)
        let result = try assessor.run(["paket", "hasil"], ["--kunci", "asesor", "--now", "2026-12-01T10:00:00+07:00"], environment: sides.lkppKeys)
        #expect(result.status == 0, "\(result.stderr)")
        let hasil = target + "/hasil-lpse-kab-contoh-2026-12-01.zip"
        #expect(try sides.lpse.run(["kunci", "percaya", sides.lkppKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/asesor.pub"]).status == 0)
        let verified = try sides.lpse.run(["paket", "periksa", hasil])
        #expect(verified.status == 0, "\(verified.stderr)")
        let filed = try sides.lpse.run(["paket", "terima", hasil], ["--now", "2026-12-02T10:00:00+07:00"])
        #expect(filed.status == 0, "\(filed.stderr)")
        #expect(FileManager.default.fileExists(atPath: sides.lpse.root + "/Evidence/penilaian-faktual-2026-12-01.xml"), "\(filed.stdout)")

        // Replayed to another LPSE that also trusts LKPP: refused, nothing written.
        let other = try EvidenceWorkspace()
        try other.write("patuh.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <lpse xmlns="urn:patuh:workspace:1" id="lpse-lain"><nama>LPSE Lain</nama><instansi>Pemkot Lain</instansi><zona-waktu>WIB</zona-waktu></lpse>
            """)
        #expect(try other.run(["kunci", "percaya", sides.lkppKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/asesor.pub"]).status == 0)
        let replayed = try other.run(["paket", "terima", hasil], ["--now", "2026-12-02T10:00:00+07:00"])
        #expect(replayed.status == 1, "\(replayed.stderr)")
        #expect(replayed.stderr.contains("lpse-lain"))
        #expect(!FileManager.default.fileExists(atPath: other.root + "/Evidence/penilaian-faktual-2026-12-01.xml"))

        // LKPP signs a certificate; anyone trusting LKPP's key verifies it; edits and revocation show.
        let signed = try assessor.run(["sertifikat", "tandatangani"], ["--nomor", "SK-12/LKPP/2026", "--standar", "S03,S05",
                                                                      "--berlaku-sampai", "2029-11-30", "--kunci", "asesor",
                                                                      "--now", "2026-12-01T10:00:00+07:00"], environment: sides.lkppKeys)
        #expect(signed.status == 0, "\(signed.stderr)")
        let certificate = target + "/sertifikat-SK-12-LKPP-2026.xml"
        let valid = try sides.lpse.run(["sertifikat", "verifikasi", certificate], ["--pada", "2027-01-01"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("SAH"))
        let expired = try sides.lpse.run(["sertifikat", "verifikasi", certificate], ["--pada", "2030-01-01"])
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("KEDALUWARSA"))
        let edited = try String(contentsOfFile: certificate, encoding: .utf8).replacingOccurrences(of: "2029-11-30", with: "2035-11-30")
        try sides.lpse.write("edited.xml", edited)
        let forged = try sides.lpse.run(["sertifikat", "verifikasi", sides.lpse.root + "/edited.xml"], ["--pada", "2027-01-01"])
        #expect(forged.status == 1)
        #expect(forged.stderr.contains("PALSU"))
        let list = target + "/pencabutan.xml"
        let revoked = try assessor.run(["sertifikat", "cabut", "SK-12/LKPP/2026"], ["--daftar", list, "--tanggal", "2027-06-01",
                                                                                  "--kunci", "asesor"], environment: sides.lkppKeys)
        #expect(revoked.status == 0, "\(revoked.stderr)")
        let afterRevocation = try sides.lpse.run(["sertifikat", "verifikasi", certificate], ["--pada", "2027-07-01", "--pencabutan", list])
        #expect(afterRevocation.status == 1)
        #expect(afterRevocation.stdout.contains("DICABUT"))
        #expect(try sides.lpse.run(["sertifikat", "verifikasi", certificate], ["--pada", "2027-01-01", "--pencabutan", list]).status == 0)
    }

    /// Runs patuh on an existing folder with the repository's standards.
    struct EvidenceWorkspaceAt {
        let root: String
        func run(_ command: [String], _ options: [String] = [], environment: [String: String] = [:]) throws -> PatuhRunner.Result {
            try PatuhRunner.run(command + [root] + options, environment: environment)
        }
    }

    @Test("Tampered, untrusted and mismatched pakets are refused with exit 1, a non-paket with exit 2")
    func refusals() throws {
        let sides = try prepare()
        // Untrusted: the LPSE's own workspace does not list its key.
        let untrusted = try sides.lpse.run(["paket", "periksa", sides.paket])
        #expect(untrusted.status == 1)
        #expect(untrusted.stderr.contains("tidak dipercaya"))

        // A key registered for another LPSE.
        let other = try PatuhRunner.temporaryFolder("patuh-kunci-lain")
        #expect(try sides.lkpp.run(["kunci", "buat", "lain", "--lpse", "lpse-lain"], environment: ["XDG_CONFIG_HOME": other]).status == 0)
        let wrong = try EvidenceWorkspace()
        #expect(try wrong.run(["kunci", "percaya", other + "/patuh/kunci/lain.pub"]).status == 0)
        let text = try String(contentsOfFile: sides.lpseKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/lpse-kab-contoh.pub", encoding: .utf8)
        let relabelled = text.replacingOccurrences(of: "lpse: lpse-kab-contoh", with: "lpse: lpse-lain")
        try wrong.write("lpse.pub", relabelled)
        #expect(try wrong.run(["kunci", "percaya", wrong.root + "/lpse.pub"]).status == 0)
        let mismatch = try wrong.run(["paket", "periksa", sides.paket])
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("lpse-lain"))

        // Not a paket.
        try sides.lpse.write("bukan.zip", "bukan paket")
        let notPaket = try sides.lkpp.run(["paket", "periksa", sides.lpse.root + "/bukan.zip"])
        #expect(notPaket.status == 2)
        let whole = FileManager.default.contents(atPath: sides.paket)!
        FileManager.default.createFile(atPath: sides.lpse.root + "/terpotong.zip", contents: whole.prefix(whole.count - 100))
        let truncated = try sides.lkpp.run(["paket", "periksa", sides.lpse.root + "/terpotong.zip"])
        #expect(truncated.status == 2)
        #expect(truncated.stderr.contains("terpotong.zip"))

        // A flipped byte in the manifest (deflated: the signature or the CRC names it), nothing extracted.
        var bytes = [UInt8](FileManager.default.contents(atPath: sides.paket)!)
        bytes[bytes.count - 400] ^= 0x01
        let tampered = sides.lpse.root + "/tampered.zip"
        FileManager.default.createFile(atPath: tampered, contents: Data(bytes))
        let target = try PatuhRunner.temporaryFolder("patuh-asesor") + "/x"
        let refused = try sides.lkpp.run(["paket", "terima", tampered], ["--ke", target, "--now", Self.now])
        #expect(refused.status == 1 || refused.status == 2)
        #expect(!FileManager.default.fileExists(atPath: target))

        // A private key readable by others.
        chmod(sides.lpseKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/lpse-kab-contoh.kunci", 0o644)
        let loose = try sides.lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", Self.now], environment: sides.lpseKeys)
        #expect(loose.status == 2)
        #expect(loose.stderr.contains("chmod 600"))
    }
}
