public import Assessment
public import Catalog
public import Core
public import EvidenceRegistry
import Foundation
public import Pembinaan
public import Store
import XMLSupport

/// An LPSE's workspace, opened once: its root folder, the standards in force, the clock, and
/// everything read from them (catalog, policies, calendar, profile, database), each loaded and
/// validated at most once for the life of this value.
///
/// Use cases are methods in extensions (`PatuhWorkspace+Assessment.swift`, `+Evidence`,
/// `+Pembinaan`): each returns result values and throws ``WorkspaceError``. Nothing here prints,
/// parses arguments or knows about exit codes.
///
/// ## Topics
/// - ``init(root:standards:clock:)``
/// - ``catalog()``
/// - ``profile()``
/// - ``database()``
public final class PatuhWorkspace: @unchecked Sendable {
    /// The workspace folder.
    public let root: String
    /// Where the standards in force come from (a folder, or the catalog compiled into Patuh).
    public let standardsLocation: StandardsLocation
    /// The standards folder in force (for the embedded catalog, its copy in Patuh's cache).
    public var standardsDirectory: String {
        (try? standardsLocation.directory()) ?? "(embedded standards: cache folder not writable)"
    }
    /// Where "now" comes from.
    public let clock: Clock
    /// How the use cases of this command may use the database: a command that only reads
    /// (status, riwayat, verifikasi, …) sets `.readOnly`, so it never creates, migrates or waits.
    public var databaseAccess: PatuhDatabase.Access = .readWrite
    /// How long to wait for another process holding the database, and what to say meanwhile.
    public var waiting = PatuhDatabase.Waiting()
    /// The case log's last folded snapshot, reused while the log's head is unchanged (a server
    /// answers many requests from one fold; any append, by this process or another, moves the head).
    public let caseLogCache = CaseLogCache()

    private let lock = NSRecursiveLock()
    private var cachedCatalog: StandardsCatalog?
    private var cachedScoring: ScoringInputs?
    private var cachedProfile: WorkspaceProfile?
    private var cachedCaseRules: CaseRules?
    private var cachedHolidays: HolidayCalendar?
    private var cachedBuktiReader: BuktiReader?
    private var cachedDatabase: PatuhDatabase?
    /// Texts of edited files as the use cases read them, by SHA-256 (a few, newest last), so that
    /// a refused save can show what changed on disk since.
    private var readTexts: [(sha256: String, text: String)] = []

    /// How many times this workspace has read its catalog: once at most (a test checks the main
    /// job reads it once).
    public private(set) var catalogLoads = 0

    /// A workspace at `root`, with the standards of `standards` (default: `PATUH_STANDARDS`,
    /// else `ROOT/Standards` when it exists, else the embedded catalog; see ``StandardsLocation``).
    /// Nothing is read until a use case needs it.
    public convenience init(root: String, standards: String? = nil, clock: Clock = .system) {
        self.init(root: root, location: StandardsLocation.resolve(root: root, explicit: standards), clock: clock)
    }

    /// A workspace at `root` with the standards of `location`.
    public init(root: String, location: StandardsLocation, clock: Clock = .system) {
        self.root = root
        self.standardsLocation = location
        self.clock = clock
    }

    /// The current instant.
    public var now: Instant { clock.now() }

