public import Catalog
public import Core
import Foundation

/// File names Patuh proposes: an example for a rule (`BACA.md`, a missing rule's message), and
/// a new name for a document whose own name matches no rule (an unclassified file, an upload).
///
/// A name is the rule's first pattern with its literal parts kept, a slug of the document's
/// words in place of the first `*`, and the date as `_YYYY-MM-DD` before the extension
/// (`kebijakan-*keamanan*` and "Kebijakan LPSE Kota 2026.pdf" dated 2026-02-02 give
/// `kebijakan-lpse-kota-2026-keamanan_2026-02-02.pdf`). Every name returned matches its
/// pattern, checked with the same matcher the registry classifies with.
///
/// ## Topics
/// - ``example(pattern:slug:date:extension:)``
/// - ``proposal(for:original:date:)``
/// - ``slug(_:)``
public enum SuggestedName {
    /// A name matching `pattern`, with `slug` in it (when given), dated `date` (a `YYYY-MM-DD`
    /// day or any placeholder text), ending in `.extension`.
    public static func example(pattern: String, slug: String? = nil, date: String, extension ext: String = "pdf") -> String {
        let matcher = FilePattern(pattern)
        let literals = pattern.lowercased().split(separator: "*", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "-_"))
                .replacingOccurrences(of: "?", with: "x")
        }
        let taken = Set(literals.flatMap { $0.split(separator: "-").map(String.init) })
        let words = (slug ?? "").split(separator: "-").map(String.init).filter { !taken.contains($0) }
        for filling in [words, [], ["lpse"], ["dokumen"]] {
            var parts: [String] = []
            for (index, literal) in literals.enumerated() {
                if !literal.isEmpty { parts.append(literal) }
                if index == 0 && literals.count > 1 { parts += filling }
            }
            if literals.count == 1 { parts += filling }
            let name = parts.joined(separator: "-") + "_\(date).\(ext)"
            if matcher.matches(name) { return name }
        }
        return pattern.replacingOccurrences(of: "*", with: "x").replacingOccurrences(of: "?", with: "x") + "_\(date).\(ext)"
    }

    /// The name a document `original` would need in `control` to prove `rule`: the rule's
    /// pattern, the document's own words and extension, and `date` (the date the name or the
    /// metadata gives, else the placeholder `YYYY-MM-DD`).
    public static func proposal(for rule: EvidenceRule, original: String, date: String) -> String? {
        guard let pattern = rule.patterns.first else { return nil }
        let ext = (original as NSString).pathExtension.lowercased()
        return example(pattern: pattern, slug: slug((original as NSString).deletingPathExtension), date: date,
                       extension: ext.isEmpty ? "pdf" : ext)
    }

    /// Of `rules`, the one whose pattern words share most with `original`'s words (the first on a tie).
    public static func likeliestRule(_ rules: [EvidenceRule], original: String) -> EvidenceRule? {
        let words = Set(slug((original as NSString).deletingPathExtension).split(separator: "-").map(String.init))
        var best: EvidenceRule?
        var bestScore = -1
        for rule in rules where !rule.patterns.isEmpty {
            let score = score(rule, words)
            if score > bestScore { (best, bestScore) = (rule, score) }
        }
        return best
    }

    private static func score(_ rule: EvidenceRule, _ words: Set<String>) -> Int {
        let patternWords = Set(rule.patterns.joined(separator: "-").lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        return patternWords.intersection(words).count + (words.contains(rule.kind.rawValue) ? 1 : 0)
    }

    /// `text` as lower-case words joined by `-`: accents dropped, anything but letters and
    /// digits a separator, date-like runs (`10-01-2026`, `2026-01-10`) left out.
    public static func slug(_ text: String) -> String {
        var cleaned = text
        if let found = DateInName.find(in: text) { cleaned = cleaned.replacingOccurrences(of: found.text, with: " ") }
        let folded = cleaned.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var current = ""
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.prefix(8).joined(separator: "-")
    }
}

/// A date written in a file name in a form other than the convention's `_YYYY-MM-DD`: found so
/// that Patuh can say how to write it instead of silently falling back to the modification time.
public enum DateInName {
    /// What was found: the text as written and the day it means.
    public struct Found: Sendable, Hashable {
        public var text: String
        public var date: CivilDate
    }

    /// A day written as `DD-MM-YYYY`, `DD.MM.YYYY`, `DD_MM_YYYY`, `YYYY_MM_DD`, `YYYY.MM.DD`,
    /// `YYYYMMDD` or `YYYY-MM-DD` (without the leading `_`) in `name`; the last one wins.
    public static func find(in name: String) -> Found? {
        let scalars = Array(name.unicodeScalars)
        let digit = { (i: Int) in i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        let separators: Set<Unicode.Scalar> = ["-", ".", "_"]
        var found: Found?
        var index = 0
        while index < scalars.count {
            guard digit(index), !digit(index - 1) else { index += 1; continue }
            var end = index
            while end < scalars.count, digit(end) || (separators.contains(scalars[end]) && digit(end + 1) && digit(end - 1)) {
                end += 1
            }
            let text = String(String.UnicodeScalarView(scalars[index..<end]))
            if let date = parse(text) { found = Found(text: text, date: date) }
            index = end
        }
        return found
    }

    private static func parse(_ text: String) -> CivilDate? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" }).map(String.init)
        if parts.count == 1, text.count == 8, let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
           let day = Int(text.suffix(2)), (1990...2100).contains(year) {
            return CivilDate(year: year, month: month, day: day)
        }
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return CivilDate(year: a, month: b, day: c) }
        if parts[2].count == 4 { return CivilDate(year: c, month: b, day: a) }
        return nil
    }
}
