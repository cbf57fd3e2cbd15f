import Catalog
import Core
import EvidenceRegistry
import Foundation
import Store
import XMLSupport

/// What every evidence command needs: the catalog, the workspace profile, the metadata
/// reader and the index, with Patuh's exit codes for each way they can fail.
struct EvidenceSession {
    let options: WorkspaceOptions
    let catalog: StandardsCatalog
    let profile: WorkspaceProfile
    let reader: BuktiReader
    let store: EvidenceStore

    /// Loads everything or fails: exit 2 for invalid standards, profile or schema, exit 70
    /// for a database that cannot be used.
    init(options: WorkspaceOptions) throws {
        self.options = options
        try options.requireWorkspace()
        catalog = try options.loadCatalog()
        let schemaDirectory = (options.standards as NSString).appendingPathComponent("schema")
        do {
            profile = try WorkspaceProfile.load(workspace: options.workspace, schemaDirectory: schemaDirectory)
            reader = try BuktiReader(schemaDirectory: schemaDirectory)
        } catch {
            throw Self.failure(error)
        }
        store = EvidenceStore(database: try options.openDatabase())
    }

    /// Scans incrementally, drawing a progress bar on a terminal.
    func scan(instant: Date, rehash: Bool = false) throws -> ScanOutcome {
        var scanner = EvidenceScanner(workspace: options.workspace, catalog: catalog, metadataReader: reader,
                                      index: store, rehash: rehash)
        let environment = ProcessInfo.processInfo.environment
        if let size = environment["PATUH_SCAN_BATCH"].flatMap({ Int($0) }), size > 0 { scanner.batchSize = size }
        if let held = environment["PATUH_FAULT_HOLD_BATCH"].flatMap({ Int($0) }) {
            scanner.beforeBatchCommit = { number in Self.hold(batch: number, wanted: held) }
        }
        let bar = ProgressBar()
        scanner.progress = { bar.update($0) }
        defer { bar.finish() }
        do {
            return try scanner.scan(instant: instant)
        } catch {
            throw Self.failure(error)
        }
    }

    /// Evaluates every evidence rule on a scan, against the latest seal, on the civil day of
    /// `instant` in the LPSE's zone: what `periksa` reports and what scoring and reports use.
    func evaluate(_ outcome: ScanOutcome, instant: Date, warnDays: Int = 30) throws -> EvidenceReport {
        RuleEvaluator(catalog: catalog, now: Instant(instant), zone: profile.zone, warnDays: warnDays)
            .evaluate(files: outcome.classified, facts: outcome.facts, walkProblems: outcome.walk.problems,
                      metadataProblems: outcome.metadataProblems, seal: try latestSeal())
    }

    /// The latest seal, or exit 70 when the index cannot be read.
    func latestSeal() throws -> SealSnapshot? {
        do {
            return try store.latestSeal()
        } catch {
            throw CommandFailure(status: ExitStatus.internalError, ["patuh: cannot read the seals: \(error)"])
        }
    }

    /// Exit 2 for bad input (metadata, evidence folder, schema), 70 for the index.
    static func failure(_ error: EvidenceError) -> CommandFailure {
        let status = error.code == .index ? ExitStatus.internalError : ExitStatus.invalidInput
        let hint: String = switch error.code {
        case .invalidMetadata: "patuh: fix the metadata above (see Standards/schema/bukti.xsd and workspace.xsd)"
        case .schema: "patuh: the schemas in the standards folder cannot be used"
        case .unreadable: "patuh: the workspace needs an Evidence/ folder"
        default: "patuh: the evidence index cannot be used"
        }
        return CommandFailure(status: status, error.diagnostics.map(\.description) + [hint])
    }

    /// A fault-injection hook for tests (`PATUH_FAULT_HOLD_BATCH=N`): inside batch N's
    /// transaction, announce it on stderr and wait to be killed.
    private static func hold(batch: Int, wanted: Int) {
        guard batch == wanted else { return }
        FileHandle.standardError.write(Data("patuh: fault injection: holding batch \(batch) before commit\n".utf8))
        while true { pause() }
    }
}
