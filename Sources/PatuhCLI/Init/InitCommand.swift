import ArgumentParser
import Core
import Foundation
import Workspace

/// `patuh init [FOLDER]`: a new LPSE workspace, ready for its documents.
struct InitCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an LPSE workspace: patuh.xml, Evidence/ with every control folder and its BACA.md, a penilaian mandiri template.",
        discussion: """
        Writes patuh.xml, Evidence/ with the 17 standard folders and every control folder (each with a \
        BACA.md in Indonesian saying which documents to put there and how to name them), \
        Evidence/penilaian-mandiri.xml from the template, .gitignore, and with --ci a CI file. \
        On a terminal it asks for what is missing; otherwise --nama, --instansi and --zona are required. \
        It refuses a folder that already holds a workspace or any file, and leaves nothing half-made.

        Example:
          patuh init lpse-kota-contoh --nama "LPSE Kota Contoh" --instansi "Pemerintah Kota Contoh" --zona WITA
        """
    )

    @Argument(help: ArgumentHelp("The folder to create (default: the current folder, which must be empty).", valueName: "folder"))
    var folder: String = "."

    @Option(name: .customLong("nama"), help: "The LPSE's name, e.g. \"LPSE Kota Contoh\".")
    var name: String?

    @Option(name: .customLong("instansi"), help: "The instansi that owns it, e.g. \"Pemerintah Kota Contoh\".")
    var instansi: String?

    @Option(name: .customLong("zona"), help: ArgumentHelp(
        "The LPSE's time zone: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9).", valueName: "WIB|WITA|WIT"))
    var zone: IndonesianZone?

    @Option(name: .customLong("id"), help: "The LPSE's id, [a-z0-9]+(-[a-z0-9]+)* (default: from the name).")
    var id: String?

    @Option(name: .customLong("situs"), help: "The LPSE's web address, e.g. https://lpse.contohkota.go.id.")
    var site: String?

    @Option(name: .customLong("ci"), help: ArgumentHelp("Also write a CI file for the evidence repository.", valueName: "github|gitlab"))
    var ci: CIKind?

    @Option(name: .customLong("standards"), help: "The standards to lay out (default: PATUH_STANDARDS, else the catalog built into patuh).")
    var standardsDirectory: String?

    @Option(help: "Language of messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        var prompter = Prompter(interactive: isatty(STDIN_FILENO) == 1, language: lang)
        let name = try prompter.value(name, key: "init.ask.nama", option: "--nama")
        let instansi = try prompter.value(instansi, key: "init.ask.instansi", option: "--instansi")
        let zone = try zone ?? prompter.zone()
        let givenId = id ?? WorkspaceScaffold.normalisedId(name)
        let lpseId = WorkspaceScaffold.normalisedId(givenId)
        guard !lpseId.isEmpty else {
            throw CommandFailure.invalidInput(Messages(lang).text("init.id.invalid", ["value": givenId]))
        }
        let request = WorkspaceScaffold.Request(
            name: name, instansi: instansi, zone: zone, id: lpseId, site: site,
            ciFile: ci.map { ($0.path, CITemplates.text($0)) })
        let environment = ProcessInfo.processInfo.environment[StandardsLocation.environmentVariable]
        let location: StandardsLocation = (standardsDirectory ?? environment.flatMap { $0.isEmpty ? nil : $0 })
            .map { .folder($0) } ?? .embedded
        let outcome = try WorkspaceScaffold.create(request, in: folder, location: location, clock: .system)
        let messages = Messages(lang)
        Console.out(messages.text("init.done", [
            "path": folder, "id": lpseId, "standards": String(outcome.standardFolders),
            "controls": String(outcome.controlFolders),
        ]))
        if let ci { Console.out(messages.text("init.ci", ["path": ci.path])) }
        Console.out(messages.text("init.next", ["cd": folder == "." ? "" : "cd \(folder) && "]))
    }
}

/// The CI systems `patuh init --ci` writes a file for.
enum CIKind: String, ExpressibleByArgument, CaseIterable {
    case github
    case gitlab

    /// Where the file goes in the workspace.
    var path: String {
        switch self {
        case .github: ".github/workflows/patuh.yml"
        case .gitlab: ".gitlab-ci.yml"
        }
    }
}

/// Asks for missing values on a terminal; without one, a missing value is a usage error.
struct Prompter {
    let interactive: Bool
    let language: Language

    mutating func value(_ given: String?, key: String, option: String) throws -> String {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return given }
        guard interactive else { throw missing(option) }
        while true {
            Console.errorInline(Messages(language).text(key) + " ")
            guard let line = readLine() else { throw missing(option) }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if !answer.isEmpty { return answer }
        }
    }

    mutating func zone() throws -> IndonesianZone {
        guard interactive else { throw missing("--zona") }
        Console.error(Messages(language).text("init.ask.zonaHelp"))
        while true {
            Console.errorInline(Messages(language).text("init.ask.zona") + " ")
            guard let line = readLine() else { throw missing("--zona") }
            if let zone = IndonesianZone(name: line.trimmingCharacters(in: .whitespaces)) { return zone }
        }
    }

    private func missing(_ option: String) -> CommandFailure {
        CommandFailure(status: ExitStatus.usage, [Messages(language).text("init.missing", ["option": option])])
    }
}
