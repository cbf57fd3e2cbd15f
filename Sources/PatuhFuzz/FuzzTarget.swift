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
        contentFormat("content-csv", .csv, summary: "CSV alone through its reader and every register check"),
        contentFormat("content-xlsx", .xlsx, summary: "XLSX alone: the bytes as a workbook, or as its sheet part"),
        contentFormat("content-docx", .docx, summary: "DOCX alone: the bytes as a document, or as word/document.xml"),
        contentFormat("content-odt", .odt, summary: "ODT alone: the bytes as a document, or as content.xml"),
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
        let (catalog, reader, evaluator, file) = try contentSetup(root)
        let checks = catalog.standards.flatMap(\.evidenceRules).compactMap(\.content)
        return { data in
            let bytes = Array(data)
            for format in [ContentReader.Format.csv, .xlsx, .docx, .odt, .txt] {
                let read = reader.read(bytes, format: format)
                if format == .csv, read != reader.read(bytes, format: format) { fatalError("the CSV reader is not deterministic") }
                for check in checks { _ = evaluator.evaluate(check, read: read, file: file) }
            }
        }
    }

    /// One content reader on its own, with every content check of the shipped catalog (row rules
    /// and cross-references too: the read is also the register each reference looks in).
    ///
    /// For a ZIP-based format the first byte chooses: even, the rest is the archive; odd, the
    /// rest is the format's main XML part inside a well-formed archive (a stored ZIP with the
    /// other parts it needs), so mutations reach the XML walkers past the checksums. A reader
    /// must give the same answer twice.
    /// What every content target reads with: the shipped catalog, readers under fuzzing limits
    /// (no PDF converter), an evaluator on the sample's reference day, and a file name.
    static func contentSetup(_ root: String) throws -> (StandardsCatalog, ContentReader, ContentEvaluator, EvidencePath) {
        var limits = ContentLimits()
        limits.maximumRows = 5_000
        limits.maximumEntrySize = 4 << 20
        return (try CatalogLoader.load(directory: "\(root)/Standards"),
                ContentReader(limits: limits, pdf: PDFTextReader(limits: limits, executable: nil)),
                ContentEvaluator(today: CivilDate(iso: "2026-11-25")!), EvidencePath("Evidence/fuzz"))
    }

    static func contentFormat(_ name: String, _ format: ContentReader.Format, summary: String) -> FuzzTarget {
        FuzzTarget(name: name, summary: summary) { root in
            let (catalog, reader, evaluator, file) = try contentSetup(root)
            let checks = catalog.standards.flatMap(\.evidenceRules).compactMap(\.content)
            let registers = Dictionary(catalog.standards.flatMap(\.evidenceRules).compactMap { rule -> (String, RegisterCheck)? in
                if case .register(let register)? = rule.content { return (rule.id, register) }
                return nil
            }, uniquingKeysWith: { first, _ in first })
            return { data in
                let bytes = Self.document(Array(data), format: format)
                let read = reader.read(bytes, format: format)
                if read != reader.read(bytes, format: format) { fatalError("the \(format) reader is not deterministic") }
                for check in checks {
                    var references: [String: ReferencedKeys] = [:]
                    if case .register(let register) = check {
                        for reference in register.references {
                            guard let referenced = registers[reference.rule] else { continue }
                            references[reference.rule] = ReferencedKeys.collect(rule: referenced, key: reference.key,
                                                                                reads: [(file, read)])
                        }
                    }
                    _ = evaluator.evaluate(check, read: read, file: file, references: references)
                }
            }
        }
    }

    /// The bytes a per-format target reads: as they are (CSV; a ZIP-based format when the first
    /// byte is even), or wrapped as the format's main part.
    static func document(_ data: [UInt8], format: ContentReader.Format) -> [UInt8] {
        guard format != .csv, format != .txt, format != .pdf, let first = data.first else { return data }
        let rest = Array(data.dropFirst())
        guard first & 1 == 1 else { return rest }
        let text = { (string: String) in Array(string.utf8) }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        switch format {
        case .xlsx:
            // Bit 1 chooses the fuzzed part: the sheet (with fixed shared strings) or the shared strings.
            let sharedStrings = "<sst xmlns=\"\(main)\"><si><t>kode</t></si><si><r><t>Ser</t></r><r><t>ver</t></r></si></sst>"
            let sheet = "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>"
            let fuzzSheet = first & 2 == 0
            return StoredZip.make([
                ("xl/workbook.xml", text("<workbook xmlns=\"\(main)\" xmlns:r=\"\(relations)\"><sheets><sheet name=\"1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
                ("xl/_rels/workbook.xml.rels", text("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relations)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")),
                ("xl/sharedStrings.xml", fuzzSheet ? text(sharedStrings) : rest),
                ("xl/worksheets/sheet1.xml", fuzzSheet ? rest : text(sheet)),
            ])
        case .docx:
            return StoredZip.make([("word/document.xml", rest)])
        case .odt:
            return StoredZip.make([("mimetype", text("application/vnd.oasis.opendocument.text")), ("content.xml", rest)])
        default:
            return rest
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