    /// A path relative to the workspace resolved against its root (absolute paths stay).
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
    }

    /// The schema folder of the standards in force.
    public var schemaDirectory: String {
        (standardsDirectory as NSString).appendingPathComponent("schema")
    }

    // MARK: - Loaded once

    /// Fails with `invalidInput` unless the root is an existing folder.
    public func requireFolder() throws(WorkspaceError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorkspaceError(.invalidInput, "workspace.notAFolder", ["path": root])
        }
    }

    /// The catalog of the standards in force.
    public func catalog() throws(WorkspaceError) -> StandardsCatalog {
        try cached(\.cachedCatalog, loadCatalog)
    }

    /// The catalog, the answer-file schema and the scoring policy.
    public func scoring() throws(WorkspaceError) -> ScoringInputs {
        try cached(\.cachedScoring, loadScoring)
    }

    /// The workspace profile (`patuh.xml`); an unnamed LPSE in WIB when the file does not exist.
    public func profile() throws(WorkspaceError) -> WorkspaceProfile {
        try cached(\.cachedProfile, loadProfile)
    }

    /// Drops the profile read so far (after `patuh.xml` was changed), so the next use reads it again.
    func forgetProfile() {
        lock.lock()
        defer { lock.unlock() }
        cachedProfile = nil
    }

    /// Keeps `text`, read with hash `sha256`, for a later conflict's difference.
    func remember(_ text: String, sha256: String) {
        lock.lock()
        defer { lock.unlock() }
        readTexts.removeAll { $0.sha256 == sha256 }
        readTexts.append((sha256, text))
        if readTexts.count > 16 { readTexts.removeFirst() }
    }

    /// The text read earlier with hash `sha256`, if still kept.
    func remembered(_ sha256: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return readTexts.last { $0.sha256 == sha256 }?.text
    }

    /// Whether the workspace has a `patuh.xml`.
    public var hasProfile: Bool {
        FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(WorkspaceProfile.fileName))
    }

    /// The LPSE's zone: the profile's, WIB without one.
    public func zone() throws(WorkspaceError) -> IndonesianZone {
        try profile().zone
    }

    /// The reader of `bukti.xml` files.
    public func buktiReader() throws(WorkspaceError) -> BuktiReader {
        try cached(\.cachedBuktiReader, loadBuktiReader)
    }

    /// The national holiday calendar of the standards in force.
    public func holidays() throws(WorkspaceError) -> HolidayCalendar {
        try cached(\.cachedHolidays, loadHolidays)
    }

    /// The pembinaan policy and the holiday calendar, checked against each other.
    public func caseRules() throws(WorkspaceError) -> CaseRules {
        try cached(\.cachedCaseRules, loadCaseRules)
    }

    /// The workspace database, opened (and migrated) once.
    public func database() throws(WorkspaceError) -> PatuhDatabase {
        try requireFolder()
        return try cached(\.cachedDatabase, loadDatabase)
    }

    // MARK: - Loading

    private func loadCatalog() throws(WorkspaceError) -> StandardsCatalog {
        try requireStandards()
        do {
            let catalog = try CatalogLoader.load(directory: standardsDirectory)
            catalogLoads += 1
            return catalog
        } catch {
            throw WorkspaceError(.invalidInput, "workspace.standards.invalid", ["path": standardsDirectory],
                                 diagnostics: error.diagnostics)
        }
    }

    private func loadScoring() throws(WorkspaceError) -> ScoringInputs {
        let catalog = try catalog()
        let schemaPath = (schemaDirectory as NSString).appendingPathComponent("penilaian.xsd")
        let schema: XMLSchema
        do {
            schema = try XMLSchema(path: schemaPath)
        } catch {
            throw WorkspaceError(.invalidInput, "workspace.schema.invalid", ["path": schemaPath], diagnostics: error.diagnostics)
        }
        let policyPath = (standardsDirectory as NSString).appendingPathComponent("penilaian.xml")
        do {
            return ScoringInputs(catalog: catalog, schema: schema, policy: try PolicyLoader.load(path: policyPath, schema: schema))
        } catch {
            throw WorkspaceError(.invalidInput, "workspace.policy.invalid", ["path": policyPath], diagnostics: error.diagnostics)
        }
    }

    private func loadProfile() throws(WorkspaceError) -> WorkspaceProfile {
        try WorkspaceLinks.refuseEscapingInput((root as NSString).appendingPathComponent(WorkspaceProfile.fileName), root: root)
        do {
            return try WorkspaceProfile.load(workspace: root, schemaDirectory: schemaDirectory)
        } catch {
            throw Self.evidenceFailure(error)
        }
    }

    private func loadBuktiReader() throws(WorkspaceError) -> BuktiReader {
        do {
            return try BuktiReader(schemaDirectory: schemaDirectory)
        } catch {
            throw Self.evidenceFailure(error)
        }
    }

    private func loadHolidays() throws(WorkspaceError) -> HolidayCalendar {
        let directory = (standardsDirectory as NSString).appendingPathComponent("kalender")
        do {
            return try HolidayCalendarLoader.load(directory: directory)
        } catch {
            throw WorkspaceError(.invalidInput, "workspace.calendar.invalid", ["path": directory], diagnostics: error.diagnostics)
        }
    }

    private func loadCaseRules() throws(WorkspaceError) -> CaseRules {
        let holidays = try holidays()
        let path = (standardsDirectory as NSString).appendingPathComponent("pembinaan.xml")
        let policy: SanctionPolicy
        do {
            policy = try SanctionPolicyLoader.load(path: path)
        } catch {
            throw WorkspaceError(.invalidInput, "workspace.pembinaan.invalid", ["path": path], diagnostics: error.diagnostics)
        }
        do {
            return try CaseRules(policy: policy, holidays: holidays)
        } catch {
            throw WorkspaceError(.invalidInput, diagnostics: []) { _ in "patuh: " + error.message }
        }
    }

    private func loadDatabase() throws(WorkspaceError) -> PatuhDatabase {
        try WorkspaceLinks.refuseLink(root: root, folder: PatuhDatabase.folderName)
        do {
            return try PatuhDatabase.open(workspace: root, access: databaseAccess, waiting: waiting)
        } catch {
            throw Self.storeFailure(error)
        }
    }

    /// Fails with `invalidInput` and the command that makes it when the standards folder named
    /// by `--standards` / `PATUH_STANDARDS` does not exist (missing, not invalid).
    public func requireStandards() throws(WorkspaceError) {
        guard case .folder(let path) = standardsLocation else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorkspaceError(.invalidInput, "workspace.standards.missing", ["path": path])
        }
    }

    // MARK: - Failures

    /// A store failure: `busy` when another process held it too long, else `unavailable` (a corrupt
    /// value included: its message names the table and row).
    static func storeFailure(_ error: StoreError) -> WorkspaceError {
        // A value the database cannot give back (a corrupt row) leaves it unusable: exit 70 in the CLI.
        let kind: WorkspaceError.Kind = error.code == .busy ? .busy : .unavailable
        let key: String = switch error.code {
        case .busy: "hardening.db.busy"
        case .outdated: "hardening.db.outdated"
        case .tooNew: "hardening.db.tooNew"
        default: "workspace.database"
        }
        return WorkspaceError(kind, key, ["detail": error.description, "path": error.path])
    }

    /// An evidence failure: the index is `unavailable`, the rest is the user's input.
    static func evidenceFailure(_ error: EvidenceError) -> WorkspaceError {
        let key: String = switch error.code {
        case .invalidMetadata: "workspace.evidence.metadata"
        case .schema: "workspace.evidence.schema"
        case .unreadable: "workspace.evidence.unreadable"
        default: "workspace.evidence.index"
        }
        return WorkspaceError(error.code == .index ? .unavailable : .invalidInput, key, diagnostics: error.diagnostics)
    }

    // MARK: - Caching

    private func cached<T>(_ slot: ReferenceWritableKeyPath<PatuhWorkspace, T?>,
                           _ load: () throws(WorkspaceError) -> T) throws(WorkspaceError) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: slot] { return value }
        let value = try load()
        self[keyPath: slot] = value
        return value
    }
}

/// What scoring reads from the standards folder: the catalog, the answer-file schema and the
/// scoring policy.
public struct ScoringInputs: Sendable {
    public var catalog: StandardsCatalog
    public var schema: XMLSchema
    public var policy: ScoringPolicy
}
