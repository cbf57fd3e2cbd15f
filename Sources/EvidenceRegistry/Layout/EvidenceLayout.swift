public import Catalog

/// Where a file lies in the folder convention, and therefore what it can prove.
public enum Placement: Sendable, Hashable {
    /// `Evidence/<standard>[-slug]/<control>/<file>`.
    case control(standard: String, control: String)
    /// `Evidence/_bersama/<file>`: a document several controls use.
    case shared
    /// Anywhere else; the reason says where it should have been.
    case misfiled(reason: MisfiledReason)
}

/// Why a file is misfiled.
public enum MisfiledReason: Sendable, Hashable, Codable {
    /// Directly in `Evidence/` or in a standard folder, not in a control folder.
    case outsideControlFolder
    /// The standard folder names no standard of the catalog.
    case unknownStandard(folder: String)
    /// The control folder names no control of that standard.
    case unknownControl(folder: String, standard: String)
    /// In a subfolder of a control folder (or of `_bersama`).
    case tooDeep
}

/// The folder convention of `Evidence/` (standar-17.md §2): standard folders named by the
/// standard id optionally followed by a slug (`S03`, `S03-aset`), control folders named by
/// the control id (`S03.2`), and `_bersama/` for shared documents.
///
/// Standard and control ids are matched case-insensitively (`s03-aset/s03.2` is accepted).
public struct EvidenceLayout: Sendable {
    /// The folder of shared documents.
    public static let sharedFolder = "_bersama"
    /// The name of the optional metadata file in a control folder or in `_bersama/`.
    public static let metadataFileName = "bukti.xml"
    /// The guide `patuh init` writes in each control folder: never evidence, never misfiled.
    public static let readmeFileName = "BACA.md"

    public let catalog: StandardsCatalog

    public init(catalog: StandardsCatalog) {
        self.catalog = catalog
    }

    /// Where `path` (relative to the workspace, starting with `Evidence/`) lies.
    public func placement(of path: EvidencePath) -> Placement {
        placement(folder: path.folder)
    }

    /// Where a file lying in `folder` (relative to the workspace) is placed: placement
    /// depends on the folder only, so callers may cache it per folder.
    public func placement(folder: String) -> Placement {
        let parts = (folder.split(separator: "/", omittingEmptySubsequences: false).dropFirst() + ["file"]).map(String.init)
        guard parts.count >= 2 else { return .misfiled(reason: .outsideControlFolder) }
        if parts[0] == Self.sharedFolder {
            return parts.count == 2 ? .shared : .misfiled(reason: .tooDeep)
        }
        guard let standard = standard(folderName: parts[0]) else {
            return .misfiled(reason: .unknownStandard(folder: parts[0]))
        }
        guard parts.count >= 3 else { return .misfiled(reason: .outsideControlFolder) }
        guard let control = standard.controls.first(where: { $0.id.uppercased() == parts[1].uppercased() }) else {
            return .misfiled(reason: .unknownControl(folder: parts[1], standard: standard.id))
        }
        guard parts.count == 3 else { return .misfiled(reason: .tooDeep) }
        return .control(standard: standard.id, control: control.id)
    }

    /// The standard a standard folder's name (`S03`, `S03-aset`, `s03-aset`) names, if any.
    public func standard(folderName: String) -> Standard? {
        let standardId = String(folderName.prefix { $0 != "-" })
        guard standardId.count == 3 else { return nil }
        return catalog.standard(standardId)
    }

    /// The standard whose folder holds `path`, at any depth below it: a file placed in one of
    /// its control folders, and also one misfiled directly in the standard folder or below it
    /// (`Evidence/S07-kapasitas/laporan.pdf` belongs to S07). `nil` for `_bersama/` and for
    /// files directly in `Evidence/` or in a folder naming no standard.
    public func standard(holding path: EvidencePath) -> String? {
        let parts = path.components
        guard parts.count > 2 else { return nil }
        return standard(folderName: String(parts[1]))?.id
    }

    /// Whether `path` is a penilaian answer file kept at the top of `Evidence/`
    /// (`Evidence/penilaian-mandiri.xml`, `Evidence/penilaian-faktual-2026.xml`).
    public static func isAnswerFile(_ path: EvidencePath) -> Bool {
        let name = path.name.lowercased()
        return path.folder == EvidenceWalker.folderName && name.hasPrefix("penilaian-") && name.hasSuffix(".xml")
    }

    /// The conventional folder of a control, relative to the workspace.
    public func folder(of controlId: String) -> String {
        guard let found = catalog.control(controlId) else { return EvidenceWalker.folderName }
        return "\(EvidenceWalker.folderName)/\(found.standard.folder)/\(found.control.id)"
    }
}
