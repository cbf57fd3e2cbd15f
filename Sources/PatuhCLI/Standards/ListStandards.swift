import ArgumentParser
import Catalog
import Core
import Reporting

/// `patuh standar list`.
struct ListStandards: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the 17 standards with their controls and evidence rules.",
        discussion: """
        Examples:
          patuh standar list
          patuh standar list --lang en
          patuh standar list --format json
        """
    )

    @OptionGroup var catalogOptions: CatalogOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of names: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let catalog = try catalogOptions.loadCatalog()
        let rows = catalog.standards.map { StandardSummary($0, language: lang) }
        switch format {
        case .json:
            Console.out(try Console.json(rows))
        case .text:
            let messages = Messages(lang)
            let heading = ["standards.list.id", "standards.list.standard", "standards.list.controls",
                           "standards.list.mandatory", "standards.list.rules"].map { messages.text($0) }
            var table = TextTable(heading, alignments: [.left, .left, .right, .right, .right])
            for row in rows {
                table.add([row.id, row.name, String(row.controls), String(row.mandatoryControls), String(row.evidenceRules)])
            }
            table.add(["", messages.text("standards.list.total"),
                       String(rows.map(\.controls).reduce(0, +)),
                       String(rows.map(\.mandatoryControls).reduce(0, +)),
                       String(rows.map(\.evidenceRules).reduce(0, +))])
            Console.out(table.render())
            Console.out("")
            Console.out(messages.text("standards.list.catalog", ["version": catalog.version, "effective": "\(catalog.effective)"]))
        }
    }
}

/// One row of `patuh standar list --format json`.
struct StandardSummary: Encodable {
    var id: String
    var number: Int
    var name: String
    var controls: Int
    var mandatoryControls: Int
    var evidenceRules: Int

    init(_ standard: Standard, language: Language) {
        id = standard.id
        number = standard.number
        name = standard.name.text(language)
        controls = standard.controls.count
        mandatoryControls = standard.mandatoryControls.count
        evidenceRules = standard.evidenceRules.count
    }
}
