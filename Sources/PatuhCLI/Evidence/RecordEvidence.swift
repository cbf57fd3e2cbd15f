import ArgumentParser
import Core
import EvidenceRegistry
import Foundation
import Workspace

/// The workspace and document of `bukti catat|sahkan`: `FILE` relative to the current folder
/// (or the workspace root), the workspace found from the file's folder up unless `-C` names one.
struct DocumentOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The document, e.g. Evidence/S01-kebijakan/S01.1/kebijakan-lpse_2026-01-15.pdf.",
                                 valueName: "file"))
    var file: String

    @Option(name: [.customShort("C"), .customLong("workspace")], help: ArgumentHelp(
        "The workspace (default: the nearest folder holding patuh.xml, from the file's folder up).", valueName: "dir"))
    var workspace: String?

    @Option(name: .customLong("standards"),
            help: "The standards folder (default: PATUH_STANDARDS, else WORKSPACE/Standards when present, else the catalog built into patuh).")
    var standardsDirectory: String?

    @OptionGroup var now: NowOption

    @Option(help: "Language of the messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    /// The workspace and the document's path as the use case takes it (absolute when the file
    /// is found from the current folder, else as given, relative to the workspace root).
    func open() throws -> (workspace: PatuhWorkspace, document: String) {
        let fromHere = URL(fileURLWithPath: file).standardizedFileURL.path
        let folderHere = (fromHere as NSString).deletingLastPathComponent
        let folderExists = FileManager.default.fileExists(atPath: folderHere)
        let root: String
        if let workspace {
            root = try WorkspaceDiscovery.resolve(explicit: workspace)
        } else if folderExists, let found = WorkspaceDiscovery.root(from: folderHere) {
            root = found
        } else {
            root = try WorkspaceDiscovery.resolve(explicit: nil)
        }
        let clock = try timeArgument(language: lang) { () throws(TimeError) in try Clock.resolve(argument: now.value) }
        let opened = PatuhWorkspace(root: root, location: StandardsLocation.resolve(root: root, explicit: standardsDirectory),
                                    clock: clock)
        let document = folderExists ? fromHere : file
        return (opened, document)
    }
}

/// A document date option: `YYYY-MM-DD` or `DD-MM-YYYY`, exit 2 otherwise.
func documentDateArgument(_ text: String?, option: String, language: Language) throws -> CivilDate? {
    guard let text else { return nil }
    return try timeArgument(language: language) { () throws(TimeError) in try CivilDate.documentArgument(text, source: option) }
}

/// `patuh bukti catat FILE --nomor … --tanggal … --berlaku-sampai … --aturan …`.
struct RecordEvidence: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "catat",
        abstract: "Record a document's number, date, validity and rules in its folder's bukti.xml (alias: record).",
        discussion: """
        Creates or updates the document's entry in the bukti.xml beside it (made when absent); other \
        entries and comments stay as they are. The result is checked by bukti.xsd and against the \
        catalog before it is written, and written whole or not at all. Dates are YYYY-MM-DD or \
        DD-MM-YYYY and are written as YYYY-MM-DD. Options not given keep their recorded value.

        Exits 0 once recorded, 2 when the file, a date or a rule is not valid.

        Examples:
          patuh bukti catat Evidence/S02-organisasi/S02.1/sk-tim-lpse_2026-01-05.pdf --nomor 800/12/2026 --tanggal 05-01-2026 --berlaku-sampai 2026-12-31
          patuh bukti catat notulen.pdf --aturan S01.4.E2 --judul "Notulen kaji ulang"
        """,
        aliases: ["record"]
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .customLong("nomor"), help: "The document's number.")
    var number: String?
    @Option(name: .customLong("judul"), help: "The document's title.")
    var title: String?
    @Option(name: .customLong("tanggal"), help: ArgumentHelp("The document's own date.", valueName: "date"))
    var date: String?
    @Option(name: .customLong("berlaku-mulai"), help: ArgumentHelp("The first day of validity.", valueName: "date"))
    var validFrom: String?
    @Option(name: .customLong("berlaku-sampai"), help: ArgumentHelp("The last day of validity.", valueName: "date"))
    var validUntil: String?
    @Option(name: .customLong("aturan"), help: ArgumentHelp("The evidence rules it proves, comma or space separated (e.g. S01.1.E1).",
                                                           valueName: "rules"))
    var rules: String?
    @Option(name: .customLong("catatan"), help: "A note.")
    var note: String?

    var language: Language { options.lang }

    func run() throws {
        let record = DocumentRecord(
            number: number, title: title,
            date: try documentDateArgument(date, option: "--tanggal", language: language),
            validFrom: try documentDateArgument(validFrom, option: "--berlaku-mulai", language: language),
            validUntil: try documentDateArgument(validUntil, option: "--berlaku-sampai", language: language),
            rules: rules.map { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map { String($0).uppercased() } },
            note: note)
        let (workspace, document) = try options.open()
        let edit = try workspace.recordDocument(document, record)
        Console.out(BuktiEditText(language: language).render(edit))
    }
}

