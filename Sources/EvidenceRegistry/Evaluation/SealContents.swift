extension ScanOutcome {
    /// What a seal of this scan records: every walked file that could be read (evidence,
    /// `bukti.xml` files, penilaian answer files, misfiled files alike), with its SHA-256, its
    /// size and the rules it proves, in walk order. Unreadable files are left out; they are in
    /// ``unreadable``.
    public var sealedFiles: [SealedFile] {
        let rulesByPath = Dictionary(classified.map { ($0.path, $0.rules) }, uniquingKeysWith: { first, _ in first })
        let factsByPath = facts
        return walk.files.compactMap { file in
            guard let facts = factsByPath[file.path], let sha = facts.sha256 else { return nil }
            return SealedFile(path: file.path, sha256: sha, size: facts.stat.size, rules: rulesByPath[file.path] ?? [])
        }
    }
}
