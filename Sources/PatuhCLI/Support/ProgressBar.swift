import Core
import EvidenceRegistry
import Foundation
import Reporting
import Workspace

/// A one-line progress bar on stderr, drawn only when stderr is a terminal, its words in the
/// command's language.
final class ProgressBar: @unchecked Sendable {
    // Guarded by `lock`: updates arrive from the hashing threads.
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let renderer: EvidenceCommandRenderer
    let enabled: Bool

    init(language: Language = .id, enabled: Bool = TerminalStyle.isTerminal(STDERR_FILENO)) {
        self.renderer = EvidenceCommandRenderer(language: language)
        self.enabled = enabled
    }

    /// Options for a scan that draws a progress bar (on a terminal) in `language`.
    static func scanOptions(language: Language, rehash: Bool = false) -> ScanOptions {
        let bar = ProgressBar(language: language)
        return ScanOptions(rehash: rehash, progress: { bar.update($0) }, finished: { bar.finish() })
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
        let line = "\r\(bar) \(VisibleText.escape(renderer.progress(progress), keepingStyle: false))"
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
