import Core
public import EvidenceRegistry
import Foundation

extension PatuhWorkspace {
    /// The seal that `verify`, `periksa` and scoring compare with:
    /// - the seal file `file` names, when given;
    /// - else the database's latest seal, noting a disagreement when the latest seal file records
    ///   other files;
    /// - else (a fresh checkout) the latest seal file under `Evidence/_segel/`;
    /// - else none.
    public func sealInForce(file: String? = nil) throws(WorkspaceError) -> SealInForce? {
        if let file {
            let read = try readSealFile(file)
            return SealInForce(snapshot: read.record.snapshot(), source: .file(path: read.path, sha256: read.sha256))
        }
        var latestFile: SealFile?
        if let path = SealFolder.list(workspace: root).last { latestFile = try readSealFile(path) }
        if let stored = try latestSeal() {
            var chosen = SealInForce(snapshot: stored, source: .database(id: stored.id))
            if let latestFile {
                let comparison = SealComparison(from: stored.files, to: latestFile.record.files)
                if !comparison.identical {
                    chosen.disagreement = SealDisagreement(databaseSeal: stored.id, file: latestFile.path, comparison: comparison)
                }
            }
            return chosen
        }
        return latestFile.map { SealInForce(snapshot: $0.record.snapshot(), source: .file(path: $0.path, sha256: $0.sha256)) }
    }

    /// Every seal file under `Evidence/_segel/`, oldest first.
    public func sealFiles() throws(WorkspaceError) -> [SealFile] {
        var files: [SealFile] = []
        for path in SealFolder.list(workspace: root) { files.append(try readSealFile(path)) }
        return files
    }

    /// Reads the seal file `name`: a path as given (absolute, or relative to the current
    /// folder), else relative to the workspace, else a file name under `Evidence/_segel/`.
    /// Fails with `invalidInput` when none exists or the file is not a valid seal file.
    public func readSealFile(_ name: String) throws(WorkspaceError) -> SealFile {
        let candidates = [name, resolve(name), resolve(SealFolder.relativePath + "/" + name)]
        var isDirectory: ObjCBool = false
        guard let found = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }) else {
            throw WorkspaceError(.invalidInput, "seal.file.notFound", ["path": name])
        }
        let shown = shownPath(found)
        do {
            return try SealFileReader(schemaDirectory: schemaDirectory).read(absolutePath: found, shownPath: shown)
        } catch {
            throw WorkspaceError(.invalidInput, "seal.file.invalid", ["path": shown], diagnostics: error.diagnostics)
        }
    }

    /// What changed from seal file `first` to seal file `second` (see ``readSealFile(_:)``).
    public func compareSeals(_ first: String, _ second: String) throws(WorkspaceError) -> (SealFile, SealFile, SealComparison) {
        let a = try readSealFile(first)
        let b = try readSealFile(second)
        return (a, b, SealComparison(from: a.record.files, to: b.record.files))
    }

    /// `path` relative to the workspace when it lies inside it, else as it is.
    private func shownPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        return absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : path
    }
}
