import Foundation

/// Where the server keeps its data under `--data`: the portfolio database, the received files
/// (content-addressed), LKPP's own workspace (case log, assessment history, trust list) and a
/// temporary folder for uploads in progress, cleared at start.
public struct ServerPaths: Sendable {
    public let data: String

    public init(data: String) {
        self.data = (data as NSString).standardizingPath
    }

    /// `portfolio.sqlite`.
    public var database: String { (data as NSString).appendingPathComponent("portfolio.sqlite") }
    /// LKPP's workspace: `kunci-percaya.txt`, `.patuh/registry.sqlite` (cases, certificates, history).
    public var lkpp: String { (data as NSString).appendingPathComponent("lkpp") }
    /// Received files: `berkas/sha256/ab/<hash>`.
    public var berkas: String { (data as NSString).appendingPathComponent("berkas") }
    /// Uploads and staging folders in progress.
    public var temporary: String { (data as NSString).appendingPathComponent("tmp") }

    /// The stored file of content hash `sha256`.
    public func file(_ sha256: String) -> String {
        let prefix = String(sha256.prefix(2))
        return (berkas as NSString).appendingPathComponent("sha256/\(prefix)/\(sha256)")
    }

    /// Creates the folders and empties the temporary one (what an interrupted upload left).
    public func prepare() throws {
        let manager = FileManager.default
        for folder in [data, lkpp, berkas, (berkas as NSString).appendingPathComponent("sha256")] {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        if manager.fileExists(atPath: temporary) {
            for name in try manager.contentsOfDirectory(atPath: temporary) {
                try? makeWritable((temporary as NSString).appendingPathComponent(name))
                try manager.removeItem(atPath: (temporary as NSString).appendingPathComponent(name))
            }
        }
        try manager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    }

    /// Makes a staged tree removable (received evidence is extracted read-only).
    func makeWritable(_ path: String) throws {
        let manager = FileManager.default
        try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        for sub in manager.subpaths(atPath: path) ?? [] {
            let full = (path as NSString).appendingPathComponent(sub)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: full, isDirectory: &isDirectory)
            try? manager.setAttributes([.posixPermissions: isDirectory.boolValue ? 0o700 : 0o600], ofItemAtPath: full)
        }
    }

    /// Removes a staging folder.
    func remove(_ path: String) {
        try? makeWritable(path)
        try? FileManager.default.removeItem(atPath: path)
    }
}
