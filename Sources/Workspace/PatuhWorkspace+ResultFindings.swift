public import Assessment
import Catalog
import EvidenceRegistry
public import Core
import Foundation
public import Paket
public import Pembinaan
import XMLSupport

/// The findings (temuan) of a penilaian faktual result, read so that a case is opened from them
/// without retyping: from the result paket itself (verified first) or from the faktual answer
/// file `paket terima` filed.
public struct ResultFindings: Sendable {
    /// The LPSE the result is about.
    public var lpse: String
    /// Every finding of the result, in file order.
    public var findings: [Temuan]
    /// Where they were read: the answer file, or `PAKET!ENTRY`.
    public var source: String
    /// The result paket's identity (SHA-256 of its manifest) when read from a paket.
    public var paketSHA256: String?
}

extension PatuhWorkspace {
    /// Reads the findings of the penilaian faktual result at `path`.
    ///
    /// A zip file must be a result paket (`patuh paket hasil`): it is checked as `paket periksa`
    /// checks it (signature by a trusted LKPP key, every file's size and hash) and its faktual
    /// answer files are read from it in memory, hashed again as they are read; nothing is
    /// written. Any other file is read as a faktual answer file (as `paket terima` filed it under
    /// `Evidence/`). Either way the file must pass the answer-file checks against this
    /// workspace's catalog, and, when this workspace has a `patuh.xml`, be about its LPSE.
    public func findings(fromResult path: String, limits: ArchiveLimits = ArchiveLimits()) throws(WorkspaceError) -> ResultFindings {
        let full = resolve(path)
        let result: ResultFindings
        if Self.looksLikeZip(full) {
            let (reader, check) = try openPaket(path, publicKey: nil, limits: limits)
            guard check.manifest.kind == .hasil else { throw WorkspaceError(.refused, "paket.case.notResult", ["path": path]) }
            do { try reader.verifyFiles() } catch { throw Self.paketFailure(error) }
            var findings: [Temuan] = []
            for file in check.manifest.files(.jawaban) {
                let bytes: [UInt8]
                do { bytes = try reader.contents(of: file, limit: Int64(XMLLimits.standard.maximumFileSize)) } catch { throw Self.paketFailure(error) }
                findings += try faktualAnswers(bytes: bytes, shownAs: "\(path)!\(file.path)").findings
            }
            result = ResultFindings(lpse: check.manifest.lpse.id, findings: findings, source: path, paketSHA256: check.sha256)
        } else {
            let (file, _) = try answers(path, expecting: .faktual)
            result = ResultFindings(lpse: file.lpse.id, findings: file.findings, source: path, paketSHA256: nil)
        }
        if hasProfile {
            let ours = try profile().id
            guard result.lpse == ours else { throw WorkspaceError(.refused, "paket.verify.otherLPSE", ["lpse": result.lpse, "ours": ours]) }
        }
        return result
    }

    /// Opens a case (as ``openCase(findings:notice:lpse:caseId:context:)``, with its guards) from
    /// the findings `ids` of the result at `path` (see ``findings(fromResult:limits:)``): the
    /// LPSE, standard, control, severity, uraian and rekomendasi come from the result. The case's
    /// basis names the findings and the result (and the paket's hash when it is one).
    /// - Throws: `invalidInput` for an id the result does not have (naming those it has);
    ///   `refused` when `lpse` names another LPSE than the result's.
    public func openCase(fromResult path: String, findingIds ids: [String], notice: Notice, lpse: String? = nil,
                         caseId: String? = nil, context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        guard !ids.isEmpty else { throw WorkspaceError(.invalidInput, "paket.case.findingNeeded") }
        let result = try findings(fromResult: path)
        if let lpse, lpse != result.lpse {
            throw WorkspaceError(.refused, "paket.case.lpseDiffers", ["lpse": result.lpse, "asked": lpse])
        }
        let known = result.findings.map(\.id)
        guard !known.isEmpty else { throw WorkspaceError(.invalidInput, "paket.case.noFindings", ["path": path]) }
        var chosen: [Finding] = []
        for id in ids {
            guard let temuan = result.findings.first(where: { $0.id == id }) else {
                throw WorkspaceError(.invalidInput, "paket.case.unknownFinding", ["id": id, "path": path, "known": known.joined(separator: ", ")])
            }
            chosen.append(Finding(id: temuan.id, standard: temuan.standardId, control: temuan.controlId, description: temuan.description,
                                  severity: temuan.severity.rawValue, rekomendasi: temuan.rekomendasi))
        }
        var context = context
        let name = (path as NSString).lastPathComponent
        context.basis.append(result.paketSHA256.map { "\(name) (SHA-256 \($0.prefix(16)))" } ?? name)
        return try openCase(findings: chosen, notice: notice, lpse: result.lpse, caseId: caseId, context: context)
    }

    /// A faktual answer file held in memory (read from a paket), checked as ``answers(_:expecting:)``
    /// checks a file on disk; `shownAs` names it in every diagnostic.
    func faktualAnswers(bytes: [UInt8], shownAs: String) throws(WorkspaceError) -> AnswerFile {
        let inputs = try scoring()
        let outcome: AnswerFileOutcome
        do {
            let document = try XMLDocument.parse(bytes: bytes, path: shownAs)
            let invalid = inputs.schema.validate(document)
            outcome = invalid.isEmpty
                ? AnswerFileLoader.read(document.root, path: shownAs, catalog: inputs.catalog, expecting: .faktual)
                : AnswerFileOutcome(file: nil, problems: invalid.map { AnswerProblem(kind: .schema, diagnostic: $0) })
        } catch {
            outcome = AnswerFileOutcome(file: nil, problems: error.diagnostics.map { AnswerProblem(kind: .schema, diagnostic: $0) })
        }
        guard let file = outcome.file, outcome.blockingProblems.isEmpty else {
            throw WorkspaceError(.invalidInput, "assessment.answers.invalid", ["path": shownAs], diagnostics: outcome.diagnostics)
        }
        return file
    }

    /// Whether the file at `path` begins as a zip archive does (`PK\u{3}\u{4}`, or an empty
    /// archive's `PK\u{5}\u{6}`).
    static func looksLikeZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return head == [0x50, 0x4b, 0x03, 0x04] || head == [0x50, 0x4b, 0x05, 0x06]
    }
}
