import Core
import Foundation
import XMLSupport

/// The shipped `Standards/` compiled into Patuh: the 17 standards, `catalog.xml`, `sumber.xml`,
/// the scoring and pembinaan policies, the holiday calendars and the XSDs.
///
/// The bytes are generated from the repository's `Standards/` by `scripts/embed-standards.sh`
/// (`EmbeddedStandards+Files.swift`; a test checks they are byte-identical to `Standards/`).
///
/// Every loader reads a folder (the XSDs of `standar.xsd` and the calendar are compiled from
/// paths, and each diagnostic names a file), so the embedded catalog is *materialised* once into
/// a private cache folder, `$XDG_CACHE_HOME/patuh/standards-<version>-<digest>` (or
/// `~/.cache/...`, or the temporary folder), mode 0700, named by a digest of the bytes: a binary
/// never reads another binary's copy, and every use compares the files with the embedded bytes
/// and rewrites them (temporary sibling, then rename) when they differ or are missing. No XSD
/// includes or imports another, so each file stands alone.
///
/// ## Topics
/// - ``files``
/// - ``version``
/// - ``directory()``
/// - ``export(to:)``
public enum EmbeddedStandards {
    /// Every embedded file: its path relative to `Standards/` and its bytes, in path order.
    public static let files: [(path: String, bytes: [UInt8])] = encodedFiles.map { entry in
        (entry.path, [UInt8](Data(base64Encoded: entry.base64) ?? Data()))
    }

    /// The catalog version of `catalog.xml`'s `version` attribute (e.g. `2026.1`).
    public static let version: String = {
        guard let catalog = files.first(where: { $0.path == "catalog.xml" }) else { return "?" }
        let text = String(decoding: catalog.bytes.prefix(4096), as: UTF8.self)
        guard let start = text.range(of: "<catalog"),
              let attribute = text[start.upperBound...].range(of: "version=\"") else { return "?" }
        let rest = text[attribute.upperBound...]
        return String(rest.prefix { $0 != "\"" })
    }()

    /// A 64-bit FNV-1a digest of every path and byte, naming the cache folder.
    static let digest: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in Array(file.path.utf8) + [0] + file.bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var materialised: String?

    /// The folder holding the embedded files, written on first use (once per process).
    public static func directory() throws(CatalogError) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let materialised { return materialised }
        let folder = (cacheRoot() as NSString).appendingPathComponent("standards-\(version)-\(digest)")
        do {
            try write(to: folder, onlyWhereDifferent: true)
        } catch {
            throw CatalogError(code: .unreadable, diagnostics: [XMLDiagnostic(file: folder,
                               message: "cannot write the embedded standards: \(error.localizedDescription)")])
        }
        materialised = folder
        return folder
    }

    /// Writes the embedded files into `folder` (created if needed; existing files of the same
    /// names are replaced, others are left alone).
    public static func export(to folder: String) throws {
        try write(to: folder, onlyWhereDifferent: false)
    }

    // MARK: - Writing

    private static func write(to folder: String, onlyWhereDifferent: Bool) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                    attributes: [.posixPermissions: 0o700])
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.path)
            if onlyWhereDifferent, let existing = manager.contents(atPath: path), [UInt8](existing) == file.bytes {
                continue
            }
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            try Data(file.bytes).write(to: URL(fileURLWithPath: temporary))
            if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
            try manager.moveItem(atPath: temporary, toPath: path)
        }
    }

    private static func cacheRoot() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return (cache as NSString).appendingPathComponent("patuh")
        }
        if let home = environment["HOME"], !home.isEmpty, FileManager.default.isWritableFile(atPath: home) {
            return (home as NSString).appendingPathComponent(".cache/patuh")
        }
        return (NSTemporaryDirectory() as NSString).appendingPathComponent("patuh-\(getuid())")
    }
}
