/// The constants of Patuh's OSCAL documents.
public enum OSCALNames {
    /// The OSCAL version the documents are written against.
    public static let version = "1.1.2"
    /// The namespace of Patuh's own props and parts (OSCAL's `ns`): an identifier in the LKPP domain
    /// (as the XCCDF ids use `id.go.lkpp`), not an address that must resolve.
    public static let namespace = "https://lkpp.go.id/ns/patuh/oscal"
    /// The kind of identifier an LPSE's id is (a POA&M's `system-id`).
    public static let lpseIdentifierType = "https://lkpp.go.id/ns/patuh/lpse"
}
