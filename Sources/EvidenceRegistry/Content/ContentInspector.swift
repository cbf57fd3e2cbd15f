import Crypto
import Foundation
import Synchronization
import XMLSupport

/// Reads an evidence file's content for the content checks. ``RuleEvaluator`` asks it for the
/// files whose content a rule checks; everything it returns is a value.
public protocol ContentInspecting: Sendable {
    /// The content of the file at `path`, whose indexed SHA-256 is `sha256`.
    func read(_ path: EvidencePath, sha256: String) -> ContentRead
}

/// A store of what was read from files, keyed by their SHA-256 and the reader's format and
/// version, so that an unchanged file is not read again (the workspace database implements it).
public protocol ContentCache: Sendable {
    func cachedContent(sha256: String, reader: String) -> ContentRead?
    func storeContent(_ read: ContentRead, sha256: String, reader: String)
}

/// Reads files under a workspace folder, at most once per run and once per content (through a
/// ``ContentCache``): a file is read under ``ContentLimits`` without following a symbolic link,
/// and only when its bytes still have the indexed hash (a file changed since the scan is read
/// at the next scan, not now).
public final class FileContentInspector: ContentInspecting {
    public let workspace: String
    public let reader: ContentReader
    public let cache: (any ContentCache)?
    private let memo = Mutex<[String: ContentRead]>([:])
    private let counts = Mutex<(read: Int, cached: Int)>((0, 0))

    /// Bumped whenever a reader changes what it extracts, so older cache entries are not used.
    public static let readerVersion = 1

    /// The version of one format's reader: DOCX and ODT are at 2 since they read mixed content
    /// in document order (an ODT's text after a `text:span`, a DOCX tab stop that is no tab).
    public static func readerVersion(of format: ContentReader.Format) -> Int {
        switch format {
        case .docx, .odt: 2
        default: readerVersion
        }
    }

    public init(workspace: String, reader: ContentReader = ContentReader(), cache: (any ContentCache)? = nil) {
        self.workspace = workspace
        self.reader = reader
        self.cache = cache
    }

    /// How many files were read and how many came from the cache, so far.
    public var statistics: (read: Int, cached: Int) { counts.withLock { $0 } }

    public func read(_ path: EvidencePath, sha256: String) -> ContentRead {
        guard let format = ContentReader.Format(fileName: path.name) else { return .notChecked(.unsupportedFormat) }
        let key = "\(format.rawValue)/\(Self.readerVersion(of: format))"
        if let known = memo.withLock({ $0[key + sha256] }) { return known }
        if let cached = cache?.cachedContent(sha256: sha256, reader: key) {
            counts.withLock { $0.cached += 1 }
            memo.withLock { $0[key + sha256] = cached }
            return cached
        }
        let absolute = (workspace.hasSuffix("/") ? workspace : workspace + "/") + path.string
        let result: ContentRead
        do {
            let bytes = try InputFile.read(path: absolute, maximumSize: reader.limits.maximumFileSize, followSymlinks: false)
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            guard digest == sha256 else { return .notChecked(.changedSinceScan) }
            result = reader.read(bytes, format: format)
        } catch {
            let size = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int) ?? 0
            return .malformed(size > reader.limits.maximumFileSize
                ? .tooLarge(size: size, limit: reader.limits.maximumFileSize) : .unreadable)
        }
        counts.withLock { $0.read += 1 }
        memo.withLock { $0[key + sha256] = result }
        if result.isCacheable { cache?.storeContent(result, sha256: sha256, reader: key) }
        return result
    }
}

/// Content known in advance, by path: for tests and for callers that read files themselves.
public struct FixedContentInspector: ContentInspecting {
    public var reads: [EvidencePath: ContentRead]

    public init(_ reads: [EvidencePath: ContentRead]) {
        self.reads = reads
    }

    public func read(_ path: EvidencePath, sha256: String) -> ContentRead {
        reads[path] ?? .notChecked(.unsupportedFormat)
    }
}
