import Foundation
import Testing

/// `patuh standar ...` run as a binary on the shipped catalog and on broken copies of it.
@Suite struct StandardsCommandTests {
    let standards = PatuhRunner.packageRoot.appendingPathComponent("Standards").path

    /// A copy of the shipped Standards folder with one standard file replaced.
    private func copy(replacing name: String = "S03-aset.xml", with bytes: Data?) throws -> (folder: String, file: String) {
        let folder = try PatuhRunner.temporaryFolder() + "/Standards"
        try FileManager.default.copyItem(atPath: standards, toPath: folder)
        let file = folder + "/" + name
        if let bytes { try bytes.write(to: URL(fileURLWithPath: file)) }
        return (folder, file)
    }

    @Test func shippedCatalogIsValid() throws {
        let result = try PatuhRunner.run(["standar", "validate", standards])
        #expect(result.status == 0)
        #expect(result.stdout.contains(": sah: katalog 2026.1, 17 standar, 68 kontrol, 114 aturan bukti"))
        #expect(result.stderr.isEmpty)
        let english = try PatuhRunner.run(["standar", "validate", standards, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains(": valid: catalog 2026.1, 17 standards, 68 controls, 114 evidence rules"))
    }

    @Test func englishAliasAndJSON() throws {
        let result = try PatuhRunner.run(["standards", "validate", standards, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["valid"] as? Bool == true)
        #expect((json?["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func listAsJSONHasSeventeenStandards() throws {
        let result = try PatuhRunner.run(["standar", "list", "--format", "json"], in: PatuhRunner.packageRoot.path)
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 17)
        #expect(rows.map { $0["controls"] as? Int ?? 0 }.reduce(0, +) == 68)
        #expect(rows.map { $0["mandatoryControls"] as? Int ?? 0 }.reduce(0, +) == 47)
        #expect(rows.map { $0["evidenceRules"] as? Int ?? 0 }.reduce(0, +) == 114)
        #expect(Set(rows[0].keys) == ["id", "number", "name", "controls", "mandatoryControls", "evidenceRules"])
        #expect(rows[4]["name"] as? String == "Pengelolaan Gangguan, Masalah dan Permintaan Layanan")
    }

    @Test func listInEnglish() throws {
        let result = try PatuhRunner.run(["standards", "list", "--lang", "en", "--standards", standards])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Service Asset Management"))
        #expect(result.stdout.contains("Evidence rules"))
    }

    @Test func showUnknownIdListsTheValidOnes() throws {
        let result = try PatuhRunner.run(["standar", "show", "S18", "--standards", standards])
        #expect(result.status == 2)
        #expect(result.stderr.contains("standar 'S18' tidak dikenal"))
        #expect(result.stderr.contains("id yang sah: S01, S02"))
        let english = try PatuhRunner.run(["standar", "show", "S18", "--standards", standards, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("unknown standard 'S18'"))
        #expect(english.stderr.contains("valid ids: S01, S02"))
    }

    @Test func showPrintsTheTree() throws {
        let result = try PatuhRunner.run(["standar", "show", "s03", "--standards", standards])
        #expect(result.status == 0)
        #expect(result.stdout.contains("S03.2 Register enam kelas aset"))
        #expect(result.stdout.contains("S03.1.E1 · sk · sk-*aset*"))
    }

    @Test func showPrintsFullCitationsInBothLanguages() throws {
        var result = try PatuhRunner.run(["standar", "show", "S12", "--standards", standards])
        #expect(result.status == 0)
        #expect(result.stdout.contains("- [regulasi] Peraturan Bupati Tulang Bawang Barat Nomor 46 Tahun 2018 tentang Pembentukan Organisasi Layanan Pengadaan Secara Elektronik Pemerintah Kabupaten Tulang Bawang Barat, Pasal 10 ayat (1) huruf a"))
        #expect(result.stdout.contains("- [praktik] Dokumen Standar Layanan Pengadaan Secara Elektronik 2014, Standar 12 Pengelolaan Kelangsungan Layanan, halaman 32–37, §12.2.a.1–2"))
        #expect(result.stdout.contains("- [turunan] Target waktu pemulihan disimpulkan dari ISO/IEC 20000-1"))
        #expect(result.stdout.contains("Fakta: Tanyakan peran masing-masing kepada dua anggota tim."))
        #expect(!result.stdout.contains("R:S"))
        result = try PatuhRunner.run(["standar", "show", "S12", "--lang", "en", "--standards", standards])
        #expect(result.stdout.contains("Assessor looks for: Ask two team members about their roles."))
        result = try PatuhRunner.run(["standar", "show", "S12", "--format", "json", "--standards", standards])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String ?? "" }.contains("perbup-tubaba-46-2018"))
    }

