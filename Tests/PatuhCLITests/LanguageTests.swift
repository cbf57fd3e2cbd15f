import Core
import Foundation
import Testing

/// `--lang id` and `--lang en` each give one language on stdout and stderr: the standards,
/// penilaian, ekspor/impor and laporan commands run in both, on success and on error, and no
/// marker word of the other language may appear.
@Suite("One language per run: standar, penilaian, ekspor, impor, laporan")
struct LanguageTests {
    /// Words only Indonesian messages use.
    static let indonesianMarkers: Set<String> = [
        "belum", "berkas", "dengan", "sudah", "ditulis", "dari", "yang", "jalankan", "kesalahan", "katalog",
        "kontrol", "standar", "peringatan", "menulis", "lalu", "sah", "gagal", "tinjau", "lihat", "jumlah",
        "wajib", "tujuan", "peran", "catatan", "dasar", "hari", "riwayat", "perubahan", "kalibrasi", "selisih",
        "temuan", "rekomendasi", "bukan", "untuk", "atau", "dan", "ada", "tersimpan", "penetapan",
    ]

    /// Words only English messages use.
    static let englishMarkers: Set<String> = [
        "the", "not", "file", "files", "with", "written", "valid", "missing", "cannot", "exists", "wrote",
        "review", "controls", "rules", "found", "problem", "problems", "unknown", "must", "of", "and", "or",
        "to", "is", "mean", "difference", "recommendation", "findings", "overrides", "none", "total", "catalog",
        "purpose", "role", "note", "basis", "mandatory", "optional", "stored", "history", "change",
    ]

    /// What both languages print on purpose: command lines quoted in a hint and their placeholder,
    /// and the legal terms of the regulation that English keeps in Indonesian.
    static let shared = [
        "patuh standar validate", "patuh penilaian nilai", "patuh impor xccdf", "FILE", "POA&M", "(catalog)",
        "penilaian mandiri", "penilaian faktual", "terpenuhi", "memenuhi", "tidak-berlaku", "tidak-dinilai",
    ]

