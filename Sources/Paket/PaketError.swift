public import Core

/// The one error type of ``Paket``: why a paket, a key or a trust list was refused.
///
/// It carries a message key of the catalog (`Messages`) and its values, so a front end words it in
/// either language; ``kind`` says how serious it is.
public struct PaketError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of refusal this is.
    public enum Kind: String, Sendable, Hashable {
        /// The file cannot be read as a paket at all (not a zip, truncated, no manifest, an
        /// unknown manifest version): the CLI's exit 2.
        case notAPaket
        /// The archive is readable but dangerous (traversal, links, device files, colliding
        /// names, a zip bomb, sizes that lie): refused before anything is extracted, exit 1.
        case unsafe
        /// A byte differs from what the manifest or the signature promise, exit 1.
        case tampered
        /// The signature is sound but the key is not trusted for this LPSE, exit 1.
        case untrusted
        /// A key file or trust list cannot be used (missing, malformed, wrong permissions), exit 2.
        case invalidKey
        /// Writing failed (a file could not be created), exit 70.
        case io
    }

    public var kind: Kind
    /// The message's key in the catalog, and its values.
    public var key: String
    public var values: [String: String]

    public init(_ kind: Kind, _ key: String, _ values: [String: String] = [:]) {
        self.kind = kind
        self.key = key
        self.values = values
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        Messages(language).text(key, values)
    }

    public var description: String { message(.en) }
}
