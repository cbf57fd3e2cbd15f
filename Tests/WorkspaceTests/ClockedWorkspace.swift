import Assessment
import Core
import Foundation
import PatuhTestSupport
import Pembinaan
import Store
import Workspace

/// A scratch workspace made by the shared builder (a copy of the bundled Standards and the sample's `patuh.xml`) opened on
/// a clock the test moves by hand.
final class ClockedWorkspace: @unchecked Sendable {
    /// The package root.
    static let packageRoot = TestWorkspace.packageRoot

    let root: String
    private let lock = NSLock()
    private var instant: Instant
    private(set) var workspace: PatuhWorkspace!

    init(at start: String = "2024-03-01T08:00:00+07:00", profile: Bool = true) throws {
        root = try TestWorkspace.create("patuh-workspace", copying: profile ? ["Standards", "patuh.xml"] : ["Standards"])
        instant = Instant(iso8601: start)!
        workspace = PatuhWorkspace(root: root, clock: Clock { [unowned self] in self.now })
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The instant the clock reads.
    var now: Instant {
        lock.lock()
        defer { lock.unlock() }
        return instant
    }

    /// Moves the clock to `text` (ISO 8601 with offset).
    func set(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        instant = Instant(iso8601: text)!
    }

    static let lkpp = CaseEventContext(actor: "Asesor LKPP", role: .lkpp)
    static let lpse = CaseEventContext(actor: "Kepala LPSE", role: .lpse)

    static func notice(_ number: String, _ date: String? = nil) -> Notice {
        Notice(number: number, issuedOn: date.flatMap(CivilDate.init(iso:)))
    }

    static let finding = Finding(id: "TF-01", standard: "S03", control: "S03.2", description: "SOP aset")

    /// Scores the sample penilaian faktual, dated `date`, and records it in the workspace's
    /// history (what `patuh penilaian nilai` does); returns the standards terpenuhi in it.
    @discardableResult
    func recordFaktual(_ date: String) throws -> [String] {
        let text = try String(contentsOfFile: Self.packageRoot + "/Evidence/penilaian-faktual.xml", encoding: .utf8)
            .replacingOccurrences(of: "date=\"2026-11-12\"", with: "date=\"\(date)\"")
        let file = root + "/faktual-\(date).xml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let scored = try workspace.score(file, expecting: .faktual, evidence: EvidenceFacts())
        try workspace.record(scored)
        return try workspace.history(kind: .faktual).last?.recordedFaktual?.terpenuhi ?? []
    }
}