    /// A diagnostic of a checked file (`FILE:LINE:COL: error: ...`) is the domain's wording.
    static func isDiagnostic(_ line: Substring) -> Bool {
        line.firstMatch(of: #/^\S+:\d+:\d+: (error|warning): /#) != nil
    }

    /// Texts that come from the workspace's own files: the catalog's names, titles, citations and notes
    /// (many of them Indonesian only), the answer files' names, remarks and findings, patuh.xml. A
    /// table may cut a long name at 39 characters with an ellipsis; that form is data too.
    static func data(in root: String) throws -> [String] {
        let standards = root + "/Standards"
        let files = try FileManager.default.contentsOfDirectory(atPath: standards).filter { $0.hasSuffix(".xml") }
            .map { "Standards/" + $0 } + ["Evidence/penilaian-mandiri.xml", "Evidence/penilaian-faktual.xml", "patuh.xml"]
        var texts: Set<String> = []
        for name in files {
            let xml = try String(contentsOfFile: root + "/" + name, encoding: .utf8)
            for match in xml.matches(of: #/>([^<]+)</#) { texts.insert(String(match.output.1)) }
            for match in xml.matches(of: #/[a-zA-Z]="([^"]+)"/#) { texts.insert(String(match.output.1)) }
        }
        var data: [String] = []
        let walker = FileManager.default.enumerator(atPath: root + "/Evidence")
        while let path = walker?.nextObject() as? String { data.append((path as NSString).lastPathComponent) }
        for text in texts {
            let clean = text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard clean.count > 3 else { continue }
            data.append(clean)
            if clean.count > 39 { data.append(String(clean.prefix(39)) + "…") }
        }
        return data.sorted { $0.count > $1.count }
    }

    /// The marker words of the other language found in `text`.
    static func foreignWords(in text: String, speaking language: Language, data: [String]) -> [String] {
        var rest = text.split(separator: "\n").filter { !isDiagnostic($0) }.joined(separator: "\n")
        // An evidence rule's status code (S15.2.E2 missing) is an identifier, the same in both languages.
        rest = rest.replacing(#/\.E\d+ [a-z-]+/#, with: " ")
        for phrase in data + shared { rest = rest.replacingOccurrences(of: phrase, with: " ") }
        let markers = language == .en ? indonesianMarkers : englishMarkers
        let words = rest.split { !$0.isLetter }.map { $0.lowercased() }
        return Array(Set(words.filter(markers.contains))).sorted()
    }

    @Test("each command speaks only the language asked", arguments: [Language.id, .en])
    func oneLanguage(_ language: Language) throws {
        let workspace = try SampleWorkspace()
        let lang = ["--lang", language.rawValue]
        let data = try Self.data(in: workspace.root)
        let missing = workspace.root + "/nihil"
        // (arguments, expected exit status)
        let runs: [([String], Int32)] = [
            (["standar", "validate", "Standards"], 0),
            (["standar", "validate", missing], 2),
            (["standar", "list"], 0),
            (["standar", "list", "--standards", missing], 2),
            (["standar", "show", "S03"], 0),
            (["standar", "show", "S99"], 2),
            (["penilaian", "riwayat"], 0),
            (["penilaian", "riwayat", missing], 2),
            (["penilaian", "nilai", "Evidence/penilaian-mandiri.xml"], 1),
            (["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--model", "median"], 2),
            (["penilaian", "riwayat"], 0),
            (["penilaian", "template", "--jenis", "mandiri", "--output", "templat.xml"], 0),
            (["penilaian", "template", "--jenis", "mandiri", "--output", "templat.xml"], 2),
            (["penilaian", "template", "--jenis", "mandiri", "--now", "kemarin"], 2),
            (["penilaian", "faktual", "--mandiri", "Evidence/penilaian-mandiri.xml",
              "--faktual", "Evidence/penilaian-faktual.xml"], 0),
            (["penilaian", "faktual", "--mandiri", "Evidence/penilaian-faktual.xml",
              "--faktual", "Evidence/penilaian-mandiri.xml"], 2),
            (["ekspor", "xccdf", "--penilaian", "Evidence/penilaian-mandiri.xml", "--output", "hasil.xml"], 0),
            (["ekspor", "oscal", "--jenis", "katalog", "--output", "k.json"], 0),
            (["ekspor", "oscal", "--jenis", "poam"], 2),
            (["impor", "xccdf", "hasil.xml", "--output", "kembali.xml"], 0),
            (["impor", "xccdf", "hasil.xml", "--output", "kembali.xml"], 2),
            (["laporan", "mandiri", "--format", "md"], 0),
        ]
        for (arguments, status) in runs {
            let result = try workspace.run(arguments + lang)
            let command = (arguments + lang).joined(separator: " ")
            #expect(result.status == status, "\(command): \(result.stderr)")
            #expect(!(result.stdout + result.stderr).isEmpty, "\(command) printed nothing")
            let foreign = Self.foreignWords(in: result.stdout + "\n" + result.stderr, speaking: language, data: data)
            #expect(foreign.isEmpty, "\(command): \(foreign)\n\(result.stdout)\n\(result.stderr)")
        }
        // No HTML-to-PDF tool on PATH: the hint what to install.
        let pdf = try PatuhRunner.run(["laporan", "mandiri", "--format", "pdf"] + lang, in: workspace.root,
                                      environment: ["PATUH_NOW": SampleWorkspace.now, "PATH": "/nonexistent"])
        #expect(pdf.status == 2 && pdf.stderr.contains("weasyprint"), "\(pdf.stderr)")
        #expect(Self.foreignWords(in: pdf.stderr, speaking: language, data: data).isEmpty, "\(pdf.stderr)")
    }

    @Test("the marker check itself finds the other language")
    func markersWork() {
        #expect(Self.foreignWords(in: "patuh: 'x' sudah ada", speaking: .en, data: []) == ["ada", "sudah"])
        #expect(Self.foreignWords(in: "patuh: 'x' exists; Patuh will not overwrite it", speaking: .id, data: [])
            == ["exists", "not"])
        #expect(Self.foreignWords(in: "a.xml:3:0: error: the file is missing", speaking: .id, data: []).isEmpty)
    }
}
