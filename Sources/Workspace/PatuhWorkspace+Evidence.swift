public import Assessment
import Catalog
import Core
public import EvidenceRegistry
import Foundation
import Store

/// The evidence registry's view of the workspace at one instant: the scan and the evaluation of
/// every rule against the latest seal, on the LPSE's civil day.
public struct EvidenceCheck: Sendable {
    public var scan: ScanOutcome
    public var report: EvidenceReport
    /// The seal the files were compared with, if any.
    public var seal: SealSnapshot? { sealInForce?.snapshot }
    /// The seal compared with, where it comes from (database or seal file), and whether the
    /// database and the seal files disagree.
    public var sealInForce: SealInForce?
    /// How many documents the content checks read, and how many came from the cache.
    public var contentReads = ContentReadCounts()

    /// Each rule's status and files as scoring takes them; `message` words a finding for the
    /// front end's language.
    public func facts(message: (RuleFinding) -> String? = { _ in nil }) -> EvidenceFacts {
        EvidenceFacts(report.rules.map { finding in
            RuleEvidence(ruleId: finding.rule, status: EvidenceStatus(rawValue: finding.status.rawValue),
                         files: finding.files.map(\.description), message: message(finding))
        })
    }
}

/// How many documents the content checks read from disk and how many they took from the
/// workspace database's cache (an unchanged file is not read again).
public struct ContentReadCounts: Sendable, Hashable {
    public var read: Int
    public var cached: Int

    public init(read: Int = 0, cached: Int = 0) {
        self.read = read
        self.cached = cached
    }
}

/// How a scan runs: rehash everything or not, and who hears about its progress.
public struct ScanOptions: Sendable {
    public var rehash: Bool
    public var progress: (@Sendable (ScanProgress) -> Void)?
    /// Called when the scan ends (a progress bar erases itself).
    public var finished: (@Sendable () -> Void)?

    public init(rehash: Bool = false, progress: (@Sendable (ScanProgress) -> Void)? = nil,
                finished: (@Sendable () -> Void)? = nil) {
        self.rehash = rehash
        self.progress = progress
        self.finished = finished
    }
}

extension PatuhWorkspace {
    /// The evidence index of this workspace.
    public func evidenceStore() throws(WorkspaceError) -> EvidenceStore {
        EvidenceStore(database: try database())
    }

    /// Scans `Evidence/` incrementally into the index.
    public func scan(_ options: ScanOptions = ScanOptions()) throws(WorkspaceError) -> ScanOutcome {
        try requireFolder()
        var scanner = EvidenceScanner(workspace: root, catalog: try catalog(), metadataReader: try buktiReader(),
                                      index: try evidenceStore(), rehash: options.rehash)
        scanner.progress = options.progress
        #if DEBUG
        FaultInjection.configure(&scanner)
        #endif
        defer { options.finished?() }
        do {
            return try scanner.scan(instant: now.date)
        } catch {
            throw Self.evidenceFailure(error)
        }
    }

    /// The latest seal, if any.
    public func latestSeal() throws(WorkspaceError) -> SealSnapshot? {
        do {
            return try evidenceStore().latestSeal()
        } catch let error as StoreError {
            throw Self.storeFailure(error)
        } catch {
            throw WorkspaceError(.unavailable, "workspace.database", ["detail": "\(error)"])
        }
    }

    /// Evaluates every evidence rule on `scan` against the seal in force (the database's
    /// latest, else the latest seal file, or `sealFile`; see ``sealInForce(file:)``), on the
    /// civil day of now in the LPSE's zone: what the CI gate reports and what scoring and
    /// reports use.
    public func evaluate(_ scan: ScanOutcome, warnDays: Int = 30, sealFile: String? = nil) throws(WorkspaceError) -> EvidenceCheck {
        let chosen = try sealInForce(file: sealFile)
        let cache = ContentCacheStore(database: try database())
        let inspector = FileContentInspector(workspace: root, cache: cache)
        let report = RuleEvaluator(catalog: try catalog(), now: now, zone: try zone(), warnDays: warnDays,
                                   staff: try profile().staff)
            .evaluate(files: scan.classified, facts: scan.facts, walkProblems: scan.walk.problems,
                      metadataProblems: scan.metadataProblems, seal: chosen?.snapshot, content: inspector)
        cache.prune()
        let statistics = inspector.statistics
        return EvidenceCheck(scan: scan, report: report, sealInForce: chosen,
                             contentReads: ContentReadCounts(read: statistics.read, cached: statistics.cached))
    }

    /// Scans and evaluates: the evidence as it stands now.
    public func checkEvidence(_ options: ScanOptions = ScanOptions(), warnDays: Int = 30,
                              sealFile: String? = nil) throws(WorkspaceError) -> EvidenceCheck {
        try evaluate(try scan(options), warnDays: warnDays, sealFile: sealFile)
    }

    /// Whether the workspace has an `Evidence/` folder.
    public var hasEvidenceFolder: Bool {
        var isDirectory: ObjCBool = false
        let folder = (root as NSString).appendingPathComponent("Evidence")
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

#if DEBUG
/// Hooks for the fault tests, compiled into debug builds only (the shipped release build has
/// none): `PATUH_SCAN_BATCH=N` commits every N files; `PATUH_FAULT_HOLD_BATCH=N` announces
/// batch N on stderr inside its transaction and waits (at most a minute) to be killed.
enum FaultInjection {
    static func configure(_ scanner: inout EvidenceScanner) {
        let environment = ProcessInfo.processInfo.environment
        if let size = environment["PATUH_SCAN_BATCH"].flatMap({ Int($0) }), size > 0 { scanner.batchSize = size }
        if let held = environment["PATUH_FAULT_HOLD_BATCH"].flatMap({ Int($0) }) {
            scanner.beforeBatchCommit = { number in
                guard number == held else { return }
                FileHandle.standardError.write(Data("patuh: fault injection: holding batch \(number) before commit\n".utf8))
                sleep(60)
            }
        }
    }
}
#endif
