#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import Foundation

/// Where private keys live: `$XDG_CONFIG_HOME/patuh/kunci/` (default `~/.config/patuh/kunci/`),
/// one file per key, mode 0600, never inside a workspace or a git work tree.
public struct KeyStore: Sendable {
    /// The folder of the private keys.
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The key folder for `environment` (`XDG_CONFIG_HOME`, else `HOME/.config`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> KeyStore {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        return KeyStore(directory: ((base as NSString).appendingPathComponent("patuh") as NSString).appendingPathComponent("kunci"))
    }

    /// The private key file of `name`.
    public func privatePath(_ name: String) -> String {
        (directory as NSString).appendingPathComponent("\(name).kunci")
    }

    /// Makes a new key pair named `name` and writes its private half (mode 0600). Refuses a bad
    /// name, an existing key, and a key folder inside a git work tree or under `forbidden`
    /// (the workspace).
    public func create(name: String, role: KeyRole, lpse: String?, holder: String,
                       forbidden: [String] = []) throws(PaketError) -> KeyRecord {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }), !name.hasPrefix(".") else {
            throw PaketError(.invalidKey, "paket.key.badName", ["name": name])
        }
        let folder = Self.absolute(directory)
        for root in forbidden.map(Self.absolute) where folder == root || folder.hasPrefix(root + "/") {
            throw PaketError(.invalidKey, "paket.key.insideWorkspace", ["path": folder])
        }
        if let tree = Self.gitWorkTree(containing: folder) {
            throw PaketError(.invalidKey, "paket.key.insideGit", ["path": folder, "tree": tree])
        }
        let path = privatePath(name)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw PaketError(.invalidKey, "paket.key.exists", ["path": path])
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw PaketError(.io, "paket.io.write", ["path": folder, "detail": "\(error)"])
        }
        let key = PaketSigningKey()
        let record = KeyRecord(role: role, lpse: lpse, name: holder, key: key.publicKey)
        var lines = [KeyRecord.privateHeader, "peran: \(role.rawValue)"]
        if let lpse { lines.append("lpse: \(lpse)") }
        lines += ["nama: \(holder)", "kunci: \(key.raw.base64EncodedString())"]
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw PaketError(.io, "paket.io.write", ["path": path, "detail": String(cString: strerror(errno))]) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw PaketError(.io, "paket.io.write", ["path": path, "detail": String(cString: strerror(errno))])
        }
        return record
    }

    /// The private key `name` (or a path to a key file): refused unless it is a regular file
    /// readable by its owner only (mode 0600 or 0400).
    public func load(_ nameOrPath: String) throws(PaketError) -> (KeyRecord, PaketSigningKey) {
        let path = nameOrPath.contains("/") ? nameOrPath : privatePath(nameOrPath)
        var info = stat()
        guard lstat(path, &info) == 0 else { throw PaketError(.invalidKey, "paket.key.missing", ["path": path]) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw PaketError(.invalidKey, "paket.key.notRegular", ["path": path]) }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw PaketError(.invalidKey, "paket.key.permissions", ["path": path, "mode": String(mode, radix: 8)])
        }
        guard info.st_size < 4096, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PaketError(.invalidKey, "paket.key.fileFormat", ["path": path, "header": KeyRecord.privateHeader])
        }
        let (record, secret) = try KeyRecord.parse(text, header: KeyRecord.privateHeader, source: path)
        let key = try PaketSigningKey(raw: Data(base64Encoded: secret) ?? Data())
        return (record, key)
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return ((full as NSString).standardizingPath as NSString).resolvingSymlinksInPath
    }

    /// The git work tree holding `path` (the nearest ancestor with a `.git`), if any.
    static func gitWorkTree(containing path: String) -> String? {
        var current = path
        while true {
            if FileManager.default.fileExists(atPath: (current as NSString).appendingPathComponent(".git")) { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }
}
