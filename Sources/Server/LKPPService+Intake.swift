import Assessment
import Catalog
import Core
import EvidenceRegistry
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Paket
import Portfolio
import Reporting
import WebSupport
import Workspace

extension LKPPService {
    /// Receives an uploaded paket (at `upload`, a temporary file the caller removes):
    ///
    /// 1. verified by the same use case as `paket terima` (a pengajuan: structure and limits,
    ///    signature, trust, the LPSE the key is registered for, catalog version, every file's
    ///    hash; an older paket than the last received is refused) or, for LKPP's hasil, as
    ///    `paket periksa` verifies it; a refusal stores nothing;
    /// 2. scored in a staging workspace by the same use cases as `patuh nilai` (mandiri: the
    ///    evidence checked, then the answers scored) or `penilaian nilai` (faktual);
    /// 3. its files (and the reports) written content-addressed under `berkas/` (temporary
    ///    file, then rename) and its result recorded in LKPP's assessment history BEFORE the
    ///    portfolio row commits, so an interruption leaves no visible half-stored paket, and the
    ///    same paket sent again is taken.
    ///
    /// `user` must be allowed to submit for the paket's LPSE (an `lpse` user only for its own).
    public func receive(upload: String, by user: UserAccount) async throws -> Submission {
        let staging = (paths.temporary as NSString).appendingPathComponent("terima-\(Tokens.random().prefix(24))")
        defer { paths.remove(staging) }
        // The synchronous work (unpacking, hashing, scanning, scoring, rendering) runs on the
        // workspace queue, never on the threads NIO and the request handlers share.
        let peeked: PaketManifest
        do { peeked = try await offLoop { try self.lkpp.peekPaket(upload) } } catch let error as WorkspaceError { throw ServiceError.refused(error) }
        let kind: SubmissionKind = peeked.kind == .hasil ? .hasil : .pengajuan
        guard user.mayAccess(lpse: peeked.lpse.id) else { throw ServiceError.notFound("web.error.notFound") }
        let check: PaketCheck
        let staged: StagedSubmission
        do {
            switch kind {
            case .pengajuan:
                let receipt = try await offLoop { try self.lkpp.receivePaket(upload, into: staging, allowOlder: false) }
                check = receipt.check
                guard user.mayAccess(lpse: check.manifest.lpse.id) else { throw ServiceError.notFound("web.error.notFound") }
                try await refuseDuplicate(check)
                staged = try await offLoop { try self.scorePengajuan(staging: staging, check: check) }
            case .hasil:
                guard user.role != .lpse else { throw ServiceError.forbidden }
                let profileFile = try await latestProfile(of: peeked.lpse.id)
                let receipt = try await offLoop { try self.lkpp.stageResult(upload, into: staging, profile: profileFile) }
                check = receipt.check
                try await refuseDuplicate(check)
                staged = try await offLoop { try self.scoreHasil(staging: staging, check: check) }
            }
        } catch let error as WorkspaceError {
            throw ServiceError.refused(error)
        }
        let (profile, scored, reportFiles) = (staged.profile, staged.scored, staged.reports)
        let manifest = check.manifest
        // Files first (content-addressed, atomic), then the row.
        let (files, reports, catalog, policy) = try await offLoop {
            var files: [SubmissionFile] = []
            for file in manifest.files {
                try self.storeFile(at: (staging as NSString).appendingPathComponent(file.path), sha256: file.sha256)
                files.append(SubmissionFile(path: file.path, role: file.role.rawValue, sha256: file.sha256, size: file.size))
            }
            var reports: [String: String] = [:]
            for (language, path) in reportFiles {
                let hash = try Self.sha256(ofFile: path)
                try self.storeFile(at: path, sha256: hash)
                reports[language] = hash
            }
            return (files, reports, try self.lkpp.catalog(), try self.lkpp.scoring().policy)
        }
        let marks = zip(catalog.standards, scored.result.score.standards).map { standard, score in
            StandardMark(standardId: standard.id, percent: score.percent(policy), terpenuhi: score.terpenuhi)
        }
        let lpse = LPSERecord(id: manifest.lpse.id, name: profile?.name ?? manifest.lpse.name, instansi: profile?.instansi ?? manifest.lpse.instansi,
                              zone: manifest.lpse.zone, province: profile?.province, instansiKind: profile?.instansiKind)
        let submission = Submission(
            lpseId: lpse.id, kind: kind, paketSHA256: check.sha256, receivedAt: now, uploader: user.username,
            createdAt: manifest.created, verification: "ok", signer: check.signer.fingerprint, catalogVersion: manifest.catalogVersion,
            assessmentDate: scored.result.date, terpenuhi: scored.result.terpenuhi, standardCount: scored.result.standardCount,
            eligible: scored.result.eligibleForCertification, marks: marks, reports: reports, files: files)
        // LKPP's assessment history before the row: recording replaces the LPSE's record of the
        // same kind and date, so an upload cut off between the two and sent again ends with both.
        // (The other way round, a row stored without its history record would refuse the paket
        // sent again as a duplicate, and certificates could never rest on it.)
        do { try await offLoop { try self.lkpp.record(scored) } } catch let error as WorkspaceError { throw ServiceError.refused(error) }
        let existing = try await store.lpse(lpse.id)
        if let existing, kind == .hasil {
            try await store.saveLPSE(existing)
        } else {
            try await store.saveLPSE(lpse)
        }
        let stored: Submission
        do {
            stored = try await store.addSubmission(submission)
        } catch let error as PortfolioError where error.kind == .duplicate {
            throw ServiceError.invalid("server.paket.duplicate", ["sha256": check.sha256])
        }
        await audit(user.username, "paket-diterima", "paket:\(check.sha256)", "\(lpse.id) \(kind.rawValue) \(scored.result.terpenuhi)/\(scored.result.standardCount)")
        return stored
    }

