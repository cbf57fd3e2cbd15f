public import Catalog
public import Core
import EvidenceRegistry
import Foundation
import XMLSupport

/// What `patuh profil ubah` changes in `patuh.xml` (each `nil` keeps the file's value).
public struct ProfileChange: Sendable, Hashable {
    public var name: String?
    public var instansi: String?
    public var zone: IndonesianZone?
    public var hosting: SPSEHosting?
    public var site: String?
    /// The headcount (`<jumlah-pegawai>`).
    public var staff: Int?

    public init(name: String? = nil, instansi: String? = nil, zone: IndonesianZone? = nil,
                hosting: SPSEHosting? = nil, site: String? = nil, staff: Int? = nil) {
        self.name = name
        self.instansi = instansi
        self.zone = zone
        self.hosting = hosting
        self.site = site
        self.staff = staff
    }

    public var isEmpty: Bool { self == ProfileChange() }

    /// The elements of `patuh.xml` in the schema's order with the new value of each that changes.
    var values: [(element: String, value: String?)] {
        [("nama", name), ("instansi", instansi), ("zona-waktu", zone?.rawValue), ("provinsi", nil), ("jenis-instansi", nil),
         ("infrastruktur", hosting?.rawValue), ("jumlah-pegawai", staff.map { String($0) }), ("situs", site), ("catatan", nil)]
    }
}

extension PatuhWorkspace {
    /// Changes the LPSE's name, instansi, zone, hosting, headcount or site in `patuh.xml`: only those
    /// elements' text changes (comments, order and the rest stay), the result is checked by
    /// `workspace.xsd` before it is written, and it is written whole or not at all.
    public func updateProfile(_ change: ProfileChange) throws(WorkspaceError) -> WorkspaceProfile {
        guard !change.isEmpty else { throw WorkspaceError(.invalidInput, "profile.change.empty") }
        for text in [change.name, change.instansi, change.site].compactMap({ $0 }) { try FreeTextInput.check(text) }
        let files = WorkspaceFiles(root: root)
        let file = try files.locate(WorkspaceProfile.fileName)
        guard let original = try files.read(file) else {
            throw WorkspaceError(.invalidInput, "profile.missing", ["path": file.relative])
        }
        var bytes = original
        for (element, value) in change.values {
            guard let value else { continue }
            guard let edited = Self.setting(element, to: value, in: bytes, order: change.values.map(\.element)) else {
                throw WorkspaceError(.invalidInput, "profile.unreadable", ["path": file.relative])
            }
            bytes = edited
        }
        let schemaPath = (schemaDirectory as NSString).appendingPathComponent(WorkspaceProfile.schemaFileName)
        let profile: WorkspaceProfile
        do {
            let schema = try XMLSchema.shared(path: schemaPath)
            let document = try XMLDocument.parse(bytes: bytes, path: file.relative)
            let problems = schema.validate(document)
            guard problems.isEmpty else {
                throw WorkspaceError(.invalidInput, "profile.rejected", ["path": file.relative],
                                     diagnostics: problems)
            }
            profile = try WorkspaceProfile.read(document.root, path: file.relative)
        } catch let error as WorkspaceError {
            throw error
        } catch let error as XMLError {
            throw WorkspaceError(.invalidInput, "profile.rejected", ["path": file.relative], diagnostics: error.diagnostics)
        } catch let error as EvidenceError {
            throw WorkspaceError(.invalidInput, "profile.rejected", ["path": file.relative], diagnostics: error.diagnostics)
        } catch {
            throw WorkspaceError(.invalidInput, "profile.rejected", ["path": file.relative])
        }
        try files.write(bytes, to: file, expectedSHA256: WorkspaceFiles.sha256(original))
        forgetProfile()
        return profile
    }

    /// `bytes` with the text of `<element>` under the document element set to `value`, or a
    /// new `<element>` placed after its predecessors in `order` when the file has none.
    static func setting(_ element: String, to value: String, in bytes: [UInt8], order: [String]) -> [UInt8]? {
        let spans = XMLTextSpans.scan(bytes)
        guard let rootIndex = spans.spans.firstIndex(where: { $0.depth == 0 }) else { return nil }
        let escaped = XMLWriter.escape(value)
        if let index = spans.child(of: rootIndex, named: element) {
            let span = spans.spans[index]
            if span.selfClosing {
                return XMLTextSpans.replacing(span.outer, with: "<\(span.name)>\(escaped)</\(span.name)>", in: bytes)
            }
            return XMLTextSpans.replacing(span.inner, with: escaped, in: bytes)
        }
        let children = spans.children(of: rootIndex)
        let before = Set(order.prefix { $0 != element })
        let prefix = spans.spans[rootIndex].name.contains(":") ? String(spans.spans[rootIndex].name.split(separator: ":")[0]) + ":" : ""
        let tag = "<\(prefix)\(element)>\(escaped)</\(prefix)\(element)>"
        if let previous = children.last(where: { before.contains(spans.spans[$0].localName) }) {
            let indent = spans.indentation(of: previous, in: bytes)
            let end = spans.spans[previous].outer.upperBound
            return XMLTextSpans.replacing(end..<end, with: "\n\(indent)\(tag)", in: bytes)
        }
        guard let first = children.first else { return nil }
        let indent = spans.indentation(of: first, in: bytes)
        let start = spans.spans[first].outer.lowerBound
        return XMLTextSpans.replacing(start..<start, with: "\(tag)\n\(indent)", in: bytes)
    }
}
