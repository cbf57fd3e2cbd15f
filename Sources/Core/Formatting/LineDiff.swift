/// A line-by-line difference of two texts, as people read it: unchanged lines around each
/// change for context, removed lines marked `-`, added lines `+`, skipped runs as `…`.
///
/// Longest common subsequence on lines; texts of more than 4,000 lines each are compared only
/// around their common start and end (enough to show where a file changed, never quadratic
/// beyond 16 M cells).
public enum LineDiff {
    /// The lines of the difference from `old` to `new` (empty when they are equal).
    public static func lines(from old: String, to new: String, context: Int = 2) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard a != b else { return [] }
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        let middleA = Array(a[start..<endA]), middleB = Array(b[start..<endB])
        var edits: [(Character, String)] = a[..<start].map { (" ", $0) }
        if middleA.count <= 4_000 && middleB.count <= 4_000 {
            edits += lcsEdits(middleA, middleB)
        } else {
            edits += middleA.map { ("-", $0) } + middleB.map { ("+", $0) }
        }
        edits += a[endA...].map { (" ", $0) }
        return render(edits, context: context)
    }

    private static func lcsEdits(_ a: [String], _ b: [String]) -> [(Character, String)] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append((" ", a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                edits.append(("+", b[j])); j += 1
            } else {
                edits.append(("-", a[i])); i += 1
            }
        }
        return edits
    }

    private static func render(_ edits: [(Character, String)], context: Int) -> [String] {
        let changed = edits.indices.filter { edits[$0].0 != " " }
        var shown = Set<Int>()
        for index in changed {
            for near in max(0, index - context)...min(edits.count - 1, index + context) { shown.insert(near) }
        }
        var lines: [String] = []
        var skipped = false
        for (index, edit) in edits.enumerated() {
            guard shown.contains(index) else { skipped = true; continue }
            if skipped, !lines.isEmpty { lines.append("…") }
            skipped = false
            lines.append("\(edit.0) \(edit.1)")
        }
        return lines
    }
}
