public import Catalog
import Foundation

/// Which standards a workspace is assessed against: the catalog compiled into Patuh, or a folder.
///
/// The order (first wins): `--standards DIR`, the `PATUH_STANDARDS` environment variable, the
/// workspace's own `Standards/` folder when it has one, and the embedded catalog.
///
/// ## Topics
/// - ``resolve(root:explicit:environment:)``
/// - ``directory()``
/// - ``label``
public enum StandardsLocation: Sendable, Hashable {
    /// The catalog compiled into the binary (``EmbeddedStandards``).
    case embedded
    /// A folder on disk, as the user named it.
    case folder(String)

    /// The environment variable that names a standards folder.
    public static let environmentVariable = "PATUH_STANDARDS"

    /// Where the standards of the workspace at `root` come from.
    public static func resolve(root: String, explicit: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> StandardsLocation {
        if let explicit, !explicit.isEmpty { return .folder(explicit) }
        if let variable = environment[environmentVariable], !variable.isEmpty { return .folder(variable) }
        let own = (root as NSString).appendingPathComponent("Standards")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: own, isDirectory: &isDirectory), isDirectory.boolValue {
            return .folder(own)
        }
        return .embedded
    }

    /// The folder to read: the given one, or the embedded catalog materialised in Patuh's cache.
    public func directory() throws(CatalogError) -> String {
        switch self {
        case .embedded: try EmbeddedStandards.directory()
        case .folder(let path): path
        }
    }

    /// Whether this is the embedded catalog.
    public var isEmbedded: Bool { self == .embedded }

    /// How reports and `--version` name it: `embedded` or the folder's path.
    public var label: String {
        switch self {
        case .embedded: "embedded"
        case .folder(let path): path
        }
    }
}
