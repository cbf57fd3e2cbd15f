import Core
import Foundation

/// Writes output files whole or not at all (Foundation's atomic write: a temporary file beside
/// the target, then rename(2)), creating the folder first. A failure is the user's path: exit 2.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "support.write.failed",
                                   ["path": path, "detail": error.localizedDescription])
        }
    }

    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
