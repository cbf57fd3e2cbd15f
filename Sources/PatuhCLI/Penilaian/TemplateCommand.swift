import ArgumentParser
import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Workspace

/// `patuh penilaian template [WORKSPACE] --jenis mandiri|faktual` (alias `assessment template`).
struct TemplateCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a complete answer file for every control, pre-filled with the evidence facts.",
        discussion: """
        Each control gets its requirement, the assessor's guidance and each evidence rule's status and \
        files (as a comment), citations of the satisfied rules and their files, and a status proposed \
        from the evidence (all rules satisfied: memenuhi; some: sebagian; none: tidak), marked \
        proposed="true" until a person reviews it. The result is valid and can be scored at once.

        The evidence facts come from --bukti FILE, the JSON of 'patuh periksa --format json'. The date \
        is today's (or --now's) date in WIB.

        Examples:
          patuh penilaian template --jenis mandiri --bukti bukti.json --output penilaian-mandiri.xml \\
            --lpse-id lpse-kab-contoh --lpse-nama "LPSE Kabupaten Contoh" --instansi "Pemerintah Kabupaten Contoh"
          patuh penilaian template --jenis faktual --standard S05 --penilai "Dewi Lestari|Asesor|LKPP"
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("jenis"), help: "The kind of assessment: mandiri or faktual.")
    var kind: AssessmentKind

    @Option(help: ArgumentHelp("Only this standard's controls (e.g. S05).", valueName: "id"))
    var standard: String?

    @Option(help: ArgumentHelp("Write to this file instead of stdout (refuses to overwrite without --timpa).", valueName: "file"))
    var output: String?

    @OptionGroup var outputGuards: OutputGuardOptions

    @Option(name: .customLong("bukti"),
            help: ArgumentHelp("Evidence status per rule from this JSON of 'patuh periksa --format json' (default: scan the workspace's Evidence/).", valueName: "file"))
    var evidenceReport: String?

    @Option(name: .customLong("lpse-id"), help: "The LPSE's identifier (default: from the workspace's patuh.xml).")
    var lpseIdOption: String?

    @Option(name: .customLong("lpse-nama"), help: "The LPSE's name (default: from patuh.xml).")
    var lpseNameOption: String?

    @Option(name: .customLong("instansi"), help: "The instansi that owns the LPSE (default: from patuh.xml).")
    var instansiOption: String?

    @Option(name: .customLong("penilai"), help: ArgumentHelp("An assessor as 'name|role|institution' (repeatable).", valueName: "assessor"))
    var assessors: [String] = []

    @Option(help: "Language of messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    @OptionGroup var now: NowOption

    var language: Language { lang }

    func run() throws {
        let messages = Messages(lang)
        let target = output.map { OutputFile(path: $0, workspace: try? workspace.root(), guards: outputGuards,
                                             inputs: [evidenceReport].compactMap { $0 }, replacesExisting: false) }
        try target?.plan()
        let opened = try workspace.open(now)
        let profile = try opened.profile()
        let lpseId = lpseIdOption ?? profile.id
        let lpseName = lpseNameOption ?? profile.name
        let instansi = instansiOption ?? (profile.instansi.isEmpty ? "(nama instansi)" : profile.instansi)
        guard lpseId.range(of: "^[A-Za-z0-9][A-Za-z0-9._-]*$", options: .regularExpression) != nil else {
            throw CommandFailure.invalidInput(messages.text("penilaian.lpseId.invalid", ["id": lpseId]))
        }
        let people = try assessors.map { try Self.assessor($0, language: lang) }
        if let standard, try opened.catalog().standard(standard) == nil {
            throw CommandFailure.invalidInput(messages.text("penilaian.option.notAStandard",
                                                            ["option": "--standard", "id": standard, "version": try opened.catalog().version]))
        }
        let evidence = try EvidenceSource.facts(file: evidenceReport, workspace: opened, language: lang)
        let text = try opened.template(
            kind: kind, standard: standard, lpse: LPSEIdentity(id: lpseId, name: lpseName, instansi: instansi),
            assessors: people.isEmpty ? [Assessor(name: "(nama penilai)", role: "(peran)", institution: "(instansi)")] : people,
            evidence: evidence)
        guard let target, !target.isStandardOutput else {
            Console.out(text)
            return
        }
        try target.write(text)
        Console.error(messages.text("penilaian.template.wrote", ["path": target.path]))
    }

    static func assessor(_ text: String, language: Language) throws -> Assessor {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw CommandFailure.invalidInput(Messages(language).text("penilaian.assessor.invalid", ["value": text]))
        }
        return Assessor(name: parts[0], role: parts[1], institution: parts[2])
    }
}
