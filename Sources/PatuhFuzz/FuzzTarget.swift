import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Pembinaan
import XMLSupport

/// One parser that takes user input, exercised on arbitrary bytes.
///
/// Each target must never crash, never hang and never leak on any input; a property it checks
/// (a parsed date prints back as itself, say) traps when it fails, so libFuzzer reports it.
struct FuzzTarget: Sendable {
    /// The name given on the command line, also the folder of its seed corpus.
    var name: String
    /// What it exercises, for `patuh-fuzz --list`.
    var summary: String
    /// Prepares what every run shares (compiled schemas, the catalog) and returns the run.
    var prepare: @Sendable (_ root: String) throws -> @Sendable (UnsafeRawBufferPointer) -> Void

    /// Every target, in the order `Benchmarks/fuzz.sh` runs them.
    static let all: [FuzzTarget] = [
        xsd("standar", schema: "standar.xsd", summary: "a catalog or standard file against standar.xsd"),
        workspace,
        bukti,
        penilaian,
        xsd("pembinaan", schema: "pembinaan.xsd", summary: "the sanction policy against pembinaan.xsd"),
        xsd("kalender", schema: "kalender.xsd", summary: "a holiday calendar year against kalender.xsd"),
        iso8601,
        temuan,
        content,
    ]

    static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }

    // MARK: - XML

    /// The safe parse plus validation against one XSD of `Standards/schema`.
    static func xsd(_ name: String, schema file: String, summary: String) -> FuzzTarget {
        FuzzTarget(name: name, summary: summary) { root in
            let schema = try XMLSchema(path: "\(root)/Standards/schema/\(file)")
            return { data in
                guard let document = try? XMLDocument.parse(bytes: Array(data), path: "fuzz.xml") else { return }
                _ = schema.validate(document)
            }
        }
    }

    /// `patuh.xml`: parse, workspace.xsd, then the profile it describes.
    static let workspace = FuzzTarget(name: "workspace", summary: "patuh.xml through WorkspaceProfile") { root in
        let schema = try XMLSchema(path: "\(root)/Standards/schema/\(WorkspaceProfile.schemaFileName)")
        return { data in
            guard let document = try? XMLDocument.parse(bytes: Array(data), path: "patuh.xml"),
                  schema.validate(document).isEmpty else { return }
            _ = try? WorkspaceProfile.read(document.root, path: "patuh.xml")
        }
    }

    /// `bukti.xml`: the whole reader (parse, bukti.xsd, entries and their dates).
    static let bukti = FuzzTarget(name: "bukti", summary: "bukti.xml through BuktiReader") { root in
        let reader = try BuktiReader(schemaDirectory: "\(root)/Standards/schema")
        let shown = EvidencePath("S01-kebijakan/S01.1/bukti.xml")
        return { data in
            _ = try? reader.read(bytes: Array(data), shownPath: shown)
        }
    }

    /// An answer file: parse, penilaian.xsd, then every check against the sample catalog.
    static let penilaian = FuzzTarget(name: "penilaian", summary: "an answer file through AnswerFileLoader") { root in
        let schema = try XMLSchema(path: "\(root)/Standards/schema/penilaian.xsd")
        let catalog = try CatalogLoader.load(directory: "\(root)/Standards")
        return { data in
            guard let document = try? XMLDocument.parse(bytes: Array(data), path: "penilaian.xml"),
                  schema.validate(document).isEmpty else { return }
            _ = AnswerFileLoader.read(document.root, path: "penilaian.xml", catalog: catalog)
        }
    }

    // MARK: - Evidence content

    /// The content readers: the same bytes as CSV, XLSX, DOCX and ODT, each read evaluated
    /// against the shipped catalog's content checks. A read must be content, malformed or a
    /// notice; nothing may trap, and a reader must give the same answer twice.
    static let content = FuzzTarget(name: "content", summary: "CSV, XLSX, DOCX and ODT through the content readers and checks") { root in
        let catalog = try CatalogLoader.load(directory: "\(root)/Standards")
        let checks = catalog.standards.flatMap(\.evidenceRules).compactMap(\.content)
        var limits = ContentLimits()
        limits.maximumRows = 5_000
        limits.maximumEntrySize = 4 << 20
        let reader = ContentReader(limits: limits, pdf: PDFTextReader(limits: limits, executable: nil))
        let evaluator = ContentEvaluator(today: CivilDate(iso: "2026-11-25")!)
        let file = EvidencePath("Evidence/fuzz")
        return { data in
            let bytes = Array(data)
            for format in [ContentReader.Format.csv, .xlsx, .docx, .odt, .txt] {
                let read = reader.read(bytes, format: format)
                if format == .csv, read != reader.read(bytes, format: format) { fatalError("the CSV reader is not deterministic") }
                for check in checks { _ = evaluator.evaluate(check, read: read, file: file) }
            }
        }
    }

    // MARK: - Time

    /// Core's one ISO 8601 parser: `Instant(iso8601:)` and `CivilDate(iso:)`. What parses must
    /// print back to text that parses to the same value.
    static let iso8601 = FuzzTarget(name: "iso8601", summary: "Instant(iso8601:) and CivilDate(iso:)") { _ in
        { data in
            let text = String(decoding: data, as: UTF8.self)
            if let instant = Instant(iso8601: text) {
                for zone in IndonesianZone.allCases {
                    let printed = instant.iso8601(in: zone)
                    // Years beyond 9999 print but do not parse back; anything that parses must agree.
                    if let again = Instant(iso8601: printed), again != instant {
                        fatalError("\(text) → \(instant) → \(printed) → \(again)")
                    }
                }
            }
            if let date = CivilDate(iso: text), date.description != text {
                fatalError("\(text) parsed as \(date)")
            }
        }
    }

    // MARK: - JSON

    /// A findings file (`pembinaan buka --temuan`): what decodes has an id, a description and an
    /// upper-case standard for every finding, and at least one finding.
    static let temuan = FuzzTarget(name: "temuan", summary: "a JSON findings file through FindingsFile") { _ in
        { data in
            guard let findings = try? FindingsFile.decode(Data(data)) else { return }
            if findings.isEmpty { fatalError("an empty findings file decoded") }
            for finding in findings where finding.id.isEmpty || finding.description.isEmpty || finding.standard != finding.standard.uppercased() {
                fatalError("incomplete finding decoded: \(finding)")
            }
        }
    }
}
