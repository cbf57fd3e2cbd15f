import ArgumentParser
import Catalog
import Core
import EvidenceRegistry
import Workspace

/// `patuh profil`: the workspace profile, `patuh.xml`.
struct ProfilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profil",
        abstract: "The workspace profile, patuh.xml: the LPSE, its instansi and time zone (alias: profile).",
        subcommands: [UpdateProfile.self],
        aliases: ["profile"]
    )
}

/// `patuh profil ubah --nama … --zona …`.
struct UpdateProfile: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "ubah",
        abstract: "Change the LPSE's name, instansi, time zone, hosting, headcount or site in patuh.xml (alias: set).",
        discussion: """
        Only the values given change; comments and everything else in patuh.xml stay as they are. \
        The result is checked by workspace.xsd before it is written, whole or not at all.

        Examples:
          patuh profil ubah --nama "LPSE Kota Contoh" --zona WITA
          patuh profil ubah --infrastruktur lkpp
          patuh profil ubah --jumlah-pegawai 12
        """,
        aliases: ["set"]
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("nama"), help: "The LPSE's name.")
    var name: String?
    @Option(name: .customLong("instansi"), help: "The owning instansi.")
    var instansi: String?
    @Option(name: .customLong("zona"), help: ArgumentHelp("The time zone: WIB, WITA or WIT.", valueName: "zone"))
    var zone: String?
    @Option(name: .customLong("infrastruktur"), help: ArgumentHelp("Whose infrastructure the SPSE runs on: sendiri, provinsi or lkpp.",
                                                                  valueName: "hosting"))
    var hosting: String?
    @Option(name: .customLong("situs"), help: "The LPSE's web site.")
    var site: String?
    @Option(name: .customLong("jumlah-pegawai"),
            help: ArgumentHelp("The headcount, ASN and non-ASN: S08.4 needs one NDA or integrity pact each.", valueName: "n"))
    var staff: Int?

    @Option(help: "Language of the messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        var change = ProfileChange(name: name, instansi: instansi, site: site, staff: staff)
        if let zone {
            guard let parsed = IndonesianZone(rawValue: zone.uppercased()) else {
                throw LocalizedFailure(status: ExitStatus.invalidInput, "profile.zone.invalid", ["value": zone])
            }
            change.zone = parsed
        }
        if let hosting {
            guard let parsed = SPSEHosting(rawValue: hosting.lowercased()) else {
                throw LocalizedFailure(status: ExitStatus.invalidInput, "profile.hosting.invalid", ["value": hosting])
            }
            change.hosting = parsed
        }
        let profile = try workspace.open(clock: .system).updateProfile(change)
        Console.out(Messages(lang).text("profile.done", ["id": profile.id, "name": profile.name, "instansi": profile.instansi,
                                                          "zone": profile.zone.rawValue, "hosting": profile.hosting.rawValue]))
    }
}
