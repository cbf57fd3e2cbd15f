import Core
import XMLSupport
import Foundation
public import Pembinaan

extension PatuhWorkspace {
    /// The findings (temuan) in a JSON file, for opening a case.
    ///
    /// The file is an array of objects, or an object whose `temuan` key holds that array:
    ///
    /// ```json
    /// [{"id": "TF-01", "standard": "S03", "control": "S03.2", "severity": "mayor",
    ///   "description": "SOP aset tidak ditinjau", "rekomendasi": "Tinjau SOP tiap tahun"}]
    /// ```
    ///
    /// `id`, `standard` and `description` are required; `standardId`, `controlId` and `uraian`
    /// are accepted for `standard`, `control` and `description`. A relative path is resolved
    /// against the current folder, as a command line gives it.
    /// - Throws: `invalidInput` naming the file and the entry at fault.
    public func findings(fromFile path: String) throws(WorkspaceError) -> [Finding] {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path: path, maximumSize: FindingsFile.maximumSize, describedAs: "a JSON findings file")
        } catch {
            throw WorkspaceError(.invalidInput, "pembinaan.findings.unreadable", ["path": path], diagnostics: error.diagnostics)
        }
        do {
            return try FindingsFile.decode(Data(bytes))
        } catch {
            switch error {
            case .notAFindingsFile:
                throw WorkspaceError(.invalidInput, "pembinaan.findings.notAFindingsFile", ["path": path])
            case .incomplete(let index):
                throw WorkspaceError(.invalidInput, "pembinaan.findings.incomplete", ["path": path, "index": String(index)])
            case .empty:
                throw WorkspaceError(.invalidInput, "pembinaan.findings.empty", ["path": path])
            }
        }
    }
}
