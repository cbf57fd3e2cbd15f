import ArgumentParser
import Catalog
import Core
import Reporting

/// `patuh standar show ID`.
struct ShowStandard: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one standard as a tree: its controls and the evidence each expects.",
        discussion: """
        Every basis is printed as its source's full citation (Standards/sumber.xml) and the place \
        in it; a turunan basis says what was inferred. --format json gives the standard with the \
        sources it cites.

        Examples:
          patuh standar show S03
          patuh standar show s12 --lang en
        """
    )

    @Argument(help: "The standard's id, S01 to S17.")
    var id: String

    @OptionGroup var catalogOptions: CatalogOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let catalog = try catalogOptions.loadCatalog()
        guard let standard = catalog.standard(id) else {
            let messages = Messages(lang)
            throw CommandFailure.invalidInput(
                messages.text("standards.unknown", ["id": id]),
                messages.text("standards.validIds", ["ids": catalog.standards.map(\.id).joined(separator: ", ")]))
        }
        switch format {
        case .json: Console.out(try Console.json(StandardView(standard: standard, catalog: catalog)))
        case .text: Console.out(StandardTree(standard: standard, catalog: catalog, language: lang).render())
        }
    }
}

/// `patuh standar show --format json`: the standard and every source it cites, in full.
struct StandardView: Encodable {
    var standard: Standard
    var sources: [Source]

    init(standard: Standard, catalog: StandardsCatalog) {
        self.standard = standard
        let cited = Set(standard.controls.flatMap(\.bases).compactMap(\.sourceId) + standard.aliases.compactMap(\.sourceId))
        sources = catalog.sources.filter { cited.contains($0.id) }
    }
}
