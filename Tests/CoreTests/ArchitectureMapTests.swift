import Foundation
import Testing

/// `docs/architecture.md`'s module table names exactly the targets of `Package.swift` and, for
/// each, exactly its dependencies inside the package.
@Suite struct ArchitectureMapTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Non-test targets and their in-package dependencies, read from Package.swift.
    static func packageTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try NSRegularExpression(pattern: #"\.(target|executableTarget|systemLibrary)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?"#)
        var result: [String: Set<String>] = [:]
        for match in target.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let name = String(text[Range(match.range(at: 2), in: text)!])
            var deps: Set<String> = []
            if let range = Range(match.range(at: 3), in: text) {
                let list = String(text[range])
                let plain = try NSRegularExpression(pattern: #"(?<![:\w])"([A-Za-z0-9-]+)""#)
                for dep in plain.matches(in: list, range: NSRange(list.startIndex..., in: list)) {
                    deps.insert(String(list[Range(dep.range(at: 1), in: list)!]))
                }
                // Products of other packages are written .product(name: "X", package: "Y"): not ours.
                let product = try NSRegularExpression(pattern: #"\.product\(name:\s*"([^"]+)",\s*package:\s*"([^"]+)"\)"#)
                for dep in product.matches(in: list, range: NSRange(list.startIndex..., in: list)) {
                    deps.remove(String(list[Range(dep.range(at: 1), in: list)!]))
                    deps.remove(String(list[Range(dep.range(at: 2), in: list)!]))
                }
            }
            result[name] = deps
        }
        return result
    }

    /// The table of docs/architecture.md.
    static func documentedTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var result: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let deps = cells[2] == "—" ? [] : cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            result[name] = Set(deps)
        }
        return result
    }

    @Test func theWrittenMapIsPackageSwift() throws {
        let built = try Self.packageTargets()
        let written = try Self.documentedTargets()
        #expect(built.count >= 10)
        #expect(Set(written.keys) == Set(built.keys))
        for (name, deps) in built {
            #expect(written[name] == deps, "\(name): Package.swift has \(deps.sorted()), docs/architecture.md has \(written[name]?.sorted() ?? [])")
        }
    }
}
