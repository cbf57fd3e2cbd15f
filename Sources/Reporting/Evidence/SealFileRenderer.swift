public import Core
public import EvidenceRegistry

/// The seal-file outputs in one language: the note saying which seal a command compared with
/// (and whether the database and the seal files disagree), `bukti segel daftar` and
/// `bukti segel banding`, as text or JSON (sorted keys).
public struct SealFileRenderer: Sendable {
    public let wording: EvidenceWording

    public init(language: Language) {
        wording = EvidenceWording(language: language)
    }

    // MARK: - The seal compared with

    /// Lines for stderr: where the seal compared with comes from, then a warning when the
    /// database and the latest seal file disagree. Empty without a seal.
    public func sourceNote(_ chosen: SealInForce?) -> [String] {
        guard let chosen else { return [] }
        var lines: [String] = []
        switch chosen.source {
        case .database(let id):
            lines.append(wording.text("seal.source.database", ["id": String(id), "note": chosen.snapshot.note]))
        case .file(let path, let sha):
            lines.append(wording.text("seal.source.file", ["path": path, "note": chosen.snapshot.note, "sha": sha]))
        }
        if let disagreement = chosen.disagreement { lines.append(warning(disagreement)) }
        return lines
    }

    /// The warning that the database seal and the latest seal file record different files.
    public func warning(_ disagreement: SealDisagreement) -> String {
        let comparison = disagreement.comparison
        return wording.text("seal.disagreement", [
            "id": String(disagreement.databaseSeal), "file": disagreement.file, "added": String(comparison.added.count),
            "removed": String(comparison.removed.count), "changed": String(comparison.changed.count),
        ])
    }

    // MARK: - daftar

    /// `bukti segel daftar`: one entry per seal file, oldest first, with its SHA-256.
    public func text(list seals: [SealFile]) -> String {
        guard !seals.isEmpty else { return wording.text("seal.list.empty") }
        var lines = [wording.text("seal.list.header", ["count": String(seals.count)])]
        for seal in seals {
            let record = seal.record
            lines.append("  " + wording.text("seal.list.entry", [
                "name": seal.name, "instant": record.instant.iso8601(in: record.zone), "files": String(record.files.count),
                "answers": String(record.answerFiles.count), "catalog": record.catalogVersion, "note": record.note,
            ]))
            lines.append("    " + wording.text("seal.list.sha", ["sha": seal.sha256]))
            if let signature = record.signature {
                lines.append("    " + wording.text("seal.list.signature", ["key": signature.key, "algorithm": signature.algorithm]))
            }
        }
        return lines.joined(separator: "\n")
    }

    public func json(list seals: [SealFile]) throws -> String {
        struct Entry: Encodable {
            var path: String
            var instant: String
            var note: String
            var catalogVersion: String
            var files: Int
            var answerFiles: [EvidencePath]
            var sha256: String
            var signed: Bool
        }
        struct Document: Encodable {
            var seals: [Entry]
        }
        return try EvidenceJSON.encode(Document(seals: seals.map { seal in
            Entry(path: seal.path, instant: seal.record.instant.iso8601(in: seal.record.zone), note: seal.record.note,
                  catalogVersion: seal.record.catalogVersion, files: seal.record.files.count,
                  answerFiles: seal.record.answerFiles, sha256: seal.sha256, signed: seal.record.signature != nil)
        }))
    }

    // MARK: - banding

    /// `bukti segel banding A B`: a headline, then `+` new, `-` gone and `~` changed files
    /// (with both hashes).
    public func text(compare first: SealFile, _ second: SealFile, _ comparison: SealComparison) -> String {
        var lines = [wording.text("seal.compare.headline", [
            "first": first.name, "firstNote": first.record.note, "second": second.name, "secondNote": second.record.note,
            "added": String(comparison.added.count), "removed": String(comparison.removed.count),
            "changed": String(comparison.changed.count), "unchanged": String(comparison.unchanged),
        ])]
        if comparison.identical { lines.append(wording.text("seal.compare.same")) }
        lines += comparison.added.map { "  + \($0.path): \(wording.text("seal.compare.added"))" }
        lines += comparison.removed.map {
            "  - \($0.path): \(wording.text("evidence.verify.removed")) (\(wording.text("seal.verify.sealedHash", ["sealed": $0.sha256])))"
        }
        lines += comparison.changed.map {
            let hashes = wording.text("seal.verify.hashes", ["sealed": $0.sealedSHA256, "current": $0.currentSHA256 ?? "?"])
            return "  ~ \($0.path): \(wording.text("evidence.verify.changed")) (\(hashes))"
        }
        return lines.joined(separator: "\n")
    }

    public func json(compare first: SealFile, _ second: SealFile, _ comparison: SealComparison) throws -> String {
        struct Seal: Encodable {
            var path: String
            var instant: String
            var note: String
            var sha256: String
        }
        struct Document: Encodable {
            var first: Seal
            var second: Seal
            var added: [SealedFile]
            var removed: [SealedFile]
            var changed: [SealDeviation]
            var unchanged: Int
        }
        func seal(_ file: SealFile) -> Seal {
            Seal(path: file.path, instant: file.record.instant.iso8601(in: file.record.zone), note: file.record.note,
                 sha256: file.sha256)
        }
        return try EvidenceJSON.encode(Document(first: seal(first), second: seal(second), added: comparison.added,
                                                removed: comparison.removed, changed: comparison.changed,
                                                unchanged: comparison.unchanged))
    }
}
