import Core
import Foundation
import XMLSupport

/// Loads the holiday calendar: `Standards/kalender/YYYY.xml`, one file per year, each checked
/// against `Standards/schema/kalender.xsd`.
///
/// Beyond the XSD it checks that each file is named after its `tahun`, that every date lies in
/// that year, that the version starts with the year, and that no (date, name) pair is given
/// twice. Every problem in every file is reported at once, each located by file and line.
///
/// ## Topics
/// - ``load(directory:schemaPath:)``
/// - ``defaultSchemaPath(for:)``
public enum HolidayCalendarLoader {
    /// The namespace of calendar files.
    public static let namespace = "urn:patuh:kalender:1"

    /// Where the schema lives for a calendar folder: `../schema/kalender.xsd` next to it
    /// (`Standards/kalender` → `Standards/schema/kalender.xsd`).
    public static func defaultSchemaPath(for directory: String) -> String {
        var trimmed = directory
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parent = trimmed.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let base = parent.isEmpty ? (trimmed.hasPrefix("/") ? "" : ".") : parent
        return base + "/schema/kalender.xsd"
    }

    /// Loads every `YYYY.xml` file in `directory`.
    /// - Throws: ``CatalogError`` with every problem found.
    public static func load(directory: String, schemaPath: String? = nil) throws(CatalogError) -> HolidayCalendar {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CatalogError(code: .unreadable, diagnostics: [XMLDiagnostic(file: directory,
                message: "no such folder: expected the holiday calendar folder with one YYYY.xml file per year")])
        }
        let schema: XMLSchema
        do {
            schema = try XMLSchema(path: schemaPath ?? defaultSchemaPath(for: directory))
        } catch {
            throw CatalogError(code: error.code == .unreadable ? .unreadable : .schema, diagnostics: error.diagnostics)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted()
        guard !names.isEmpty else {
            throw CatalogError(code: .unreadable, diagnostics: [XMLDiagnostic(file: directory,
                message: "the holiday calendar folder holds no YYYY.xml file")])
        }
        var years: [HolidayYear] = []
        var problems: [XMLDiagnostic] = []
        var code: CatalogError.Code?
        for name in names {
            let path = CatalogLoader.join(directory, name)
            switch read(path: path, fileName: name, schema: schema) {
            case .success(let year): years.append(year)
            case .failure(let error):
                problems += error.diagnostics
                if code == nil { code = error.code }
            }
        }
        guard problems.isEmpty else { throw CatalogError(code: code ?? .invalid, diagnostics: problems) }
        return HolidayCalendar(years: years, directory: directory)
    }

    // MARK: - One file

    static func read(path: String, fileName: String, schema: XMLSchema) -> Result<HolidayYear, CatalogError> {
        let root: XMLElement
        do {
            let document = try schema.load(path: path)
            root = document.root
        } catch {
            return .failure(CatalogError(error))
        }
        var problems: [XMLDiagnostic] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(XMLDiagnostic(file: path, line: line, message: message))
        }
        guard root.name == "kalender", root.namespace == namespace else {
            return .failure(CatalogError(code: .invalid, diagnostics: [XMLDiagnostic(file: path, line: root.line,
                message: "expected a <kalender> element in namespace \(namespace), found <\(root.name)>")]))
        }
        let yearText = root[attribute: "tahun"] ?? ""
        let year = Int(yearText) ?? 0
        let version = root[attribute: "versi"] ?? ""
        if fileName != yearText + ".xml" {
            problem(root.line, "the file is named '\(fileName)' but covers tahun=\"\(yearText)\"; name it \(yearText).xml")
        }
        if !version.hasPrefix(yearText + ".") {
            problem(root.line, "versi=\"\(version)\" must start with the year: \(yearText).N")
        }
        var seen: [String: Int] = [:]
        var holidays: [Holiday] = []
        for element in root.children(named: "hari") {
            let dateText = element[attribute: "tanggal"] ?? ""
            guard let date = CivilDate(iso: dateText) else {
                problem(element.line, "'\(dateText)' is not a date YYYY-MM-DD")
                continue
            }
            if date.year != year {
                problem(element.line, "\(date) lies outside tahun=\"\(yearText)\"; move it to \(date.year).xml")
            }
            let name = element.normalizedText
            let key = "\(date) \(name)"
            if let earlier = seen[key] {
                problem(element.line, "\(date) '\(name)' is given twice; first at line \(earlier)")
            } else {
                seen[key] = element.line
            }
            let kind = Holiday.Kind(rawValue: element[attribute: "jenis"] ?? "") ?? .liburNasional
            holidays.append(Holiday(date: date, kind: kind, name: name,
                                    source: SourceLocation(file: path, line: element.line)))
        }
        guard problems.isEmpty else { return .failure(CatalogError(code: .inconsistent, diagnostics: problems)) }
        return .success(HolidayYear(year: year, version: version,
                                    legalBasis: root.children(named: "dasarHukum").map(\.normalizedText),
                                    holidays: holidays, file: path))
    }
}
