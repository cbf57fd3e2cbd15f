import Core
import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder of seal files, `Evidence/_segel/`: kept out of the evidence it describes (the
/// walker does not enter it), named `segel-<YYYY-MM-DD>-<n>.xml` by the seal's civil day in the
/// LPSE's zone and a number that counts the seals of that day from 1.
///
/// A seal file is written once: to a temporary file in the folder, then linked to its name,
/// which fails rather than replace an existing file (the next number is taken instead).
public enum SealFolder {
    /// The folder's name under `Evidence/`.
    public static let name = "_segel"
    /// The folder relative to the workspace.
    public static let relativePath = EvidenceWalker.folderName + "/" + name

    /// A seal file's name parsed: its day and number.
    public struct Name: Sendable, Hashable, Comparable {
        public var day: CivilDate
        public var number: Int

        public init(day: CivilDate, number: Int) {
            self.day = day
            self.number = number
        }

        /// Parses `segel-2026-11-25-1.xml`.
        public init?(_ fileName: String) {
            guard fileName.hasPrefix("segel-"), fileName.hasSuffix(".xml") else { return nil }
            let core = fileName.dropFirst("segel-".count).dropLast(".xml".count)
            guard core.count > 11, let day = CivilDate(iso: String(core.prefix(10))),
                  core.dropFirst(10).first == "-", let number = Int(core.dropFirst(11)), number > 0,
                  String(number) == String(core.dropFirst(11)) else { return nil }
            self.init(day: day, number: number)
        }

        public var fileName: String { "segel-\(day)-\(number).xml" }

        public static func < (lhs: Name, rhs: Name) -> Bool {
            lhs.day != rhs.day ? lhs.day < rhs.day : lhs.number < rhs.number
        }
    }

    /// The seal files of `workspace`, oldest first (by day, then number), as paths relative to
    /// the workspace. Other names in the folder are ignored.
    public static func list(workspace: String) -> [String] {
        let folder = (workspace as NSString).appendingPathComponent(relativePath)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap(Name.init).sorted().map { relativePath + "/" + $0.fileName }
    }

    /// Writes `bytes` as the next seal file of `day`, never replacing one: returns its path
    /// relative to the workspace.
    public static func write(_ bytes: [UInt8], day: CivilDate, workspace: String) throws(EvidenceError) -> String {
        let folder = (workspace as NSString).appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw EvidenceError(code: .index, file: relativePath, message: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder + "/.segel-\(getpid())-\(UUID().uuidString).tmp"
        defer { unlink(temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw EvidenceError(code: .index, file: relativePath, message: "cannot write a temporary file")
        }
        let fd = open(temporary, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
        let taken = Set(list(workspace: workspace).compactMap { Name(($0 as NSString).lastPathComponent) }
            .filter { $0.day == day }.map(\.number))
        var number = (taken.max() ?? 0) + 1
        while true {
            let name = Name(day: day, number: number).fileName
            if link(temporary, folder + "/" + name) == 0 { return relativePath + "/" + name }
            guard errno == EEXIST else {
                throw EvidenceError(code: .index, file: relativePath + "/" + name, message: POSIX.message(errno))
            }
            number += 1
        }
    }
}
