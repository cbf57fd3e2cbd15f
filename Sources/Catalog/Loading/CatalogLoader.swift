#if canImport(Glibc)
public import Core
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public import XMLSupport

/// Loads and checks the standards under a `Standards/` folder.
///
/// The folder holds `catalog.xml`, one `Sxx-*.xml` file per standard, `sumber.xml` (the sources
/// every basis cites) and their schemas `schema/standar.xsd` and `schema/sumber.xsd`.
/// Loading compiles the schema once, validates every file against it, converts them to value
/// types, and then checks what the XSD cannot: ids unique across the catalog, control and
/// evidence ids prefixed by their parent's, `uses` references and cited sources that resolve, exactly the 17
/// standards numbered 1 to 17 in catalog order, every listed file present and no stray one.
///
/// ## Topics
/// - ``load(directory:)``
/// - ``check(directory:)``
public enum CatalogLoader {
    /// The namespace of standard and catalog files.
    public static let namespace = "urn:patuh:standar:1"
    /// How many standards LKPP defines.
    public static let standardCount = 17

    /// The result of checking a folder: the catalog when it is usable, and every problem found.
    public struct Outcome: Sendable {
        public var catalog: StandardsCatalog?
        public var diagnostics: [XMLDiagnostic]
        /// The files that were checked, in order.
        public var files: [String]
        /// The most serious kind of problem, if any.
        public var code: CatalogError.Code?
    }

    /// Loads the catalog, throwing every problem at once if it is not usable.
    public static func load(directory: String) throws(CatalogError) -> StandardsCatalog {
        let outcome = check(directory: directory)
        if let catalog = outcome.catalog, outcome.diagnostics.isEmpty { return catalog }
        throw CatalogError(code: outcome.code ?? .invalid, diagnostics: outcome.diagnostics)
    }

