import Assessment
import Catalog
import Core
import Foundation
import PatuhTestSupport
import Testing
import Workspace

/// Editing one control's answer without touching the rest of the file (issue 17's use case).
@Suite("Workspace: edit one answer, safely")
struct AnswerEditingTests {
    static let file = "Evidence/penilaian-mandiri.xml"
    static let cited = "S12-kelangsungan/S12.3/laporan-simulasi-kelangsungan_2026-06-24.pdf"

    static func workspace() throws -> PatuhWorkspace {
        try EvidenceUseCaseTests.workspace()
    }

    static func change(_ status: ControlStatus = .sebagian, fakta: String? = "Simulasi BCP 24 Juni 2026; uji restore 27 Agustus 2026.",
                       analisis: String? = "Uji coba dilaksanakan, evaluasi hasil belum dibahas pimpinan.",
                       files: [String] = [cited]) -> AnswerChange {
        AnswerChange(control: "S12.3", status: status, fakta: fakta, analisis: analisis, files: files)
    }

    @Test("saving S12.3 changes only its element: every other byte, comment and control stays; the file still loads")
    func onlyTheControlChanges() throws {
        let workspace = try Self.workspace()
        let sheet = try workspace.answerSheet(Self.file)
        let saved = try workspace.saveAnswer(Self.file, Self.change(), expectedSHA256: sheet.sha256)
        let after = try String(contentsOfFile: workspace.root + "/" + Self.file, encoding: .utf8)
        let start = try #require(sheet.text.range(of: "  <control id=\"S12.3\""))
        let end = try #require(sheet.text.range(of: "</control>", range: start.upperBound..<sheet.text.endIndex))
        #expect(after.hasPrefix(String(sheet.text[..<start.lowerBound])))
        #expect(after.hasSuffix(String(sheet.text[end.upperBound...])))
        #expect(after.contains("""
              <control id="S12.3" status="sebagian">
                <fakta>Simulasi BCP 24 Juni 2026; uji restore 27 Agustus 2026.</fakta>
                <analisis>Uji coba dilaksanakan, evaluasi hasil belum dibahas pimpinan.</analisis>
                <evidence file="\(Self.cited)"/>
              </control>
            """))
        #expect(saved.answer.status == .sebagian && !saved.answer.proposed)
        let (answers, _) = try workspace.answers(Self.file, expecting: .mandiri)
        #expect(answers.answer("S12.3")?.evidence == [.file(Self.cited)])
        #expect(answers.answers.count == 68)
        // The same answer saved again gives the same bytes.
        let again = try workspace.saveAnswer(Self.file, Self.change(), expectedSHA256: saved.sha256)
        #expect(again.sha256 == saved.sha256)
    }

    @Test("a file changed on disk since it was read is refused with what changed; nothing is written")
    func conflict() throws {
        let workspace = try Self.workspace()
        let sheet = try workspace.answerSheet(Self.file)
        let edited = sheet.text.replacingOccurrences(of: "<control id=\"S12.4\" status=\"memenuhi\">",
                                                     with: "<control id=\"S12.4\" status=\"sebagian\">")
        try edited.write(toFile: workspace.root + "/" + Self.file, atomically: true, encoding: .utf8)
        do {
            _ = try workspace.saveAnswer(Self.file, Self.change(), expectedSHA256: sheet.sha256)
            Issue.record("a stale save was accepted")
        } catch {
            #expect(error.kind == .refused && error.key == "edit.answer.conflict")
            #expect(error.values["diff"]?.contains("- " + "  <control id=\"S12.4\" status=\"memenuhi\">") == true, "\(error.values)")
            #expect(error.values["diff"]?.contains("+ " + "  <control id=\"S12.4\" status=\"sebagian\">") == true)
            #expect(error.lines(.id).last?.contains("berubah di disk sejak dibuka") == true)
        }
        #expect(try String(contentsOfFile: workspace.root + "/" + Self.file, encoding: .utf8) == edited)
        // Another process (a new workspace value) without the text read: the difference to what would be saved.
        let other = PatuhWorkspace(root: workspace.root, standards: EvidenceUseCaseTests.packageRoot + "/Standards", clock: workspace.clock)
        do {
            _ = try other.saveAnswer(Self.file, Self.change(), expectedSHA256: sheet.sha256)
            Issue.record("a stale save was accepted")
        } catch {
            #expect(error.key == "edit.answer.conflictUnknown")
            #expect(error.values["diff"]?.contains("+     <fakta>Simulasi BCP") == true, "\(error.values)")
        }
    }

    @Test("the policy's statuses: tidak-berlaku only where allowed, then with fakta and analisis; justification unless memenuhi")
    func policy() throws {
        let workspace = try Self.workspace()
        let form = try workspace.controlForm(Self.file, control: "S11.1")
        #expect(form.statuses == [.memenuhi, .sebagian, .tidak] && !form.notApplicableAllowed)
        let sheet = try workspace.answerSheet(Self.file)
        let refused = AnswerChange(control: "S11.1", status: .tidakBerlaku, fakta: "SPSE di LKPP", analisis: "Tidak berlaku", files: [])
        #expect(throws: WorkspaceError.self) { try workspace.saveAnswer(Self.file, refused, expectedSHA256: sheet.sha256) }
        do {
            _ = try workspace.saveAnswer(Self.file, Self.change(.tidak, analisis: "  "), expectedSHA256: sheet.sha256)
            Issue.record("an answer without analisis was accepted")
        } catch {
            #expect(error.key == "edit.answer.justification")
        }
        // With the SPSE on LKPP's infrastructure, S11.1 may be tidak-berlaku, with its justification.
        _ = try workspace.updateProfile(ProfileChange(hosting: .lkpp))
        let allowed = try workspace.controlForm(Self.file, control: "S11.1")
        #expect(allowed.notApplicableAllowed && allowed.statuses.contains(.tidakBerlaku))
        let saved = try workspace.saveAnswer(Self.file, refused, expectedSHA256: allowed.sha256)
        #expect(saved.answer.status == .tidakBerlaku)
        do {
            _ = try workspace.saveAnswer(Self.file, AnswerChange(control: "S11.1", status: .tidakBerlaku, fakta: nil, analisis: nil, files: []),
                                         expectedSHA256: saved.sha256)
            Issue.record("tidak-berlaku without a justification was accepted")
        } catch {
            #expect(error.key == "edit.answer.justification")
        }
    }

    @Test("citations come from the index: a missing file is refused with the nearest one; text is checked and normalised")
    func citationsAndText() throws {
        let workspace = try Self.workspace()
        let form = try workspace.controlForm(Self.file, control: "S12.3")
        #expect(form.citable.prefix(2).map(\.file).sorted() == [Self.cited, "S12-kelangsungan/S12.3/rekaman-uji-restore-backup_2026-08-27.csv"])
        let own = form.citable.prefix(2).filter { $0.ofControl }.count
        #expect(own == 2)
        let sheet = try workspace.answerSheet(Self.file)
        do {
            _ = try workspace.saveAnswer(Self.file, Self.change(files: ["S12-kelangsungan/S12.3/laporan-simulasi-kelangsungan_2026-06-25.pdf"]),
                                         expectedSHA256: sheet.sha256)
            Issue.record("a citation of a missing file was accepted")
        } catch {
            #expect(error.key == "edit.answer.citationGuess" && error.values["guess"] == Self.cited)
        }
        let escape = Self.change(fakta: "ok\u{1B}[2J")
        #expect(throws: WorkspaceError.self) { try workspace.saveAnswer(Self.file, escape, expectedSHA256: sheet.sha256) }
        let saved = try workspace.saveAnswer(Self.file, Self.change(fakta: "Baris satu\r\nbaris dua & <tiga>"), expectedSHA256: sheet.sha256)
        #expect(saved.answer.justification?.fakta == "Baris satu baris dua & <tiga>", "as the loader reads it: white space folded")
        let written = try String(contentsOfFile: workspace.root + "/" + Self.file, encoding: .utf8)
        #expect(written.contains("<fakta>Baris satu\nbaris dua &amp; &lt;tiga&gt;</fakta>"))
    }
}
