public import Catalog
public import Core
import Foundation

/// What the evaluator needs to know of a file beyond its classification.
public struct FileFacts: Sendable, Hashable {
    public var stat: FileStat
    /// `nil` when the file could not be read: it then counts for no rule.
    public var sha256: String?
    /// Why the file could not be read.
    public var failure: String?

    public init(stat: FileStat, sha256: String?, failure: String? = nil) {
        self.stat = stat
        self.sha256 = sha256
        self.failure = failure
    }
}

/// Evaluates every evidence rule of a catalog against classified files: a pure function of
/// its inputs (no file system, no clock).
///
/// For each rule: the files it counts are its own, the shared ones attributed to it, and
/// (transitively) those of the rules it `uses`. Then, in order of seriousness:
/// - `missing`: fewer files than the minimum;
/// - `tampered`: a counted file differs from the last seal, or a file sealed for it is gone;
/// - `expired`: fewer current files than the minimum. A file is current when its document
///   date is at most `freshnessDays` old, when the day lies in its validity window
///   (`berlaku-mulai`..`berlaku-sampai`; without them, from its date to 31 December of its
///   year, standar-17.md §2), and when it is of this tahun anggaran, as the rule requires;
/// - `content`: the rule has a content check (`<register>` or `<text>`) and the newest current
///   files it needs (the minimum, at least one) fail it, read through a ``ContentInspecting``;
/// - `unsigned`: a current file lacks the ratification the rule expects;
/// - `expiring`: the rule stops being met within `warnDays` (only for rules whose period is
///   longer than that: a 7-day log renewed weekly is never "expiring");
/// - `ok`.
///
/// A document's date is its `bukti.xml` `tanggal`, else the `_YYYY-MM-DD` in its name, else
/// its modification time in the LPSE's zone, which is flagged.
public struct RuleEvaluator: Sendable {
    public let catalog: StandardsCatalog
    public let today: CivilDate
    public let warnDays: Int
    public let zone: IndonesianZone
    /// The LPSE's staff count (`patuh.xml` `<jumlah-pegawai>`), when declared: the least
    /// number of files of a per-staff rule (`minFrom="jumlah-pegawai"`, S08.4's NDAs).
    public let staff: Int?

    public init(catalog: StandardsCatalog, now: Instant, zone: IndonesianZone, warnDays: Int = 30, staff: Int? = nil) {
        self.catalog = catalog
        self.today = zone.civilDate(of: now)
        self.warnDays = warnDays
        self.zone = zone
        self.staff = staff
    }

