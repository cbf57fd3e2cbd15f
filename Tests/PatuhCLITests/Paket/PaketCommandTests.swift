import Core
import Foundation
@testable import Paket
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

    /// Issue 14's "done when": the whole round trip between two workspaces and two key pairs.
    @Test("The round trip: submission, assessor workspace, faktual verdicts, result, filing, a case from a finding, a signed certificate verified by anyone, revoked")
    func roundTrip() throws {
        let sides = try prepare()
        // LPSE: the same workspace, seal and --now give the same bytes.
        let first = FileManager.default.contents(atPath: sides.paket)
        try FileManager.default.removeItem(atPath: sides.paket)
        #expect(try sides.lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", Self.now], environment: sides.lpseKeys).status == 0)
        #expect(FileManager.default.contents(atPath: sides.paket) == first)

        // LKPP verifies and receives it into an assessor workspace.
        let checked = try sides.lkpp.run(["paket", "periksa", sides.paket])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("lpse-kab-contoh"))
        let target = try PatuhRunner.temporaryFolder("patuh-asesor") + "/lpse-kab-contoh"
        let received = try sides.lkpp.run(["paket", "terima", sides.paket], ["--ke", target, "--now", Self.now])
        #expect(received.status == 0, "\(received.stderr)")
        #expect(FileManager.default.fileExists(atPath: target + "/Evidence/penilaian-mandiri.xml"))
        #expect(FileManager.default.fileExists(atPath: target + "/patuh.xml"))
        let faktualPath = target + "/Evidence/penilaian-faktual-2026-11-25.xml"
        let template = try String(contentsOfFile: faktualPath, encoding: .utf8)
        #expect(template.contains("Klaim LPSE S01.1: memenuhi"))

        // The same LPSE again: a new submission; an older one needs --izinkan-lama.
        let oldFolder = try PatuhRunner.temporaryFolder("lama")
        let older = try sides.lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", "2026-11-20T09:00:00+07:00",
                                                          "--ke", oldFolder], environment: sides.lpseKeys)
        #expect(older.status == 0, "\(older.stderr)")
        let oldPaket = oldFolder + "/paket-lpse-kab-contoh-2026-11-20.zip"
        let refusedOld = try sides.lkpp.run(["paket", "terima", oldPaket], ["--ke", oldFolder + "/asesor", "--now", Self.now])
        #expect(refusedOld.status == 1)
        #expect(refusedOld.stderr.contains("--izinkan-lama"))
        #expect(!FileManager.default.fileExists(atPath: oldFolder + "/asesor"))
        // (Run inside LKPP's folder with a relative --ke, as the README does.)
        let allowedOld = try PatuhRunner.run(["paket", "terima", oldPaket, "--standards", EvidenceWorkspace.standards, "--ke", "asesor-lama",
                                              "--izinkan-lama", "--now", Self.now], in: sides.lkpp.root)
        #expect(allowedOld.status == 0, "\(allowedOld.stderr)")
        let oldTemplate = try String(contentsOfFile: sides.lkpp.root + "/asesor-lama/Evidence/penilaian-faktual-2026-11-25.xml", encoding: .utf8)
        #expect(oldTemplate.contains("Klaim LPSE S01.1: memenuhi"))

        // The assessor writes the faktual verdicts (the sample's: overrides and findings), scores
        // them (recorded: the certificate rests on it) and writes the faktual report.
        let verdicts = try String(contentsOfFile: PatuhRunner.packageRoot.path + "/Evidence/penilaian-faktual.xml", encoding: .utf8)
        try Data(verdicts.utf8).write(to: URL(fileURLWithPath: faktualPath))
        let assessor = EvidenceWorkspaceAt(root: target)
        let scored = try assessor.run(["penilaian", "nilai", faktualPath], ["--now", "2026-12-01T09:00:00+07:00"])
        #expect(scored.status == 0 || scored.status == 1, "\(scored.stderr)")
        let report = try assessor.run(["laporan", "faktual"], ["--faktual", faktualPath, "--now", "2026-12-01T09:00:00+07:00"])
        #expect(report.status == 0, "\(report.stderr)")

        // The signed result, back to the LPSE: verified against the trusted LKPP key, filed.
        let result = try assessor.run(["paket", "hasil"], ["--kunci", "asesor", "--now", "2026-12-01T10:00:00+07:00"], environment: sides.lkppKeys)
        #expect(result.status == 0, "\(result.stderr)")
        let hasil = target + "/hasil-lpse-kab-contoh-2026-12-01.zip"
        let lkppPublic = sides.lkppKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/asesor.pub"
        #expect(try sides.lpse.run(["kunci", "percaya", lkppPublic]).status == 0)
        let verified = try sides.lpse.run(["paket", "periksa", hasil])
        #expect(verified.status == 0, "\(verified.stderr)")
        let filed = try sides.lpse.run(["paket", "terima", hasil], ["--now", "2026-12-02T10:00:00+07:00"])
        #expect(filed.status == 0, "\(filed.stderr)")
        let filedFaktual = sides.lpse.root + "/Evidence/penilaian-faktual-2026-12-01.xml"
        #expect(FileManager.default.contents(atPath: filedFaktual) == Data(verdicts.utf8), "\(filed.stdout)")
        #expect(FileManager.default.fileExists(atPath: sides.lpse.root + "/Reports/faktual-lpse-kab-contoh-2026-12-01.html"))

        // The LPSE opens a case from a finding of the result paket without retyping it.
        let lkpp = ["--oleh", "Asesor LKPP", "--peran", "lkpp", "--format", "json"]
        let opened = try sides.lpse.run(["pembinaan", "buka"], ["--dari-hasil", hasil, "--temuan", "TF-2026-03", "--nomor", "R-001/LKPP/2026",
                                                              "--now", "2026-12-02T10:00:00+07:00"] + lkpp)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("K-2026-001"))
        #expect(opened.stdout.contains("TOTP SPSE belum aktif pada dua akun admin agency."))
        #expect(opened.stdout.contains("S10.2"))
        #expect(opened.stdout.contains("Aktifkan TOTP pada semua akun admin"))
        #expect(opened.stdout.contains("hasil-lpse-kab-contoh-2026-12-01.zip (SHA-256 "))
        // ... or from the faktual file it filed, again without retyping.
        let fromFile = try sides.lpse.run(["pembinaan", "buka"], ["--dari-hasil", "Evidence/penilaian-faktual-2026-12-01.xml", "--temuan", "TF-2026-01",
                                                                "--nomor", "R-002/LKPP/2026", "--now", "2026-12-02T11:00:00+07:00"] + lkpp)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.contains("K-2026-002"))
        #expect(fromFile.stdout.contains("Tujuh dari 20 tiket sampel ditutup tanpa konfirmasi kepada pelapor."))
        // A finding the result does not have: exit 2 naming the ones it has; no case opened.
        let unknown = try sides.lpse.run(["pembinaan", "buka"], ["--dari-hasil", hasil, "--temuan", "TF-9999", "--nomor", "R-003/LKPP/2026",
                                                               "--now", "2026-12-02T12:00:00+07:00", "--oleh", "Asesor LKPP", "--peran", "lkpp"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("TF-9999"))
        #expect(unknown.stderr.contains("TF-2026-03"))
        // Retyping what the finding says is refused.
        let retyped = try sides.lpse.run(["pembinaan", "buka"], ["--dari-hasil", hasil, "--temuan", "TF-2026-03", "--standar", "S01",
                                                               "--nomor", "R-003/LKPP/2026", "--oleh", "Asesor LKPP", "--peran", "lkpp"])
        #expect(retyped.status == 2)
        #expect(retyped.stderr.contains("--dari-hasil"))
        let cases = try PatuhRunner.run(["pembinaan", "status", "--standards", EvidenceWorkspace.standards, "--now", "2026-12-03T09:00:00+07:00",
                                         "--format", "json"], in: sides.lpse.root)
        #expect(cases.status == 0, "\(cases.stderr)")
        #expect(cases.stdout.contains("K-2026-001") && cases.stdout.contains("K-2026-002"))
        #expect(!cases.stdout.contains("K-2026-003"))

        // Replayed to another LPSE that also trusts LKPP: filing and opening a case are refused, nothing written.
        let other = try EvidenceWorkspace()
        try other.write("patuh.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <lpse xmlns="urn:patuh:workspace:1" id="lpse-lain"><nama>LPSE Lain</nama><instansi>Pemkot Lain</instansi><zona-waktu>WIB</zona-waktu></lpse>
            """)
        #expect(try other.run(["kunci", "percaya", lkppPublic]).status == 0)
        let replayed = try other.run(["paket", "terima", hasil], ["--now", "2026-12-02T10:00:00+07:00"])
        #expect(replayed.status == 1, "\(replayed.stderr)")
        #expect(replayed.stderr.contains("lpse-lain"))
        #expect(!FileManager.default.fileExists(atPath: other.root + "/Evidence/penilaian-faktual-2026-12-01.xml"))
        #expect(!FileManager.default.fileExists(atPath: other.root + "/Reports"))
        let replayedCase = try other.run(["pembinaan", "buka"], ["--dari-hasil", hasil, "--temuan", "TF-2026-03", "--nomor", "R-009",
                                                               "--oleh", "Asesor LKPP", "--peran", "lkpp"])
        #expect(replayedCase.status == 1, "\(replayedCase.stderr)")
        #expect(replayedCase.stderr.contains("lpse-lain"))

        // LKPP issues a certificate on the recorded faktual: the log records it and the signed
        // document is written with its page. A standard the faktual did not find met is refused
        // and writes nothing.
        let issue = ["--lpse", "lpse-kab-contoh", "--oleh", "Deputi LKPP", "--peran", "lkpp", "--kunci", "asesor"]
        let refusedIssue = try assessor.run(["sertifikat", "terbitkan"], issue + ["--standar", "S10", "--nomor", "SK-11/LKPP/2026",
                                                                                "--now", "2026-12-01T10:00:00+07:00"], environment: sides.lkppKeys)
        #expect(refusedIssue.status == 1, "\(refusedIssue.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target + "/sertifikat-SK-11-LKPP-2026.xml"))
        let issued = try assessor.run(["sertifikat", "terbitkan"], issue + ["--standar", "S01,S03", "--nomor", "SK-12/LKPP/2026",
                                                                          "--now", "2026-12-01T10:00:00+07:00"], environment: sides.lkppKeys)
        #expect(issued.status == 0, "\(issued.stderr)")
        let certificate = target + "/sertifikat-SK-12-LKPP-2026.xml"
        let xml = try String(contentsOfFile: certificate, encoding: .utf8)
        #expect(xml.contains("<berlaku-mulai>2026-12-01</berlaku-mulai>"))
        #expect(xml.contains("<standar>S01</standar>") && xml.contains("<standar>S03</standar>"))
        let page = try String(contentsOfFile: target + "/sertifikat-SK-12-LKPP-2026.html", encoding: .utf8)
        let fingerprint = try #require(xml.split(separator: "\"").drop { !$0.hasSuffix("sidik-jari=") }.dropFirst().first)
        #expect(page.contains(String(fingerprint)))
        #expect(page.contains("patuh sertifikat verifikasi sertifikat-SK-12-LKPP-2026.xml"))
        #expect(page.contains("LPSE Kabupaten Contoh"))
        #expect(page.contains("1 Desember 2026"))
        // The PDF page (weasyprint is on the README's install line): one A4 page showing the same.
        let pdf = try PatuhRunner.program("/usr/bin/pdftotext", ["-layout", target + "/sertifikat-SK-12-LKPP-2026.pdf", "-"])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        #expect(pdf.stdout.contains(String(fingerprint)))
        #expect(pdf.stdout.contains("patuh sertifikat verifikasi sertifikat-SK-12-LKPP-2026.xml"))
        #expect(pdf.stdout.filter { $0 == "\u{0C}" }.count == 1, "not one page (pdftotext ends each page with a form feed)")
        let listed = try assessor.run(["sertifikat", "daftar"], ["--now", "2026-12-01T11:00:00+07:00"])
        #expect(listed.stdout.contains("SK-12/LKPP/2026"))

        // Anyone, in an empty folder with LKPP's public key, verifies it.
        let anyone = try PatuhRunner.temporaryFolder("patuh-siapa-saja")
        let bare: [String: String] = ["PATUH_STANDARDS": "", "XDG_CACHE_HOME": anyone + "/cache"]
        let valid = try PatuhRunner.run(["sertifikat", "verifikasi", certificate, "--kunci", lkppPublic, "--pada", "2027-01-01"],
                                        in: anyone, environment: bare)
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("SAH"))
        let expired = try PatuhRunner.run(["sertifikat", "verifikasi", certificate, "--kunci", lkppPublic, "--pada", "2030-01-01"],
                                          in: anyone, environment: bare)
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("KEDALUWARSA"))
        // Its validity edited: forged, exit 1.
        let until = try #require(xml.components(separatedBy: "<berlaku-sampai>").last?.prefix(10))
        try Data(xml.replacingOccurrences(of: "<berlaku-sampai>\(until)", with: "<berlaku-sampai>2035-11-30").utf8)
            .write(to: URL(fileURLWithPath: anyone + "/diubah.xml"))
        let forged = try PatuhRunner.run(["sertifikat", "verifikasi", "diubah.xml", "--kunci", lkppPublic, "--pada", "2027-01-01"],
                                         in: anyone, environment: bare)
        #expect(forged.status == 1)
        #expect(forged.stderr.contains("PALSU"))

        // LKPP revokes it; verification with the revocation list says so.
        let list = target + "/pencabutan.xml"
        let revoked = try assessor.run(["sertifikat", "cabut", "SK-12/LKPP/2026"], ["--daftar", list, "--tanggal", "2027-06-01",
                                                                                  "--kunci", "asesor"], environment: sides.lkppKeys)
        #expect(revoked.status == 0, "\(revoked.stderr)")
        let afterRevocation = try PatuhRunner.run(["sertifikat", "verifikasi", certificate, "--kunci", lkppPublic, "--pada", "2027-07-01",
                                                   "--pencabutan", list], in: anyone, environment: bare)
        #expect(afterRevocation.status == 1)
        #expect(afterRevocation.stdout.contains("DICABUT"))
        let beforeRevocation = try PatuhRunner.run(["sertifikat", "verifikasi", certificate, "--kunci", lkppPublic, "--pada", "2027-01-01",
                                                    "--pencabutan", list], in: anyone, environment: bare)
        #expect(beforeRevocation.status == 0)
    }

    @Test("Anyone checks a paket from an empty folder: the embedded catalog's schemas, no Standards/ folder, nothing written")
    func checkFromAnEmptyFolder() throws {
        let sides = try prepare()
        let anyone = try PatuhRunner.temporaryFolder("patuh-kosong")
        let cache = try PatuhRunner.temporaryFolder("patuh-cache")
        let bare = ["PATUH_STANDARDS": "", "XDG_CACHE_HOME": cache]
        let lpsePublic = sides.lpseKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci/lpse-kab-contoh.pub"
        let checked = try PatuhRunner.run(["paket", "periksa", sides.paket, "--kunci", lpsePublic], in: anyone, environment: bare)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("Paket sah"))
        #expect(checked.stdout.contains("katalog: versi 2026.1 sama dengan workspace ini"))
        #expect(FileManager.default.fileExists(atPath: cache + "/patuh"), "the embedded catalog was not the one used")
        #expect(try FileManager.default.contentsOfDirectory(atPath: anyone).isEmpty)
        // Without a key to trust (no trust list here): untrusted, exit 1, naming the key.
        let untrusted = try PatuhRunner.run(["paket", "periksa", sides.paket], in: anyone, environment: bare)
        #expect(untrusted.status == 1)
        #expect(untrusted.stderr.contains("tidak dipercaya"))
        // A flipped byte in an evidence file stored in the paket: tampered, naming the file.
        var bytes = [UInt8](FileManager.default.contents(atPath: sides.paket)!)
        let marker = Array("%PDF".utf8)
        let at = try #require((0..<(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        bytes[at + 200] ^= 0x01
        FileManager.default.createFile(atPath: cache + "/diubah.zip", contents: Data(bytes))
        let tampered = try PatuhRunner.run(["paket", "periksa", cache + "/diubah.zip", "--kunci", lpsePublic], in: anyone, environment: bare)
        #expect(tampered.status == 1, "\(tampered.stderr)")
        #expect(tampered.stderr.contains("Evidence/"))
        #expect(tampered.stderr.contains(".pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: anyone).isEmpty)
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
        let truncatedTarget = try PatuhRunner.temporaryFolder("patuh-asesor") + "/terpotong"
        let truncatedReceived = try sides.lkpp.run(["paket", "terima", sides.lpse.root + "/terpotong.zip"], ["--ke", truncatedTarget, "--now", Self.now])
        #expect(truncatedReceived.status == 2)
        #expect(truncatedReceived.stderr.contains("terpotong.zip"))
        #expect(!FileManager.default.fileExists(atPath: truncatedTarget))

        // A paket from a newer Patuh (manifest version 2), signed by the trusted LPSE key: not a
        // paket this version reads (exit 2), saying so; nothing received.
        let (_, lpseKey) = try KeyStore(directory: sides.lpseKeys["XDG_CONFIG_HOME"]! + "/patuh/kunci").load("lpse-kab-contoh")
        let newer = sides.lpse.root + "/paket-baru.zip"
        let mandiri = sides.lpse.root + "/Evidence/penilaian-mandiri.xml"
        _ = try PaketWriter.write(to: newer, sources: [PaketSource(archivePath: "Evidence/penilaian-mandiri.xml", diskPath: mandiri, role: .jawaban)],
                                  signer: lpseKey, manifest: { files in
            PaketManifest(kind: .pengajuan, created: Instant(iso8601: Self.now)!, patuhVersion: "9.0.0",
                          lpse: .init(id: "lpse-kab-contoh", name: "LPSE Kabupaten Contoh", instansi: "Pemerintah Kabupaten Contoh", zone: .wib),
                          catalogVersion: "2026.1", catalogSHA256: String(repeating: "a", count: 64), files: files)
        }, render: {
            Data(String(decoding: $0.xml, as: UTF8.self)
                .replacingOccurrences(of: "urn:patuh:paket:1\" versi=\"1\"", with: "urn:patuh:paket:2\" versi=\"2\"").utf8)
        })
        let newerChecked = try sides.lkpp.run(["paket", "periksa", newer])
        #expect(newerChecked.status == 2, "\(newerChecked.stderr)")
        #expect(newerChecked.stderr.contains("versi 2"))
        #expect(newerChecked.stderr.contains("perbarui Patuh"))
        let newerTarget = try PatuhRunner.temporaryFolder("patuh-asesor") + "/baru"
        let newerReceived = try sides.lkpp.run(["paket", "terima", newer], ["--ke", newerTarget, "--now", Self.now])
        #expect(newerReceived.status == 2)
        #expect(!FileManager.default.fileExists(atPath: newerTarget))

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
        let looseFolder = try PatuhRunner.temporaryFolder("patuh-longgar")
        let loose = try sides.lpse.run(["paket", "buat"], ["--kunci", "lpse-kab-contoh", "--now", Self.now, "--ke", looseFolder],
                                       environment: sides.lpseKeys)
        #expect(loose.status == 2)
        #expect(loose.stderr.contains("chmod 600"))
        #expect(loose.stderr.contains("lpse-kab-contoh.kunci"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: looseFolder).isEmpty)
    }
}