    /// What a staged paket gives once scored: the LPSE's profile, its scored answers, and the
    /// report files (by language) to store with it.
    struct StagedSubmission: Sendable {
        var profile: WorkspaceProfile?
        var scored: ScoredAnswers
        var reports: [String: String]
    }

    /// Scores a staged pengajuan as `patuh nilai` does and writes its mandiri reports in both languages.
    func scorePengajuan(staging: String, check: PaketCheck) throws -> StagedSubmission {
        let side = PatuhWorkspace(root: staging, clock: clock)
        let profile = try side.profile()
        let evidence = try side.checkEvidence()
        guard let mandiri = check.manifest.files(.jawaban).map(\.path)
            .first(where: { ($0 as NSString).lastPathComponent.hasPrefix("penilaian-mandiri") }) else {
            throw ServiceError.invalid("server.paket.noMandiri")
        }
        let scored = try side.score(mandiri, expecting: .mandiri, evidence: evidence.facts())
        var reports: [String: String] = [:]
        for language in Language.allCases {
            reports[language.rawValue] = try mandiriReport(side, scored: scored, evidence: evidence, language: language, staging: staging)
        }
        return StagedSubmission(profile: profile, scored: scored, reports: reports)
    }

    /// Scores a staged hasil (LKPP's faktual) and finds the reports it carries.
    func scoreHasil(staging: String, check: PaketCheck) throws -> StagedSubmission {
        let side = PatuhWorkspace(root: staging, clock: clock)
        let profile = try side.profile()
        guard let faktual = check.manifest.files(.jawaban).first?.path else { throw ServiceError.invalid("server.paket.noFaktual") }
        let scored = try side.score(faktual, expecting: .faktual, evidence: EvidenceFacts())
        var reports: [String: String] = [:]
        for file in check.manifest.files(.laporan) where file.path.hasSuffix(".html") {
            reports[file.path.hasSuffix("-en.html") ? "en" : "id"] = (staging as NSString).appendingPathComponent(file.path)
        }
        return StagedSubmission(profile: profile, scored: scored, reports: reports)
    }

    func refuseDuplicate(_ check: PaketCheck) async throws {
        let stored = try await store.submission(sha256: check.sha256)
        if stored != nil {
            throw ServiceError.invalid("server.paket.duplicate", ["sha256": check.sha256])
        }
    }

    /// The `patuh.xml` of the LPSE's latest pengajuan, from the stored files.
    func latestProfile(of lpse: String) async throws -> String? {
        for submission in try await store.submissions(of: lpse) where submission.kind == .pengajuan {
            if let file = submission.files.first(where: { $0.path == "patuh.xml" }) { return paths.file(file.sha256) }
        }
        return nil
    }

    /// The mandiri report of a scored submission in `language`, written into the staging folder; returns its path.
    func mandiriReport(_ side: PatuhWorkspace, scored: ScoredAnswers, evidence: EvidenceCheck, language: Language, staging: String) throws -> String {
        let catalog = try side.catalog()
        let profile = try side.profile()
        let today = profile.zone.civilDate(of: now)
        let wording = EvidenceWording(language: language)
        let facts = evidence.facts { wording.ruleMessage($0, rule: catalog.rule($0.rule)?.rule, today: today) }
        let header = ReportHeader(kind: .mandiri, language: language.rawValue, generatedAt: now.iso8601(in: profile.zone),
                                  lpse: ReportLPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone.rawValue),
                                  catalogVersion: catalog.version, patuhVersion: PatuhWorkspace.patuhVersion)
        let report = MandiriReportBuilder(catalog: catalog, policy: try side.scoring().policy, language: language)
            .build(result: scored.result, answers: scored.answers, source: scored.file, evidence: facts, header: header)
        let html = try ReportRenderer().render(report, as: .html)
        let path = (staging as NSString).appendingPathComponent(".patuh/laporan-mandiri-\(language.rawValue).html")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Moves (or copies) a verified file to `berkas/sha256/ab/<hash>`: written to a temporary
    /// name beside it, flushed, then renamed; an existing file of that hash is kept.
    func storeFile(at source: String, sha256: String) throws {
        let target = paths.file(sha256)
        let manager = FileManager.default
        if manager.fileExists(atPath: target) { return }
        try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = target + ".tmp-\(Tokens.random().prefix(12))"
        try manager.copyItem(atPath: source, toPath: temporary)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
        try handle.synchronize()
        try handle.close()
        chmod(temporary, 0o444)
        guard rename(temporary, target) == 0 else {
            try? manager.removeItem(atPath: temporary)
            throw ServiceError.invalid("paket.io.write", ["path": target, "detail": String(cString: strerror(errno))])
        }
    }

    static func sha256(ofFile path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return Tokens.sha256(data: data)
    }
}