    /// Evaluates every rule and every file.
    ///
    /// - Parameter content: reads the documents of rules with a content check; without it no
    ///   content check runs.
    public func evaluate(files: [ClassifiedFile], facts: [EvidencePath: FileFacts], walkProblems: [WalkProblem] = [],
                         metadataProblems: [MetadataProblem] = [], seal: SealSnapshot? = nil,
                         content: (any ContentInspecting)? = nil) -> EvidenceReport {
        let readable = files.filter { facts[$0.path]?.sha256 != nil }
        var own: [String: [ClassifiedFile]] = [:]
        for file in readable where file.status == .classified {
            for rule in file.rules { own[rule, default: []].append(file) }
        }
        let sealed = Dictionary((seal?.files ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let context = Context(own: own, facts: facts, sealed: sealed, seal: seal, content: content)
        var findings: [RuleFinding] = []
        for standard in catalog.standards {
            for control in standard.controls {
                for rule in control.evidenceRules {
                    findings.append(evaluate(rule, standard: standard.id, control: control.id, context: context))
                }
            }
        }
        let fileFindings = files.map { fileFinding($0, context: context) } + walkProblems.map(Self.fileFinding)
        return EvidenceReport(today: today, rules: findings, files: fileFindings.sorted { $0.path < $1.path },
                              metadataProblems: metadataProblems,
                              sealChanges: seal.map { sealChanges($0, findings: findings, facts: facts) })
    }

    /// The sealed files that changed or disappeared and that no rule reports as tampered.
    /// A file that is still there but unreadable is reported as unreadable, not here.
    private func sealChanges(_ seal: SealSnapshot, findings: [RuleFinding], facts: [EvidencePath: FileFacts]) -> [SealDeviation] {
        let reported = Set(findings.flatMap { $0.tampered + $0.removed })
        return seal.files.sorted { $0.path < $1.path }.compactMap { sealed in
            guard !reported.contains(sealed.path) else { return nil }
            guard let fact = facts[sealed.path] else {
                return SealDeviation(path: sealed.path, kind: .removed, sealedSHA256: sealed.sha256, currentSHA256: nil)
            }
            guard let now = fact.sha256, now != sealed.sha256 else { return nil }
            return SealDeviation(path: sealed.path, kind: .changed, sealedSHA256: sealed.sha256, currentSHA256: now)
        }
    }

    // MARK: - Rules

    struct Context {
        var own: [String: [ClassifiedFile]]
        var facts: [EvidencePath: FileFacts]
        var sealed: [EvidencePath: SealedFile]
        var seal: SealSnapshot?
        var content: (any ContentInspecting)?
    }

    private func evaluate(_ rule: EvidenceRule, standard: String, control: String, context: Context) -> RuleFinding {
        let counted = countedFiles(rule, context: context)
        let needed = max(rule.minimum(staff: staff), 0)
        var finding = RuleFinding(standard: standard, control: control, rule: rule.id, status: .ok,
                                  files: counted.map(\.path), minimum: needed)
        let dated = counted.map { (file: $0, validity: validity(of: $0, for: rule, facts: context.facts)) }
        let current = dated.filter(\.validity.current)
        finding.current = current.count
        finding.datedByModificationTime = dated.filter { $0.validity.source == .modificationTime }.map(\.file.path)
        finding.tampered = counted.filter { file in
            context.sealed[file.path].map { $0.sha256 != context.facts[file.path]?.sha256 } ?? false
        }.map(\.path)
        finding.removed = (context.seal?.files ?? [])
            .filter { $0.rules.contains(rule.id) && context.facts[$0.path] == nil }.map(\.path)
        if !finding.tampered.isEmpty || !finding.removed.isEmpty {
            finding.sealChanges = (finding.tampered + finding.removed).sorted().compactMap { path in
                context.sealed[path].map { sealed in
                    let now = context.facts[path]?.sha256
                    return SealDeviation(path: path, kind: now == nil ? .removed : .changed, sealedSHA256: sealed.sha256,
                                         currentSHA256: now)
                }
            }
        }
        if rule.signatureExpected {
            finding.unsigned = current.filter { $0.file.entry?.ratifiedBy == nil }.map(\.file.path)
        }
        let hasDateRule = rule.freshnessDays != nil || rule.validityWindow || rule.fiscalYear
        let untilDates = dated.compactMap(\.validity.until).sorted(by: >)
        if hasDateRule {
            let currentUntil = current.compactMap(\.validity.until).sorted(by: >)
            finding.validUntil = needed > 0 && currentUntil.count >= needed ? currentUntil[needed - 1] : untilDates.first
        }
        if let check = rule.content, let inspector = context.content, !current.isEmpty, current.count >= needed {
            let evaluator = ContentEvaluator(today: today)
            let references = referencedKeys(check, context: context, inspector: inspector)
            finding.content = contentDocuments(rule, context: context).flatMap { path -> [ContentFinding] in
                let sha = context.facts[path]?.sha256 ?? ""
                return evaluator.evaluate(check, read: inspector.read(path, sha256: sha), file: path, references: references)
            }
        }
        if counted.count < needed {
            finding.status = .missing
            if let pattern = rule.patterns.first {
                finding.expectedFile = EvidenceLayout(catalog: catalog).folder(of: control) + "/"
                    + SuggestedName.example(pattern: pattern, date: today.description)
            }
        } else if !finding.tampered.isEmpty || !finding.removed.isEmpty {
            finding.status = .tampered
        } else if current.count < needed {
            finding.status = .expired
        } else if !finding.contentFailures.isEmpty {
            finding.status = .content
        } else if !finding.unsigned.isEmpty {
            finding.status = .unsigned
        } else if hasDateRule, needed > 0, let until = finding.validUntil, warns(rule), today.days(until: until) <= warnDays {
            finding.status = .expiring
        }
        return finding
    }

    /// The documents a rule's content check reads: the newest current documents the rule needs
    /// (its minimum, at least one), or none when it has fewer current documents than that. An
    /// older version of a register is superseded by the newer one.
    private func contentDocuments(_ rule: EvidenceRule, context: Context) -> [EvidencePath] {
        let needed = max(rule.minimum(staff: staff), 0)
        let current = countedFiles(rule, context: context)
            .map { (file: $0, validity: validity(of: $0, for: rule, facts: context.facts)) }
            .filter(\.validity.current)
        guard !current.isEmpty, current.count >= needed else { return [] }
        return current.sorted { ($0.validity.date, $1.file.path) > ($1.validity.date, $0.file.path) }
            .prefix(max(needed, 1)).map(\.file.path)
    }

    /// The keys of the registers a register check refers to, by rule id: read from the
    /// documents each referenced rule's content check would read.
    private func referencedKeys(_ check: ContentCheck, context: Context,
                                inspector: any ContentInspecting) -> [String: ReferencedKeys] {
        guard case .register(let register) = check else { return [:] }
        var keys: [String: ReferencedKeys] = [:]
        for reference in register.references where keys[reference.rule] == nil {
            guard let target = catalog.rule(reference.rule)?.rule, case .register(let referenced)? = target.content else {
                keys[reference.rule] = .unavailable
                continue
            }
            let reads = contentDocuments(target, context: context).map { path in
                (path, inspector.read(path, sha256: context.facts[path]?.sha256 ?? ""))
            }
            keys[reference.rule] = ReferencedKeys.collect(rule: referenced, key: reference.key, reads: reads)
        }
        return keys
    }

    /// Whether a rule's period is long enough for an early warning to mean something.
    private func warns(_ rule: EvidenceRule) -> Bool {
        rule.validityWindow || rule.fiscalYear || (rule.freshnessDays ?? 0) > warnDays
    }

    /// The rule's own files plus, transitively, those of the rules it uses; each file once.
    private func countedFiles(_ rule: EvidenceRule, context: Context) -> [ClassifiedFile] {
        var seenRules: Set<String> = []
        var queue = [rule.id]
        var files: [EvidencePath: ClassifiedFile] = [:]
        while let id = queue.popLast() {
            guard seenRules.insert(id).inserted else { continue }
            for file in context.own[id] ?? [] { files[file.path] = file }
            queue += catalog.rule(id)?.rule.uses ?? []
        }
        return files.values.sorted { $0.path < $1.path }
    }

    // MARK: - Dates

    struct Validity {
        var date: CivilDate
        var source: DateSource
        var current: Bool
        var until: CivilDate?
    }

    /// The document date of a file and where it came from.
    func documentDate(_ file: ClassifiedFile, facts: [EvidencePath: FileFacts]) -> (CivilDate, DateSource) {
        if let date = file.entry?.date { return (date, .metadata) }
        if let date = CivilDate.inFileName(file.path.name) { return (date, .fileName) }
        let nanos = facts[file.path]?.stat.modifiedNanos ?? 0
        let modified = Instant(secondsSinceEpoch: Int64((Double(nanos) / 1_000_000_000).rounded(.down)))
        return (zone.civilDate(of: modified), .modificationTime)
    }

    private func validity(of file: ClassifiedFile, for rule: EvidenceRule, facts: [EvidencePath: FileFacts]) -> Validity {
        let (date, source) = documentDate(file, facts: facts)
        // A date known only from the modification time (checkout time in CI) is no date at
        // all: such a document is never fresh, never of this year, and inside a validity
        // window only when bukti.xml states its end.
        var current = source != .modificationTime
            || (rule.freshnessDays == nil && !rule.fiscalYear && (!rule.validityWindow || file.entry?.validUntil != nil))
        var limits: [CivilDate] = []
        if let days = rule.freshnessDays {
            limits.append(date.adding(days: days))
        }
        if rule.validityWindow {
            let start = file.entry?.validFrom ?? date
            limits.append(file.entry?.validUntil ?? date.endOfYear)
            if today < start { current = false }
        }
        if rule.fiscalYear {
            limits.append(date.endOfYear)
            if date.year != today.year { current = false }
        }
        let until = limits.min()
        if let until, today > until { current = false }
        return Validity(date: date, source: source, current: current, until: until)
    }

    // MARK: - Files

    private func fileFinding(_ file: ClassifiedFile, context: Context) -> FileFinding {
        let facts = context.facts[file.path]
        guard facts?.sha256 != nil else {
            return FileFinding(path: file.path, status: .unreadable, issue: .unreadableFile(reason: facts?.failure ?? "no hash"))
        }
        var finding = FileFinding(path: file.path, status: file.status, rules: file.rules)
        if file.status == .classified || file.status == .unclassified {
            (finding.date, finding.dateSource) = documentDate(file, facts: context.facts)
            if finding.dateSource != .metadata, CivilDate.inFileName(file.path.name) == nil,
               let found = DateInName.find(in: file.path.name) {
                finding.unreadDate = found.text
                finding.conventionalDate = "_\(found.date)"
            }
        }
        if file.status == .unclassified, case .control(_, let control) = file.placement,
           let rules = catalog.control(control)?.control.evidenceRules {
            finding.expectedPatterns = rules.flatMap(\.patterns)
            let date = file.entry?.date ?? CivilDate.inFileName(file.path.name) ?? DateInName.find(in: file.path.name)?.date
            if let rule = SuggestedName.likeliestRule(rules, original: file.path.name),
               let name = SuggestedName.proposal(for: rule, original: file.path.name, date: date?.description ?? "YYYY-MM-DD") {
                finding.suggestedPath = file.path.folder + "/" + name
            }
        }
        if case .misfiled(let reason) = file.placement {
            finding.issue = .misfiled(reason)
            finding.detail = FileIssue.misfiled(reason).englishDetail
        }
        if let sealed = context.sealed[file.path], sealed.sha256 != facts?.sha256 { finding.tampered = true }
        return finding
    }

    /// How a walk problem is reported as a file.
    public static func fileFinding(_ problem: WalkProblem) -> FileFinding {
        switch problem.kind {
        case .symlinkOutside(let target):
            FileFinding(path: problem.path, status: .symlink, issue: .symlink(target: target, outside: true))
        case .symlink(let target):
            FileFinding(path: problem.path, status: .symlink, issue: .symlink(target: target, outside: false))
        case .unreadableFolder(let reason):
            FileFinding(path: problem.path, status: .unreadable, issue: .unreadableFolder(reason: reason))
        case .unreadableFile(let reason):
            FileFinding(path: problem.path, status: .unreadable, issue: .unreadableFile(reason: reason))
        case .notRegular:
            FileFinding(path: problem.path, status: .unreadable, issue: .notRegular)
        case .invalidName:
            FileFinding(path: problem.path, status: .unreadable, issue: .invalidName)
        }
    }
}
