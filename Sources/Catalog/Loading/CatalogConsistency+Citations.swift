import Core
import XMLSupport

extension CatalogConsistency {
    /// Every basis and alias resolves to a source of `sumber.xml` with the right kind; a turunan
    /// basis cites nothing and says what was inferred in one sentence; no text carries an
    /// unresolvable short tag such as `R:S10`.
    static func checkCitations(_ catalog: StandardsCatalog) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        func problem(_ location: SourceLocation, _ message: String) {
            problems.append(XMLDiagnostic(file: location.file, line: location.line, message: message))
        }
        var seen: [String: SourceLocation] = [:]
        for source in catalog.sources {
            if let earlier = seen[source.id] {
                problem(source.location, "duplicate source id '\(source.id)': already defined at \(earlier)")
            }
            seen[source.id] = seen[source.id] ?? source.location
        }

        func check(_ basis: Basis, _ owner: String) {
            guard let kind = basis.kind.sourceKind else {
                if basis.sourceId != nil || basis.at != nil {
                    problem(basis.location, "\(owner): a turunan basis cites no source (drop source= and at=)")
                }
                if !isOneSentence(basis.text) {
                    problem(basis.location, "\(owner): a turunan basis says in one Indonesian sentence, ending with a full stop, what was inferred and why")
                }
                return
            }
            guard let id = basis.sourceId else {
                return problem(basis.location, "\(owner): a \(basis.kind.rawValue) basis names its source (source=\"...\" from sumber.xml)")
            }
            guard let source = catalog.source(id) else {
                return problem(basis.location, "\(owner): basis cites source '\(id)', which sumber.xml does not define")
            }
            if source.kind != kind {
                problem(basis.location, "\(owner): basis of kind \(basis.kind.rawValue) cites '\(id)', a source of kind \(source.kind.rawValue)")
            }
            if basis.at == nil {
                problem(basis.location, "\(owner): basis citing '\(id)' names the place in it (at=\"Pasal ...\", a page or a menu)")
            }
            if !basis.text.isEmpty {
                problem(basis.location, "\(owner): a cited basis has no text of its own; put remarks in the guidance")
            }
        }

        catalog.bases.forEach { check($0, "catalog") }
        for standard in catalog.standards {
            for alias in standard.aliases {
                if let id = alias.sourceId, catalog.source(id) == nil {
                    problem(standard.source, "\(standard.id): alias '\(alias.name)' cites source '\(id)', which sumber.xml does not define")
                }
            }
            for control in standard.controls {
                control.bases.forEach { check($0, control.id) }
            }
            for text in texts(of: standard) where containsShortTag(text) {
                problem(standard.source, "\(standard.id): '\(text)' carries a short source tag (R:Sn); cite the source by id in a <basis>")
            }
        }
        return problems
    }

    /// One sentence: not empty, ending with a full stop, with no full stop followed by a new
    /// sentence inside.
    static func isOneSentence(_ text: String) -> Bool {
        guard text.hasSuffix("."), text.count > 1 else { return false }
        let characters = Array(text.dropLast())
        for index in characters.indices.dropLast(2) where ".!?".contains(characters[index]) {
            if characters[index + 1] == " " && characters[index + 2].isUppercase { return false }
        }
        return true
    }

    /// A research tag such as `R:S10` or `R:S13–S14`.
    static func containsShortTag(_ text: String) -> Bool {
        let characters = Array(text)
        for index in characters.indices.dropLast(3) where characters[index] == "R" {
            if characters[index + 1] == ":" && characters[index + 2] == "S" && characters[index + 3].isNumber { return true }
        }
        return false
    }

    /// Every free text of a standard a reader sees.
    static func texts(of standard: Standard) -> [String] {
        var texts = standard.aliases.map(\.name)
        for text in [standard.name, standard.purpose, standard.role, standard.instrument] + standard.notes {
            texts.append(text.id)
            texts += text.en.map { [$0] } ?? []
        }
        for control in standard.controls {
            for text in [control.title, control.requirement, control.guidance] {
                texts.append(text.id)
                texts += text.en.map { [$0] } ?? []
            }
            texts += control.bases.map(\.text) + control.bases.compactMap(\.at)
            texts += control.evidenceRules.compactMap(\.checkNote)
        }
        return texts
    }
}
