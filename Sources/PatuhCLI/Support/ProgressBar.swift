import EvidenceRegistry
import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    // Guarded by `lock`: updates arrive from the hashing threads.
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    let enabled: Bool

    init(enabled: Bool = TerminalStyle.isTerminal(STDERR_FILENO)) {
        self.enabled = enabled
    }

    /// Redraws at most ten times a second.
    func update(_ progress: ScanProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.filesDone == progress.filesTotal else { return }
        lastDraw = now
        drawn = true
        let fraction = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal)
            : Double(progress.filesDone) / Double(max(1, progress.filesTotal))
        let width = 30
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(bar) \(progress.filesDone)/\(progress.filesTotal) berkas, \(ByteCount.text(progress.bytesDone))/\(ByteCount.text(progress.bytesTotal))"
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    /// Clears the line once hashing is over.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}

/// Human-readable byte counts (binary units).
enum ByteCount {
    static func text(_ bytes: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }
}
