import Dispatch
import Foundation

/// Reads a PDF's text layer through poppler's `pdftotext`, when it is installed: the bytes go
/// in on standard input and the text comes out on standard output, so the program touches no
/// file. It runs with a time limit (killed beyond it) and its output is bounded; a missing
/// `pdftotext`, a timeout or a PDF without text are notices, not failures.
public struct PDFTextReader: Sendable {
    public var limits: ContentLimits
    /// The `pdftotext` to run; `nil` when none is installed.
    public var executable: String?

    public init(limits: ContentLimits = .standard, executable: String? = PDFTextReader.locate()) {
        self.limits = limits
        self.executable = executable
    }

    /// `pdftotext` on `PATH` (or in `/usr/bin`), if any.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { $0 + "/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func read(_ bytes: [UInt8]) -> ContentRead {
        guard bytes.count <= limits.maximumFileSize else {
            return .malformed(.tooLarge(size: bytes.count, limit: limits.maximumFileSize))
        }
        guard let executable else { return .notChecked(.pdftotextUnavailable) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-q", "-enc", "UTF-8", "-nopgbrk", "-l", "1000", "-", "-"]
        process.environment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        // The bytes go in from an unlinked temporary file: a pipe could raise SIGPIPE in Patuh
        // if pdftotext stopped reading early.
        guard let input = Self.temporaryInput(bytes) else { return .notChecked(.pdftotextUnavailable) }
        defer { try? input.close() }
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .notChecked(.pdftotextUnavailable)
        }
        let limit = limits.maximumTextSize
        let collected = OutputBuffer()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let handle = output.fileHandleForReading
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                if !collected.append(chunk, limit: limit) {
                    process.terminate()
                    break
                }
            }
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        if finished.wait(timeout: .now() + .seconds(limits.pdfTimeoutSeconds)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(2)) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            _ = group.wait(timeout: .now() + .seconds(2))
            return .notChecked(.pdfTimeout)
        }
        _ = group.wait(timeout: .now() + .seconds(5))
        if collected.overflowed { return .malformed(.tooLarge(size: collected.count, limit: limit)) }
        guard process.terminationStatus == 0 else { return .malformed(.pdfFailed(status: Int(process.terminationStatus))) }
        let text = String(decoding: collected.bytes, as: UTF8.self)
        let content = ContentText(splitting: text)
        if content.lines.allSatisfy({ $0.text.trimmedCell.isEmpty }) { return .notChecked(.noTextLayer) }
        return .content(.text(content))
    }
}

extension PDFTextReader {
    /// A read handle on a new temporary file holding `bytes`, already unlinked (only the handle
    /// reaches it, and nothing is left behind).
    static func temporaryInput(_ bytes: [UInt8]) -> FileHandle? {
        guard let file = TemporaryFile(bytes) else { return nil }
        defer { file.remove() }
        return FileHandle(forReadingAtPath: file.path)
    }
}

/// The output collected from a child process by one thread and read by another.
private final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data: [UInt8] = []
    private var over = false

    /// Appends `chunk`; `false` once more than `limit` bytes came.
    func append(_ chunk: Data, limit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if data.count + chunk.count > limit {
            over = true
            return false
        }
        data.append(contentsOf: chunk)
        return true
    }

    var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return data }
    var count: Int { lock.lock(); defer { lock.unlock() }; return data.count }
    var overflowed: Bool { lock.lock(); defer { lock.unlock() }; return over }
}
