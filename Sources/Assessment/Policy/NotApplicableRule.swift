public import Catalog
import Core

/// One entry of the scoring policy's `<notApplicable>`: which controls an LPSE may declare
/// tidak berlaku, and on which hosting of its SPSE. Any other tidak-berlaku answer is refused.
public struct NotApplicableAllowance: Sendable, Hashable, Codable {
    /// Which controls the allowance covers.
    public enum Subject: Sendable, Hashable, Codable {
        /// Every control flagged `infra` in the catalog.
        case infra
        /// One control, by id.
        case control(String)
    }

    public var subject: Subject
    /// The hostings on which it applies; empty means any.
    public var hosting: [SPSEHosting]

    /// Creates an allowance.
    public init(subject: Subject, hosting: [SPSEHosting] = []) {
        self.subject = subject
        self.hosting = hosting
    }

    /// Whether it lets `control` be tidak berlaku for an LPSE whose SPSE runs on `hosting`.
    public func allows(_ control: Control, on hosting: SPSEHosting) -> Bool {
        let covered = switch subject {
        case .infra: control.infra
        case .control(let id): control.id == id
        }
        return covered && (self.hosting.isEmpty || self.hosting.contains(hosting))
    }

    /// The allowance in words: "kontrol infra bila SPSE berjalan di infrastruktur LKPP atau provinsi".
    public func phrase(_ language: Language) -> String {
        let en = language == .en
        let subject = switch subject {
        case .infra: en ? "infra controls" : "kontrol infra"
        case .control(let id): en ? "control \(id)" : "kontrol \(id)"
        }
        guard !hosting.isEmpty else { return subject }
        let places = hosting.map { $0.phrase(language) }.joined(separator: en ? " or " : " atau ")
        return subject + (en ? " when the SPSE runs on " : " bila SPSE berjalan di ") + places
    }
}

/// A tidak-berlaku answer the scoring policy does not allow for this LPSE.
public struct NotApplicableViolation: Sendable, Hashable {
    public var controlId: String
    /// Where the answer is.
    public var source: SourceLocation
    /// The LPSE's hosting, from its profile.
    public var hosting: SPSEHosting
    /// What the policy allows, to say in the message.
    public var allowances: [NotApplicableAllowance]
    /// The policy file.
    public var policyFile: String

    /// The refusal in a sentence in `language`, naming the rule broken.
    public func message(_ language: Language) -> String {
        let en = language == .en
        let allowed = allowances.isEmpty
            ? (en ? "the policy allows no control to be tidak berlaku" : "kebijakan tidak membolehkan kontrol mana pun tidak berlaku")
            : (en ? "tidak berlaku is allowed only for " : "tidak berlaku hanya dibolehkan untuk ")
                + allowances.map { $0.phrase(language) }.joined(separator: en ? "; or " : "; atau ")
        let policy = policyFile.isEmpty ? "penilaian.xml" : policyFile
        return en
            ? "\(controlId) is marked tidak-berlaku, which the scoring policy (\(policy)) does not allow for this LPSE: "
                + "\(allowed) (patuh.xml <infrastruktur>; this LPSE's SPSE runs on \(hosting.phrase(language)))"
            : "\(controlId) ditandai tidak-berlaku, yang tidak dibolehkan kebijakan penilaian (\(policy)) bagi LPSE ini: "
                + "\(allowed) (patuh.xml <infrastruktur>; SPSE LPSE ini berjalan di \(hosting.phrase(language)))"
    }
}

extension ScoringPolicy {
    /// Whether `control` may be tidak berlaku for an LPSE whose SPSE runs on `hosting`.
    public func allowsNotApplicable(_ control: Control, on hosting: SPSEHosting) -> Bool {
        notApplicableAllowances.contains { $0.allows(control, on: hosting) }
    }

    /// Every tidak-berlaku answer of `answers` the policy does not allow on `hosting`, in file
    /// order. A tidak-berlaku answer also needs its justification (fakta and analisis), which
    /// the answer-file loader already requires.
    public func notApplicableViolations(_ answers: AnswerFile, catalog: StandardsCatalog,
                                        hosting: SPSEHosting) -> [NotApplicableViolation] {
        answers.answers.compactMap { answer in
            guard answer.status == .tidakBerlaku, let control = catalog.control(answer.controlId)?.control,
                  !allowsNotApplicable(control, on: hosting) else { return nil }
            return NotApplicableViolation(controlId: answer.controlId, source: answer.source, hosting: hosting,
                                          allowances: notApplicableAllowances, policyFile: source)
        }
    }
}