    /// Checks the folder and reports everything, never stopping at the first problem.
    public static func check(directory: String) -> Outcome {
        var outcome = Outcome(catalog: nil, diagnostics: [], files: [], code: nil)
        func fail(_ code: CatalogError.Code, _ diagnostics: [XMLDiagnostic]) {
            outcome.diagnostics += diagnostics
            if outcome.code == nil { outcome.code = code }
        }

        guard isDirectory(directory) else {
            fail(.unreadable, [XMLDiagnostic(file: directory, message: "no such folder: expected the Standards folder with catalog.xml")])
            return outcome
        }
        let schemaPath = join(directory, "schema/standar.xsd")
        let schema: XMLSchema
        do {
            schema = try XMLSchema.shared(path: schemaPath)
        } catch {
            fail(.schema, error.diagnostics)
            return outcome
        }

        // The catalog file names the standards.
        let catalogPath = join(directory, "catalog.xml")
        outcome.files.append(catalogPath)
        let catalogRoot: XMLElement
        switch loadValid(catalogPath, schema: schema, root: "catalog") {
        case .success(let root): catalogRoot = root
        case .failure(let error):
            fail(CatalogError(error).code, error.diagnostics)
            return outcome
        }
        // The sources every basis cites.
        let sourcesPath = join(directory, SourcesReader.fileName)
        outcome.files.append(sourcesPath)
        var sources: [Source] = []
        switch loadSources(sourcesPath, schemaPath: join(directory, SourcesReader.schemaPath)) {
        case .success(let read): sources = read
        case .failure(let error): fail(CatalogError(error).code, error.diagnostics)
        }
        let listed = catalogRoot.children(named: "standardFile").map {
            (id: $0[attribute: "id"] ?? "", href: $0[attribute: "href"] ?? "", line: $0.line)
        }
        let paths = listed.map { join(directory, $0.href) }
        outcome.files += paths

        // Every standard file, validated with the one compiled schema and read into a Standard,
        // in parallel (reading and freeing each tree is a third of the work).
        let results = ParallelMap.map(paths) { path in
            loadValid(path, schema: schema, root: "standard").map { root in
                var reader = StandardReader(file: path)
                return ReadStandard(standard: reader.read(root), problems: reader.problems)
            }
        }
        var standards: [Standard] = []
        var readerProblems: [XMLDiagnostic] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let read):
                standards.append(read.standard)
                readerProblems += read.problems
                let entry = listed[index]
                if standards.last?.id != entry.id {
                    readerProblems.append(XMLDiagnostic(file: catalogPath, line: entry.line,
                        message: "catalog lists '\(entry.href)' as \(entry.id), but that file defines \(standards.last?.id ?? "?")"))
                }
            case .failure(let error):
                fail(CatalogError(error).code, error.diagnostics)
            }
        }
        if !readerProblems.isEmpty { fail(.invalid, readerProblems) }
        guard outcome.diagnostics.isEmpty else { return outcome }

        var catalogReader = StandardReader(file: catalogPath)
        let catalog = StandardsCatalog(
            version: catalogRoot[attribute: "version"] ?? "",
            effective: catalogRoot[attribute: "effective"] ?? "",
            title: LocalizedText(
                id: catalogRoot.children(named: "title").first { $0[attribute: "lang"] == "id" }?.normalizedText ?? "",
                en: catalogRoot.children(named: "title").first { $0[attribute: "lang"] == "en" }?.normalizedText),
            standards: standards,
            sources: sources,
            bases: catalogRoot.children(named: "basis").map(catalogReader.basis),
            notes: catalogRoot.children(named: "note").map { catalogReader.localized($0.children(named: "text")) }
        )
        if !catalogReader.problems.isEmpty { fail(.invalid, catalogReader.problems) }
        var problems = CatalogConsistency.check(catalog, catalogFile: catalogPath, listedLines: listed.map(\.line))
        problems += strayFiles(in: directory, listed: Set(listed.map(\.href)), catalogFile: catalogPath)
        if !problems.isEmpty { fail(.inconsistent, problems) }
        outcome.catalog = catalog
        return outcome
    }

    // MARK: - Helpers

    /// One standard file as read, with what the reader found wrong in it.
    struct ReadStandard: Sendable {
        var standard: Standard
        var problems: [XMLDiagnostic]
    }

    static func loadValid(_ path: String, schema: XMLSchema, root expected: String) -> Result<XMLElement, XMLError> {
        do {
            let document = try XMLDocument.parse(path: path)
            let problems = schema.validate(document)
            guard problems.isEmpty else { return .failure(XMLError(code: .invalid, diagnostics: problems)) }
            guard document.root.name == expected, document.root.namespace == namespace else {
                return .failure(XMLError(code: .invalid, file: path, line: document.root.line,
                    message: "expected a <\(expected)> element in namespace \(namespace), found <\(document.root.name)>"))
            }
            return .success(document.root)
        } catch {
            return .failure(error)
        }
    }

    /// The sources of `sumber.xml`, validated by `schema/sumber.xsd`.
    static func loadSources(_ path: String, schemaPath: String) -> Result<[Source], XMLError> {
        do {
            let schema = try XMLSchema.shared(path: schemaPath)
            let document = try XMLDocument.parse(path: path)
            let problems = schema.validate(document)
            guard problems.isEmpty else { return .failure(XMLError(code: .invalid, diagnostics: problems)) }
            guard document.root.name == "sumber", document.root.namespace == SourcesReader.namespace else {
                return .failure(XMLError(code: .invalid, file: path, line: document.root.line,
                    message: "expected a <sumber> element in namespace \(SourcesReader.namespace), found <\(document.root.name)>"))
            }
            return .success(SourcesReader.read(document.root, file: path))
        } catch {
            return .failure(error)
        }
    }

    /// Standard files lying in the folder that the catalog does not list.
    static func strayFiles(in directory: String, listed: Set<String>, catalogFile: String) -> [XMLDiagnostic] {
        return entries(of: directory).sorted()
            .filter { $0.hasSuffix(".xml") && $0.first == "S" && !listed.contains($0) }
            .map { XMLDiagnostic(file: join(directory, $0),
                                 message: "standard file is not listed in \(catalogFile); add it there or remove it") }
    }

    /// Whether `path` is a directory, following symbolic links (POSIX `stat`; FileManager's
    /// bridging costs more than the check).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a directory, without `.` and `..`; none when it cannot be read.
    static func entries(of directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