    @Test func validateNamesADanglingSource() throws {
        let folder = try PatuhRunner.temporaryFolder() + "/Standards"
        try FileManager.default.copyItem(atPath: standards, toPath: folder)
        let file = folder + "/S12-kelangsungan.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "source=\"perbup-tubaba-46-2018\" at=\"Pasal 10\"", with: "source=\"perbup-tubaba-1-1999\" at=\"Pasal 10\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try PatuhRunner.run(["standar", "validate", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("S12-kelangsungan.xml:") && result.stderr.contains("S12.1: basis cites source 'perbup-tubaba-1-1999', which sumber.xml does not define"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try PatuhRunner.run(["standar", "list", "--format", "yaml"]).status == 64)
        #expect(try PatuhRunner.run(["standar", "frobnicate"]).status == 64)
    }

    @Test func versionAndHelp() throws {
        let version = try PatuhRunner.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let help = try PatuhRunner.run(["standar", "validate", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Examples:"))
    }

    /// Hostile or broken standard files: exit 2, a diagnostic naming the file, nothing from libxml2 itself.
    @Test(arguments: [
        ("xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<standard>&x;</standard>", 2),
        ("laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<standard>&b;</standard>", 2),
        ("external-dtd", "<?xml version=\"1.0\"?>\n<!DOCTYPE standard SYSTEM \"http://192.0.2.1/x.dtd\">\n<standard/>", 2),
        ("truncated", "<?xml version=\"1.0\"?>\n<standard xmlns=\"urn:patuh:standar:1\" id=\"S03\"\n", 3),
        ("wrong-namespace", "<?xml version=\"1.0\"?>\n<standard xmlns=\"urn:other\" id=\"S03\" number=\"3\" version=\"1\" folder=\"S03\"/>", 2),
        ("empty", "", 1),
    ])
    func hostileStandardFile(_ testCase: (String, String, Int)) throws {
        let (folder, file) = try copy(with: Data(testCase.1.utf8))
        let result = try PatuhRunner.run(["standar", "validate", folder])
        #expect(result.status == 2, "\(testCase.0)")
        #expect(result.stderr.contains("\(file):\(testCase.2):"), "\(testCase.0): \(result.stderr)")
        #expect(!result.stderr.contains("parser error :"), "libxml2 printed on its own")
        #expect(!result.stderr.contains("root:"), "\(testCase.0) leaked /etc/passwd")
    }

    @Test func deepNestingAndHugeAttributeAndBadUTF8() throws {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let huge = "<standard v=\"" + String(repeating: "x", count: 10 << 20) + "\"/>"
        let badUTF8 = Data("<?xml version=\"1.0\"?>\n<standard>".utf8) + Data([0xC3, 0x28]) + Data("</standard>".utf8)
        for bytes in [Data(deep.utf8), Data(huge.utf8), badUTF8] {
            let (folder, file) = try copy(with: bytes)
            let result = try PatuhRunner.run(["standar", "validate", folder])
            #expect(result.status == 2)
            #expect(result.stderr.contains(file + ":"))
        }
    }

    @Test func duplicateControlAcrossFilesInJSON() throws {
        let (folder, _) = try copy(with: nil)
        let path = folder + "/S05-gangguan.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "<control id=\"S05.4\"", with: "<control id=\"S04.4\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try PatuhRunner.run(["standar", "validate", folder, "--format", "json"])
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { ($0["message"] as? String)?.contains("duplicate control id 'S04.4'") == true
            && ($0["file"] as? String) == path && ($0["line"] as? Int ?? 0) > 0 && $0["column"] is Int })
    }

    @Test func directoryWhereAFileIsExpected() throws {
        let (folder, file) = try copy(with: nil)
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        let result = try PatuhRunner.run(["standar", "validate", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file):0:0: error: is a directory"))
    }

    /// Root reads any file whatever its mode, so as root the check runs as `nobody` via setpriv.
    @Test func unreadableFile() throws {
        let (folder, file) = try copy(with: nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
        var wrapper: [String] = []
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv (util-linux) is needed to drop root")
            // nobody must be able to reach the binary and the copy.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: (folder as NSString).deletingLastPathComponent)
            wrapper = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let result = try PatuhRunner.run(["standar", "validate", folder], wrapper: wrapper)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file):0:0: error: cannot read file: permission denied"))
    }

    @Test func missingStandardsFolder() throws {
        let result = try PatuhRunner.run(["standar", "list", "--standards", "/nonexistent/Standards"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/Standards"))
    }
}
