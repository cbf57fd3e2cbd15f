import ArgumentParser
import Core
import Foundation
import Paket
import Pembinaan
import Reporting
import Workspace

/// `patuh sertifikat` (alias `certificate`): the LPSEs' certificates per standard.
struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sertifikat",
        abstract: "List and issue certificates per LPSE and standard (alias: certificate).",
        discussion: """
        Certificates live in the pembinaan log: issued by LKPP (terbitkan), revoked by \
        pencabutan, restored by a passed penilaian ulang or a cancelled pencabutan. Issued with \
        --kunci, a certificate is also a signed document anyone checks (verifikasi) and LKPP \
        revokes in its signed list (cabut).

        Examples:
          patuh sertifikat terbitkan --lpse LPSE-KAB-CONTOH --standar S03,S05 --nomor SK-01 --oleh "Deputi LKPP" --peran lkpp
          patuh sertifikat daftar --now 2024-06-01
        """,
        subcommands: [ListCertificatesCommand.self, IssueCertificatesCommand.self,
                      VerifyCertificateCommand.self, RevokeCertificateCommand.self],
        aliases: ["certificate"]
    )
}

/// `patuh sertifikat daftar` (alias `list`).
struct ListCertificatesCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "daftar",
        abstract: "List certificates per LPSE and standard, with their status today (alias: list).",
        discussion: """
        The status is judged on --now's date in --zona (default WIB): berlaku, dicabut, or \
        kedaluwarsa after the last valid day.

        Examples:
          patuh sertifikat daftar
          patuh certificate list --lpse LPSE-KAB-CONTOH --now 2027-03-02 --format json

        Exit codes: 0 shown; 1 the log is broken; 2 invalid input; 70 the workspace database is unusable.
        """,
        aliases: ["list"]
    )

    @Option(name: .customLong("lpse"), help: ArgumentHelp("Only this LPSE.", valueName: "id"))
    var lpse: String?

    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open(readOnly: true)
        let today = (options.zone ?? .wib).civilDate(of: workspace.now)
        let listing = try workspace.certificates(of: lpse, on: today)
        let certificates = listing.certificates.map { ($0.certificate, $0.status) }
        try options.show(json: PembinaanJSON.CertificateRow.rows(certificates, revocations: listing.revocations, language: language)) {
            PembinaanText(language).certificates(certificates, revocations: listing.revocations, on: today)
        }
    }
}

/// `patuh sertifikat terbitkan` (alias `issue`): LKPP issues certificates (penetapan).
struct IssueCertificatesCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "terbitkan",
        abstract: "Issue (or renew) certificates for standards of an LPSE (alias: issue).",
        discussion: """
        Validity is Standards/pembinaan.xml's (default 3 years) from --now's date.

        A certificate rests on a recorded penilaian faktual of the LPSE in which each standard is \
        terpenuhi (Kepdep LKPP 152/2022 §2.1.e.5): score it first with 'patuh penilaian nilai FILE' \
        (stored in the workspace); --faktual picks one by its date, else the latest not after today \
        is used. Refused as well: an LPSE under penghentian, a standard whose case is at pencabutan, \
        and a revoked standard without a penilaian faktual after its pencabutan.

        With --kunci NAME (an LKPP key from 'patuh kunci buat --peran lkpp'), LKPP also writes the \
        signed certificate document sertifikat-<nomor>.xml (in --ke DIR, default the workspace): the \
        LPSE of patuh.xml (run it in the assessor workspace 'patuh paket terima' made), the standards \
        and the validity recorded in the log, signed; beside it sertifikat-<nomor>.html and, when \
        weasyprint or chromium is on PATH, .pdf, showing the key's fingerprint and the line that \
        checks it: 'patuh sertifikat verifikasi sertifikat-<nomor>.xml'.

        Examples:
          patuh penilaian nilai Evidence/penilaian-faktual.xml
          patuh sertifikat terbitkan --lpse lpse-kab-contoh --standar S03,S05 --nomor SK-12/LKPP/2026 \\
            --oleh "Deputi LKPP" --peran lkpp --kunci asesor-lkpp --now 2026-11-20T09:00:00+07:00

        Exit codes: 0 recorded; 1 refused (role lpse, a guard above, not an LKPP key, a document \
        that exists); 2 invalid input (a key readable by others); 70 the workspace database is unusable.
        """,
        aliases: ["issue"]
    )

    @Option(name: .customLong("lpse"), help: ArgumentHelp("The LPSE's id.", valueName: "id"))
    var lpse: String

    @Option(name: .customLong("standar"), help: ArgumentHelp("Standards, comma-separated or repeated: S03,S05.", valueName: "ids"))
    var standards: [String]

    @Option(name: .customLong("versi-katalog"), help: ArgumentHelp("The catalog version (default: the workspace catalog's).", valueName: "version"))
    var catalogVersion: String?

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis (repeatable).", valueName: "text"))
    var basis: [String] = []

    @Option(name: .customLong("faktual"), help: ArgumentHelp(
        "The date of the recorded penilaian faktual it rests on (default: the latest not after today).", valueName: "date"))
    var faktualDate: String?

    @Option(name: .customLong("kunci"), help: ArgumentHelp(
        "The LKPP private key's name (or path): also write the signed certificate document.", valueName: "name"))
    var key: String?

    @Option(name: .customLong("ke"), help: ArgumentHelp("With --kunci: the folder for the document (default: the workspace).", valueName: "dir"))
    var directory: String?

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open()
        let context = try options.context(actor, basis: basis)
        let ids = standards.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        let decision = try notice.notice(for: .certificateDecision, language: language)
        let faktual = try faktualDate.map { try dateArgument($0, option: "--faktual") }
        guard let key else {
            try options.show(try workspace.issueCertificates(lpse: lpse, standards: ids, catalogVersion: catalogVersion,
                                                             decision: decision, faktual: faktual, context: context))
            if options.format == .text { Console.error(Core.Messages(language).text("sertifikat.dokumen.unsigned")) }
            return
        }
        let issued = try workspace.issueSignedCertificates(lpse: lpse, standards: ids, catalogVersion: catalogVersion,
                                                           decision: decision, faktual: faktual, context: context,
                                                           keyName: key, store: KeyStore.standard(), directory: directory)
        try options.show(issued.event)
        try CertificatePages(language: language, toStandardError: options.format == .json).write(issued, patuhVersion: PatuhWorkspace.patuhVersion)
    }
}
