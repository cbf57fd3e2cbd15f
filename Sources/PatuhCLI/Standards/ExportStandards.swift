import ArgumentParser
import Catalog
import Core
import Foundation

/// `patuh standar ekspor DIR`: writes the catalog built into patuh to a folder, for an LPSE or
/// LKPP to read or amend (then use it with --standards DIR or PATUH_STANDARDS).
struct ExportStandards: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "ekspor",
        abstract: "Write the catalog built into patuh (standards, policies, calendars, schemas) to a folder (alias: export).",
        aliases: ["export"]
    )

    @Argument(help: ArgumentHelp("The folder to write (created; existing catalog files are never overwritten).", valueName: "dir"))
    var directory: String

    @Option(help: "Language of messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let messages = Messages(lang)
        let clashes = EmbeddedStandards.files.map { (directory as NSString).appendingPathComponent($0.path) }
            .filter { FileManager.default.fileExists(atPath: $0) }
        guard clashes.isEmpty else {
            throw CommandFailure.invalidInput(messages.text("standards.export.exists", ["path": directory]))
        }
        do {
            try EmbeddedStandards.export(to: directory)
        } catch {
            throw CommandFailure.invalidInput("patuh: \(directory): \(error.localizedDescription)")
        }
        Console.out(messages.text("standards.export.done", [
            "version": EmbeddedStandards.version, "count": String(EmbeddedStandards.files.count), "path": directory,
        ]))
    }
}
