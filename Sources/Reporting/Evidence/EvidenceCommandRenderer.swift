public import Core
public import EvidenceRegistry

/// The outputs of `bukti scan`, `bukti seal` and `bukti verify`, as text in one language or
/// as JSON (sorted keys; `detail` sentences in the language, codes not).
public struct EvidenceCommandRenderer: Sendable {
    public let wording: EvidenceWording

    public init(language: Language) {
        wording = EvidenceWording(language: language)
    }

    // MARK: - Scan

    /// The note a command that scans first prints on stderr: how many files, what changed.
    public func scanNote(_ scan: ScanOutcome) -> String {
        wording.text("evidence.scan.note", ["files": String(scan.record.fileCount), "added": String(scan.added.count),
                                            "changed": String(scan.changed.count), "removed": String(scan.removed.count)])
    }

    /// `bukti scan`: a headline, then `+` added, `~` changed, `-` removed, `!` skipped.
    public func text(_ summary: ScanSummary) -> String {
        var lines = [wording.text("evidence.scan.headline", [
            "files": String(summary.files), "added": String(summary.added.count), "changed": String(summary.changed.count),
            "removed": String(summary.removed.count), "hashed": String(summary.hashed), "bytes": ByteCount.text(summary.hashedBytes),
        ])]
        lines += summary.added.map { "  + \($0)" }
        lines += summary.changed.map { "  ~ \($0)" }
        lines += summary.removed.map { "  - \($0)" }
        lines += summary.changedWhileHashing.map { "  ! \($0): \(wording.text("evidence.scan.unstable"))" }
        lines += summary.skipped.map { "  ! \($0.path): \(wording.detail($0.issue))" }
        return lines.joined(separator: "\n")
    }

    public func json(_ summary: ScanSummary) throws -> String {
        struct Skipped: Encodable {
            var path: EvidencePath
            var status: FileStatus
            var detail: String
        }
        struct Document: Encodable {
            var files: Int
            var hashed: Int
            var hashedBytes: Int64
            var added: [EvidencePath]
            var changed: [EvidencePath]
            var removed: [EvidencePath]
            var skipped: [Skipped]
            var changedWhileHashing: [EvidencePath]
        }
        return try EvidenceJSON.encode(Document(
            files: summary.files, hashed: summary.hashed, hashedBytes: summary.hashedBytes, added: summary.added,
            changed: summary.changed, removed: summary.removed,
            skipped: summary.skipped.map { Skipped(path: $0.path, status: $0.status, detail: wording.detail($0.issue)) },
            changedWhileHashing: summary.changedWhileHashing))
    }

    // MARK: - Seal

    /// `bukti seal`: the seal's number, how many files, the note; the seal file and its own
    /// SHA-256; then the files left out.
    public func text(_ receipt: SealReceipt) -> String {
        var lines = [wording.text("evidence.seal.headline", ["id": String(receipt.seal), "files": String(receipt.files),
                                                             "note": receipt.note])]
        if let path = receipt.sealFile { lines.append(wording.text("seal.receipt.file", ["path": path])) }
        if let sha = receipt.sealFileSHA256 { lines.append(wording.text("seal.receipt.sha", ["sha": sha])) }
        lines += receipt.skipped.map { "  ! \($0): \(wording.text("evidence.seal.skipped"))" }
        return lines.joined(separator: "\n")
    }

    public func json(_ receipt: SealReceipt) throws -> String {
        struct Document: Encodable {
            var seal: Int64
            var files: Int
            var note: String
            var skipped: [EvidencePath]
            var sealFile: String?
            var sealFileSHA256: String?
        }
        return try EvidenceJSON.encode(Document(seal: receipt.seal, files: receipt.files, note: receipt.note, skipped: receipt.skipped,
                                                sealFile: receipt.sealFile, sealFileSHA256: receipt.sealFileSHA256))
    }

    // MARK: - Verify

    /// `bukti verify`: the seal compared with, then `~` changed and `-` gone files with both
    /// hashes, then `+` files new since the seal (no failure).
    public func text(_ verification: SealVerification) -> String {
        let seal = verification.seal
        let counts = ["note": seal.note, "files": String(seal.files.count), "deviations": String(verification.deviations.count)]
        var lines: [String] = []
        if case .file(let path, _) = verification.source {
            lines.append(wording.text("seal.verify.headlineFile", counts.merging(["path": path]) { $1 }))
        } else {
            lines.append(wording.text("evidence.verify.headline", counts.merging(["id": String(seal.id)]) { $1 }))
        }
        for deviation in verification.deviations {
            if deviation.kind == .changed {
                let hashes = wording.text("seal.verify.hashes", ["sealed": deviation.sealedSHA256,
                                                                 "current": deviation.currentSHA256 ?? "?"])
                lines.append("  ~ \(deviation.path): \(wording.text("evidence.verify.changed")) (\(hashes))")
            } else {
                let hash = wording.text("seal.verify.sealedHash", ["sealed": deviation.sealedSHA256])
                lines.append("  - \(deviation.path): \(wording.text("evidence.verify.removed")) (\(hash))")
            }
        }
        lines += verification.added.map { "  + \($0): \(wording.text("seal.verify.added"))" }
        return lines.joined(separator: "\n")
    }

    public func json(_ verification: SealVerification) throws -> String {
        struct Document: Encodable {
            var seal: Int64
            var sealFile: String?
            var sealFileSHA256: String?
            var note: String
            var sealedFiles: Int
            var deviations: [SealDeviation]
            var added: [EvidencePath]
        }
        var file: String?
        var sha: String?
        if case .file(let path, let digest) = verification.source {
            file = path
            sha = digest
        }
        return try EvidenceJSON.encode(Document(seal: verification.seal.id, sealFile: file, sealFileSHA256: sha,
                                                note: verification.seal.note, sealedFiles: verification.seal.files.count,
                                                deviations: verification.deviations, added: verification.added))
    }

    // MARK: - Progress

    /// The progress line of a running scan (without the bar).
    public func progress(_ progress: ScanProgress) -> String {
        wording.text("evidence.scan.progress", [
            "done": String(progress.filesDone), "total": String(progress.filesTotal),
            "bytesDone": ByteCount.text(progress.bytesDone), "bytesTotal": ByteCount.text(progress.bytesTotal),
        ])
    }
}
