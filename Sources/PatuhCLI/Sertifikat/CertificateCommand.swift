import ArgumentParser
import Catalog
import Core
import Pembinaan
import Store
import Foundation

/// `patuh sertifikat` (alias `certificate`): the LPSEs' certificates per standard.
struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sertifikat",
        abstract: "List and issue certificates per LPSE and standard (alias: certificate).",
        discussion: """
        Certificates live in the pembinaan log: issued by LKPP (terbitkan), revoked by \
        pencabutan, restored by a passed penilaian ulang or a cancelled pencabutan.

        Examples:
          patuh sertifikat terbitkan --lpse LPSE-KAB-CONTOH --standar S03,S05 --nomor SK-01 --oleh "Deputi LKPP" --peran lkpp
          patuh sertifikat daftar --now 2024-06-01
        """,
        subcommands: [ListCertificatesCommand.self, IssueCertificatesCommand.self],
        aliases: ["certificate"]
    )
}

/// `patuh sertifikat daftar` (alias `list`).
struct ListCertificatesCommand: ParsableCommand {
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

    /// One certificate, as printed.
    struct Row: Encodable {
        var lpse: String
        var standar: String
        var status: String
        var diterbitkan: String
        var berlakuSampai: String
        var versiKatalog: String
        var keputusan: String
        var riwayat: [Certificate.Change]
    }

    @Option(name: .customLong("lpse"), help: ArgumentHelp("Only this LPSE.", valueName: "id"))
    var lpse: String?

    @OptionGroup var options: CaseLogOptions

    func run() throws {
        let (snapshot, _) = try options.loadSnapshot()
        let today = (options.zone ?? .wib).civilDate(of: try options.instant())
        let register = snapshot.register
        let rows = register.certifiedLPSEs.filter { lpse == nil || $0 == lpse }.flatMap { register.certificates(of: $0) }
            .map { certificate in
                Row(lpse: certificate.lpse, standar: certificate.standard, status: certificate.status(on: today).rawValue,
                    diterbitkan: certificate.issuedOn.description, berlakuSampai: certificate.validUntil.description,
                    versiKatalog: certificate.catalogVersion, keputusan: certificate.decision, riwayat: certificate.history)
            }
        if options.format == .json {
            Console.out(try Console.json(rows))
            return
        }
        guard !rows.isEmpty else { return Console.out("Belum ada sertifikat.") }
        var table = TextTable(["LPSE", "Standar", "Status", "Diterbitkan", "Berlaku s.d.", "Keputusan"])
        for row in rows {
            table.add([row.lpse, row.standar, row.status, row.diterbitkan, row.berlakuSampai, row.keputusan])
        }
        Console.out("Sertifikat per \(today)\n" + table.render())
    }
}

/// `patuh sertifikat terbitkan` (alias `issue`): LKPP issues certificates (penetapan).
struct IssueCertificatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terbitkan",
        abstract: "Issue (or renew) certificates for standards of an LPSE (alias: issue).",
        discussion: """
        Validity is Standards/pembinaan.xml's (default 3 years) from --now's date.

        Examples:
          patuh sertifikat terbitkan --lpse LPSE-KAB-CONTOH --standar S03,S05 --nomor SK-12/LKPP/2023 \\
            --oleh "Deputi LKPP" --peran lkpp --now 2023-06-01T09:00:00+07:00

        Exit codes: 0 recorded; 1 refused (role lpse); 2 invalid input; 70 the workspace database is unusable.
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

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    func run() throws {
        let catalog = try options.workspace.loadCatalog()
        let ids = standards.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        for id in ids where catalog.standard(id) == nil {
            throw CommandFailure.invalidInput("patuh: --standar: '\(id)' is not a standard of catalog \(catalog.version)")
        }
        let decision = try notice.notice(for: "a certificate decision")
        try EventRecorder(options: options, actor: actor, basis: basis).record(
            .lpse(lpse), .sertifikatDiterbitkan(standards: ids, catalogVersion: catalogVersion ?? catalog.version, decision: decision))
    }
}
