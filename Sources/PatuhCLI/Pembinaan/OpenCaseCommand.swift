import ArgumentParser
import Core
import Foundation
import Pembinaan
import Workspace

/// `patuh pembinaan buka` (alias `open`): LKPP opens a case from findings with a rekomendasi.
struct OpenCaseCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "buka",
        abstract: "Open a case from findings, imposing a rekomendasi (alias: open).",
        discussion: """
        The findings come from a JSON file (--temuan), an array of \
        {"id","standard","control","severity","description","rekomendasi"}, or from one finding \
        given by --temuan-id, --standar, --kontrol and --uraian, or, without retyping, from a \
        penilaian faktual result: --dari-hasil FILE --temuan ID[,ID] takes the LPSE, standard, \
        control, severity, uraian and rekomendasi of those findings from the result paket \
        (verified first against the trusted LKPP key, as 'patuh paket periksa' does) or from the \
        faktual answer file 'patuh paket terima' filed. Each is checked against the catalog. \
        The case id is --kasus, or the next free K-YYYY-NNN.

        Examples:
          patuh pembinaan buka --lpse LPSE-KAB-CONTOH --temuan-id TF-01 --standar S03 --kontrol S03.2 \\
            --uraian "SOP aset tidak ditinjau" --nomor R-001/LKPP/2024 --ditetapkan 2024-03-01 \\
            --dasar "Kepdep LKPP 152/2022 §2.2" --oleh "Asesor LKPP" --peran lkpp --now 2024-03-01T10:00:00+07:00
          patuh pembinaan buka --dari-hasil hasil-lpse-kab-contoh-2026-12-01.zip --temuan TF-2026-03 \
            --nomor R-003/LKPP/2026 --oleh "Asesor LKPP" --peran lkpp
          patuh sanction open --lpse LPSE-KOTA-X --zona WITA --temuan temuan.json --nomor R-002 \\
            --oleh "Asesor LKPP" --peran lkpp --format json

        Exit codes: 0 recorded; 1 refused (e.g. role lpse, case id taken, a result paket tampered, \
        untrusted or for another LPSE); 2 invalid input (e.g. a finding the result does not have); \
        70 the workspace database is unusable.
        """,
        aliases: ["open"]
    )

    @Option(name: .customLong("lpse"), help: ArgumentHelp("The LPSE's id (default: the workspace's, from patuh.xml).", valueName: "id"))
    var lpse: String?

    @Option(name: .customLong("kasus"), help: ArgumentHelp("The new case's id (default: the next K-YYYY-NNN).", valueName: "id"))
    var caseId: String?

    @Option(name: .customLong("temuan"), help: ArgumentHelp(
        "A JSON file of findings; with --dari-hasil, the ids of the result's findings (comma-separated).", valueName: "file|ids"))
    var findingsFile: String?

    @Option(name: .customLong("dari-hasil"), help: ArgumentHelp(
        "A result paket (hasil-*.zip) or a penilaian faktual file to take the findings from.", valueName: "file"))
    var fromResult: String?

    @Option(name: .customLong("temuan-id"), help: ArgumentHelp("One finding's id (with --standar, --uraian).", valueName: "id"))
    var findingId: String?

    @Option(name: .customLong("standar"), help: ArgumentHelp("The finding's standard, S01 ... S17.", valueName: "id"))
    var standard: String?

    @Option(name: .customLong("kontrol"), help: ArgumentHelp("The finding's control, e.g. S03.2.", valueName: "id"))
    var control: String?

    @Option(name: .customLong("uraian"), help: ArgumentHelp("What was found.", valueName: "text"))
    var description: String?

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis: regulation article or finding id (repeatable).", valueName: "text"))
    var basis: [String] = []

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open()
        if let fromResult {
            guard [standard, control, description].allSatisfy({ $0 == nil }) else {
                throw WorkspaceError(.invalidInput, "paket.case.noRetyping")
            }
            let ids = ([findingsFile, findingId].compactMap { $0 }).flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let context = try options.context(actor, basis: basis)
            let notice = try notice.notice(for: .rekomendasi, language: language)
            try options.show(try workspace.openCase(fromResult: fromResult, findingIds: ids, notice: notice, lpse: lpse,
                                                    caseId: caseId, context: context))
            return
        }
        guard let lpseId = try lpse ?? workspace.workspaceLPSE() else {
            throw ValidationError(Core.Messages(language).text("pembinaan.open.noLPSE"))
        }
        let context = try options.context(actor, basis: basis)
        let findings = try readFindings(workspace)
        let notice = try notice.notice(for: .rekomendasi, language: language)
        try options.show(try workspace.openCase(findings: findings, notice: notice, lpse: lpseId, caseId: caseId,
                                                context: context))
    }

    private func readFindings(_ workspace: PatuhWorkspace) throws -> [Finding] {
        let single = [findingId, standard, control, description].contains { $0 != nil }
        switch (findingsFile, single) {
        case (.some, true):
            throw WorkspaceError(.invalidInput, "pembinaan.open.findingsTwice")
        case (.some(let path), false):
            return try workspace.findings(fromFile: path)
        case (nil, true):
            guard let findingId, let standard, let description else {
                throw WorkspaceError(.invalidInput, "pembinaan.open.findingIncomplete")
            }
            return [Finding(id: findingId, standard: standard.uppercased(), control: control, description: description)]
        case (nil, false):
            throw WorkspaceError(.invalidInput, "pembinaan.open.noFindings")
        }
    }
}