/// `patuh bukti sahkan FILE --oleh NAME --jabatan ROLE [--tanggal DATE]`.
struct RatifyEvidence: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "sahkan",
        abstract: "Record who ratified (signed) a document in its folder's bukti.xml (alias: ratify).",
        discussion: """
        Sets the document's disahkan-oleh entry: the signatory's name, position and the date \
        (default: today in the LPSE's zone). A rule that expects a signature counts the document \
        as signed from then on. bukti.xml is made when absent; other entries and comments stay.

        Examples:
          patuh bukti sahkan Evidence/S01-kebijakan/S01.2/kebijakan-keamanan-informasi_2026-02-02.pdf --oleh "Ir. Hendra Wijaya" --jabatan "Kepala LPSE"
          patuh bukti sahkan laporan.pdf --oleh "Ani" --jabatan "Kepala LPSE" --tanggal 20-11-2026
        """,
        aliases: ["ratify"]
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .customLong("oleh"), help: ArgumentHelp("The signatory's name.", valueName: "name"))
    var name: String
    @Option(name: .customLong("jabatan"), help: ArgumentHelp("The signatory's position (jabatan).", valueName: "role"))
    var position: String
    @Option(name: .customLong("tanggal"), help: ArgumentHelp("The date of ratification (default: today).", valueName: "date"))
    var date: String?

    var language: Language { options.lang }

    func run() throws {
        let day = try documentDateArgument(date, option: "--tanggal", language: language)
        let (workspace, document) = try options.open()
        let edit = try workspace.ratifyDocument(document, by: name, position: position, on: day)
        Console.out(BuktiEditText(language: language).render(edit))
    }
}

/// How the terminal reports a `bukti.xml` edit.
struct BuktiEditText {
    let language: Language

    func render(_ edit: BuktiEdit) -> String {
        let messages = Messages(language)
        var lines = [messages.text(edit.createdFile ? "edit.bukti.created" : (edit.createdEntry ? "edit.bukti.added" : "edit.bukti.updated"),
                                   ["file": edit.buktiFile, "document": edit.document])]
        let entry = edit.entry
        var fields: [(String, String?)] = [("nomor", entry.number), ("judul", entry.title), ("tanggal", entry.date?.description),
                                           ("berlaku-mulai", entry.validFrom?.description),
                                           ("berlaku-sampai", entry.validUntil?.description),
                                           ("aturan", entry.rules.isEmpty ? nil : entry.rules.joined(separator: " "))]
        if let ratified = entry.ratifiedBy {
            fields.append(("disahkan-oleh", "\(ratified.name), \(ratified.position)" + (ratified.date.map { ", \($0)" } ?? "")))
        }
        fields.append(("catatan", entry.note))
        lines += fields.compactMap { name, value in value.map { "  \(name): \($0)" } }
        return lines.joined(separator: "\n")
    }
}
