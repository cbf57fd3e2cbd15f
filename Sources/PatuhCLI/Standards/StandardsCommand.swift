import ArgumentParser
import Workspace

/// `patuh standar`: the catalog of the 17 standards.
struct StandardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standar",
        abstract: "Validate, list and show the 17 LPSE standards (alias: standards).",
        discussion: """
        The standards live in a folder (default: Standards) holding catalog.xml, one Sxx-*.xml file \
        per standard and schema/standar.xsd.
        """,
        subcommands: [ValidateStandards.self, ListStandards.self, ShowStandard.self, ExportStandards.self],
        aliases: ["standards"]
    )
}

/// Options shared by the catalog commands that read a loaded catalog.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("standards"), help: "The standards folder (default: PATUH_STANDARDS, else ./Standards when present, else the catalog built into patuh).")
    var directoryOption: String?

    /// The folder to read.
    var directory: String {
        let location = StandardsLocation.resolve(root: ".", explicit: directoryOption)
        return (try? location.directory()) ?? "Standards"
    }
}
