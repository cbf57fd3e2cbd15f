import Core

/// Whose infrastructure the LPSE's SPSE runs on, as the workspace profile (`patuh.xml`,
/// `<infrastruktur>`) declares it.
///
/// Keputusan Deputi LKPP 152/2022 §2.1.a distinguishes an LPSE that runs SPSE on its own
/// infrastructure (*system provider*) from one that uses an SPSE run by others (*service
/// provider*). Only when the servers are someone else's may the controls about them (`infra`
/// in the catalog) be tidak berlaku, and only as the scoring policy allows.
public enum SPSEHosting: String, Sendable, Hashable, Codable, CaseIterable {
    /// On LKPP's infrastructure.
    case lkpp
    /// On the province's infrastructure (the provincial LPSE).
    case provinsi
    /// On the LPSE's own infrastructure (the default).
    case sendiri

    /// How a sentence names it, in `language`.
    public func phrase(_ language: Language) -> String {
        switch (self, language) {
        case (.lkpp, .id): "infrastruktur LKPP"
        case (.provinsi, .id): "infrastruktur provinsi"
        case (.sendiri, .id): "infrastruktur sendiri"
        case (.lkpp, .en): "LKPP's infrastructure"
        case (.provinsi, .en): "the province's infrastructure"
        case (.sendiri, .en): "its own infrastructure"
        }
    }
}
