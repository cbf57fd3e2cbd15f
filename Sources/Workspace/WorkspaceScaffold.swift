public import Assessment
public import Core
import Catalog
import EvidenceRegistry
import Foundation
import XMLSupport

/// `patuh init`: a new LPSE workspace made in one step, from the catalog in force.
///
/// It writes `patuh.xml` (validated by `workspace.xsd` before anything lands), `Evidence/` with
/// every standard and control folder of the catalog's layout, a `BACA.md` in each control folder
/// (``ControlReadme``), `Evidence/penilaian-mandiri.xml` from the answer template, `.gitignore`,
/// and optionally a CI file. Atomic: everything is built in a hidden sibling folder and renamed
/// into place (or, for an existing empty folder, moved in entry by entry after all is built);
/// a failure removes the sibling and leaves nothing.
///
/// ## Topics
/// - ``Request``
/// - ``create(_:in:location:clock:)``
/// - ``normalisedId(_:)``
public enum WorkspaceScaffold {
    /// What `patuh init` was told.
    public struct Request: Sendable {
        public var name: String
        public var instansi: String
        public var zone: IndonesianZone
        public var id: String
        public var site: String?
        /// A CI file to add: its path relative to the workspace and its text.
        public var ciFile: (path: String, text: String)?

        public init(name: String, instansi: String, zone: IndonesianZone, id: String, site: String? = nil,
                    ciFile: (path: String, text: String)? = nil) {
            self.name = name
            self.instansi = instansi
            self.zone = zone
            self.id = id
            self.site = site
            self.ciFile = ciFile
        }
    }

    /// What was made.
    public struct Outcome: Sendable {
        public var root: String
        public var standardFolders: Int
        public var controlFolders: Int
        public var files: [String]
    }

    /// `text` as an LPSE id: lower case, runs of anything but letters and digits become one `-`,
    /// accents dropped (`LPSE Kota Contoh` → `lpse-kota-contoh`); empty when nothing is left.
    public static func normalisedId(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var result = ""
        var pendingDash = false
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    /// Whether `id` is a valid LPSE id (`[a-z0-9]+(-[a-z0-9]+)*`).
    public static func isValidId(_ id: String) -> Bool {
        !id.isEmpty && normalisedId(id) == id
    }

    /// Makes the workspace at `folder`, which must not exist or be an empty folder.
    public static func create(_ request: Request, in folder: String, location: StandardsLocation,
                              clock: Clock) throws(WorkspaceError) -> Outcome {
        let manager = FileManager.default
        if WorkspaceDiscovery.root(from: folder).map({ $0 == URL(fileURLWithPath: folder).standardizedFileURL.path }) == true {
            throw WorkspaceError(.invalidInput, "init.exists", ["path": folder])
        }
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: folder, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw WorkspaceError(.invalidInput, "workspace.notAFolder", ["path": folder]) }
            let entries = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0 != ".git" }
            guard entries.isEmpty else {
                throw WorkspaceError(.invalidInput, "init.notEmpty", ["path": folder, "entries": entries.sorted().prefix(5).joined(separator: ", ")])
            }
        }
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL
        let staging = absolute.deletingLastPathComponent()
            .appendingPathComponent(".\(absolute.lastPathComponent).patuh-init-\(ProcessInfo.processInfo.processIdentifier)").path
        do {
            let outcome = try build(request, at: staging, location: location, clock: clock)
            try publish(staging: staging, to: absolute.path, folderExisted: exists)
            return Outcome(root: folder, standardFolders: outcome.standardFolders,
                           controlFolders: outcome.controlFolders, files: outcome.files)
        } catch let error as WorkspaceError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw WorkspaceError(.unavailable, "init.writeFailed", ["path": folder, "detail": error.localizedDescription])
        }
    }

    // MARK: - Building

    private static func build(_ request: Request, at root: String, location: StandardsLocation,
                              clock: Clock) throws -> Outcome {
        let manager = FileManager.default
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        var files: [String] = []
        func write(_ relative: String, _ text: String) throws {
            let path = (root as NSString).appendingPathComponent(relative)
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files.append(relative)
        }
        try write(WorkspaceProfile.fileName, profileXML(request))
        let workspace = PatuhWorkspace(root: root, location: location, clock: clock)
        _ = try workspace.profile()  // validated by workspace.xsd before anything else is made
        let catalog = try workspace.catalog()
        let layout = EvidenceLayout(catalog: catalog)
        var controls = 0
        for standard in catalog.standards {
            try manager.createDirectory(atPath: "\(root)/Evidence/\(standard.folder)", withIntermediateDirectories: true)
            for control in standard.controls {
                controls += 1
                try write(layout.folder(of: control.id) + "/BACA.md",
                          ControlReadme(standard: standard, control: control, catalog: catalog).render())
            }
        }
        try manager.createDirectory(atPath: "\(root)/Evidence/\(EvidenceLayout.sharedFolder)", withIntermediateDirectories: true)
        let answers = try workspace.template(
            kind: .mandiri, lpse: LPSEIdentity(id: request.id, name: request.name, instansi: request.instansi),
            assessors: [Assessor(name: "(nama penilai)", role: "(peran)", institution: request.instansi)],
            evidence: EvidenceFacts())
        try write("Evidence/penilaian-mandiri.xml", answers)
        try write(".gitignore", gitignore)
        if let ci = request.ciFile { try write(ci.path, ci.text) }
        return Outcome(root: root, standardFolders: catalog.standards.count, controlFolders: controls, files: files)
    }

    private static func publish(staging: String, to target: String, folderExisted: Bool) throws {
        let manager = FileManager.default
        guard folderExisted else {
            try manager.moveItem(atPath: staging, toPath: target)
            return
        }
        // An existing empty folder (perhaps a fresh git clone): move each built entry in.
        var moved: [String] = []
        do {
            for entry in try manager.contentsOfDirectory(atPath: staging).sorted() {
                try manager.moveItem(atPath: "\(staging)/\(entry)", toPath: "\(target)/\(entry)")
                moved.append(entry)
            }
            try manager.removeItem(atPath: staging)
        } catch {
            for entry in moved { try? manager.removeItem(atPath: "\(target)/\(entry)") }
            throw error
        }
    }

    // MARK: - Texts

    static let gitignore = """
        # Patuh: the evidence index and seals are rebuilt from Evidence/ (patuh bukti scan)
        .patuh/
        # generated reports (patuh nilai, patuh laporan)
        /Reports/

        """

    static func profileXML(_ request: Request) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- Profil workspace Patuh (dibuat oleh patuh init). Skema: urn:patuh:workspace:1 (workspace.xsd). -->",
            "<lpse xmlns=\"urn:patuh:workspace:1\" id=\"\(escape(request.id))\">",
            "  <nama>\(escape(request.name))</nama>",
            "  <instansi>\(escape(request.instansi))</instansi>",
            "  <zona-waktu>\(request.zone.rawValue)</zona-waktu>",
            "  <infrastruktur>sendiri</infrastruktur>",
        ]
        if let site = request.site, !site.isEmpty { lines.append("  <situs>\(escape(site))</situs>") }
        lines.append("</lpse>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        XMLWriter.escape(text, attribute: true)
    }
}
