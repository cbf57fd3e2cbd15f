import Foundation
import XMLSupport

/// One answer file the interop tests run through OpenSCAP and back: a shipped sample, a random
/// file from a seed, or an edge case.
enum InteropCase: Sendable, CustomStringConvertible {
    case sample(String)
    case random(UInt64)
    case allMet
    case nothingScored
    case oneStandardNotApplicable

    static let all: [InteropCase] = [.sample("mandiri"), .sample("faktual")] + (1...12).map { .random(UInt64($0)) }
        + [.allMet, .nothingScored, .oneStandardNotApplicable]

    var description: String {
        switch self {
        case .sample(let kind): "sample \(kind)"
        case .random(let seed): "random \(seed)"
        case .allMet: "all memenuhi"
        case .nothingScored: "all tidak-berlaku"
        case .oneStandardNotApplicable: "S11 tidak-berlaku"
        }
    }

    var name: String {
        switch self {
        case .sample(let kind): kind
        case .random(let seed): "acak-\(seed)"
        case .allMet: "semua-memenuhi"
        case .nothingScored: "semua-tidak-berlaku"
        case .oneStandardNotApplicable: "s11-tidak-berlaku"
        }
    }

    /// Writes the case's answer file into the workspace (the samples are there already) and
    /// returns its file name, kind and statuses over `controls`.
    func prepare(in workspace: InteropWorkspace, controls: [String]) throws
        -> (file: String, kind: String, statuses: [(control: String, status: String?)]) {
        let answers: RandomAnswers
        switch self {
        case .sample(let kind):
            let file = "\(kind).xml"
            let root = try XMLDocument.parse(path: workspace.path(file)).root
            let written = Dictionary(uniqueKeysWithValues: root.children(named: "control").map {
                ($0[attribute: "id"] ?? "", $0[attribute: "status"] ?? "")
            })
            return (file, kind, controls.map { ($0, written[$0]) })
        case .random(let seed):
            answers = RandomAnswers.make(seed: seed, controls: controls)
        case .allMet:
            answers = RandomAnswers.make(controls.map { ($0, "memenuhi") }, kind: "mandiri", label: description)
        case .nothingScored:
            answers = RandomAnswers.make(controls.map { ($0, "tidak-berlaku") }, kind: "faktual", label: description)
        case .oneStandardNotApplicable:
            var random = SplitMix64(seed: 99)
            answers = RandomAnswers.make(controls.map { control in
                control.hasPrefix("S11.") ? (control, "tidak-berlaku") : (control, random.next() % 3 == 0 ? "tidak" : "memenuhi")
            }, kind: "mandiri", label: description)
        }
        let file = "\(name).xml"
        try workspace.write(answers.text, to: file)
        return (file, answers.kind, answers.statuses)
    }
}

/// The scores `patuh penilaian nilai --format json` prints: the four XCCDF models and the policy's.
struct NilaiScores: Equatable, CustomStringConvertible {
    var scores: [String: Double?]
    var maxima: [String: Double]

    init(_ json: [String: Any]) {
        scores = [:]
        maxima = [:]
        for entry in (json["xccdf"] as? [[String: Any]] ?? []) + [json["overall"] as? [String: Any] ?? [:]] {
            let model = entry["model"] as? String ?? ""
            scores[model] = .some((entry["score"] as? NSNumber)?.doubleValue)
            maxima[model] = (entry["maximum"] as? NSNumber)?.doubleValue
        }
    }

    var description: String { "\(scores.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(describing: $0.value))/\(maxima[$0.key] ?? -1)" })" }

    /// The four XCCDF models only.
    var xccdf: NilaiScores {
        var copy = self
        copy.scores = copy.scores.filter { $0.key != "patuh" }
        copy.maxima = copy.maxima.filter { $0.key != "patuh" }
        return copy
    }
}
