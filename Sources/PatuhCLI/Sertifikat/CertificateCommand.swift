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
        subcommands: [ListCertificatesCommand.self, IssueCertificatesCommand.self,
                      SignCertificateCommand.self, VerifyCertificateCommand.self, RevokeCertificateCommand.self],
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

    /// One certificate, as printed; a standard revoked without a certificate in force has no
    /// dates and `tanpaSertifikat` true.
    struct Row: Encodable {
        var lpse: String
        var standar: String
        var status: String
        var diterbitkan: String?
        var berlakuSampai: String?
        var versiKatalog: String?
        var keputusan: String
        var riwayat: [Certificate.Change]
        var tanpaSertifikat: Bool?
    }

    @Option(name: .customLong("lpse"), help: ArgumentHelp("Only this LPSE.", valueName: "id"))
    var lpse: String?

    @OptionGroup var options: CaseLogOptions

    func run() throws {
        let (snapshot, _) = try options.loadSnapshot()
        let today = (options.zone ?? .wib).civilDate(of: try options.instant())
        let register = snapshot.register
        let lpses = Set(register.certifiedLPSEs + register.cases(of: nil).map(\.lpse)).sorted().filter { lpse == nil || $0 == lpse }
        var rows: [Row] = []
        var revoked: [Revocation] = []
        for id in lpses {
            rows += register.certificates(of: id).map { certificate in
                Row(lpse: certificate.lpse, standar: certificate.standard, status: certificate.status(on: today).rawValue,
                    diterbitkan: certificate.issuedOn.description, berlakuSampai: certificate.validUntil.description,
                    versiKatalog: certificate.catalogVersion, keputusan: certificate.decision, riwayat: certificate.history)
            }
            revoked += register.revocations(of: id)
        }
        // Standards revoked with no certificate in force stay visible until certified again.
        rows += revoked.filter { !$0.hadCertificate }.map {
            Row(lpse: $0.lpse, standar: $0.standard, status: Certificate.Status.dicabut.rawValue,
                keputusan: "pencabutan \($0.notice) (kasus \($0.caseId)), tanpa sertifikat berlaku", riwayat: [],
                tanpaSertifikat: true)
        }
        rows.sort { ($0.lpse, $0.standar) < ($1.lpse, $1.standar) }
        if options.format == .json {
            Console.out(try Console.json(rows))
            return
        }
        guard !rows.isEmpty else { return Console.out("Belum ada sertifikat.") }
        var table = TextTable(["LPSE", "Standar", "Status", "Diterbitkan", "Berlaku s.d.", "Keputusan"])
        for row in rows {
            table.add([row.lpse, row.standar, row.status, row.diterbitkan ?? "-", row.berlakuSampai ?? "-", row.keputusan])
        }
        var lines = ["Sertifikat per \(today)", table.render()]
        if !revoked.isEmpty {
            lines.append("Dicabut, menunggu penilaian ulang dan sertifikasi kembali: " + revoked.map {
                "\($0.standard) (\($0.lpse), pencabutan \($0.notice), kasus \($0.caseId), \($0.revokedOn))"
            }.joined(separator: "; "))
        }
        Console.out(lines.joined(separator: "\n"))
    }
}

/// `patuh sertifikat terbitkan` (alias `issue`): LKPP issues certificates (penetapan).
struct IssueCertificatesCommand: ParsableCommand {
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

        Examples:
          patuh penilaian nilai Evidence/penilaian-faktual.xml
          patuh sertifikat terbitkan --lpse lpse-kab-contoh --standar S03,S05 --nomor SK-12/LKPP/2026 \\
            --oleh "Deputi LKPP" --peran lkpp --now 2026-11-20T09:00:00+07:00

        Exit codes: 0 recorded; 1 refused (role lpse, a guard above); 2 invalid input; 70 the workspace \
        database is unusable.
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
        let faktual = try options.recordedFaktual(lpse: lpse, wanted: faktualDate, option: "--faktual")
        try EventRecorder(options: options, actor: actor, basis: basis).record(
            .lpse(lpse), .sertifikatDiterbitkan(standards: ids, catalogVersion: catalogVersion ?? catalog.version,
                                                decision: decision, faktual: faktual))
    }
}
