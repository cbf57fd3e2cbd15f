import ArgumentParser
import Workspace
import Catalog
import Core
import XMLSupport

/// `patuh standar validate [DIR...]`.
struct ValidateStandards: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every standard file against the XSD and against each other.",
        discussion: """
        Checks catalog.xml and each standard it lists against schema/standar.xsd, and sumber.xml (the \
        sources cited) against schema/sumber.xsd, then what a schema cannot say: ids unique across \
        all files, control and evidence ids prefixed by their parent's, references that resolve (every \
        <uses> rule, every <basis> and <alias> source, with the place cited and the source's kind; a \
        turunan basis in one sentence), no short source tag such as R:S10 left in a text, exactly 17 \
        standards numbered 1 to 17, no stray standard file.

        Several folders (several catalogs, e.g. a draft beside the one in force) are checked in one \
        run, one line each.

        Exits 0 when everything is valid, 2 when anything is not, with one line per problem on \
        stderr as FILE:LINE:COL: error: MESSAGE.

        Examples:
          patuh standar validate
          patuh standar validate path/to/Standards --format json
          patuh standar validate Standards draft/Standards
        """
    )

    @Argument(help: "The standards folders (default: PATUH_STANDARDS, else ./Standards when present, else the catalog built into patuh).")
    var directoryArguments: [String] = []

    /// The folders to validate.
    var directories: [String] {
        guard directoryArguments.isEmpty else { return directoryArguments }
        let location = StandardsLocation.resolve(root: ".", explicit: nil)
        return [(try? location.directory()) ?? "Standards"]
    }

    @Option(help: "Output format: text or json (json goes to stdout).")
    var format: OutputFormat = .text

    @Option(help: "Language of messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let messages = Messages(lang)
        var diagnostics: [XMLDiagnostic] = []
        var allValid = true
        for directory in directories {
            let outcome = CatalogLoader.check(directory: directory)
            let valid = outcome.diagnostics.isEmpty && outcome.catalog != nil
            allValid = allValid && valid
            diagnostics += outcome.diagnostics
            guard format == .text else { continue }
            outcome.diagnostics.forEach { Console.error($0.description) }
            if let catalog = outcome.catalog, valid {
                let controls = catalog.controls.count
                let rules = catalog.standards.flatMap(\.evidenceRules).count
                Console.out(messages.text("standards.validate.valid", [
                    "path": directory, "version": catalog.version, "standards": String(catalog.standards.count),
                    "controls": String(controls), "rules": String(rules), "files": String(outcome.files.count),
                ]))
            } else {
                let count = outcome.diagnostics.count
                Console.error(messages.text(count == 1 ? "standards.validate.problems.one" : "standards.validate.problems.many",
                                            ["path": directory, "count": String(count)]))
            }
        }
        if format == .json {
            Console.out(try Console.json(ValidationReport(valid: allValid, diagnostics: diagnostics)))
        }
        if !allValid { throw ExitCode(ExitStatus.invalidInput) }
    }
}

/// The JSON shape of `patuh standar validate --format json`.
struct ValidationReport: Encodable {
    var valid: Bool
    var diagnostics: [XMLDiagnostic]
}
