/// A seeded generator (SplitMix64): the same seed gives the same answer files on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Answer files with random statuses over the catalog's controls, valid for penilaian.xsd and
/// Patuh's loader: some controls left out (not assessed), and in a faktual file overrides and temuan.
struct RandomAnswers {
    /// The status of each control of the file; `nil`: left out.
    var statuses: [(control: String, status: String?)]
    var kind: String
    var text: String

    static let statusPool: [(String?, Int)] = [("memenuhi", 50), ("sebagian", 18), ("tidak", 15), ("tidak-berlaku", 12), (nil, 5)]

    /// A random file for `controls` from `seed`.
    static func make(seed: UInt64, controls: [String]) -> RandomAnswers {
        var random = SplitMix64(seed: seed)
        let kind = seed % 2 == 0 ? "mandiri" : "faktual"
        let statuses = controls.map { control -> (String, String?) in
            var roll = Int(random.next() % 100)
            for (status, weight) in statusPool {
                if roll < weight { return (control, status) }
                roll -= weight
            }
            return (control, "memenuhi")
        }
        return make(statuses, kind: kind, random: &random, label: "acak \(seed)")
    }

    /// A file with these statuses (`nil`: left out).
    static func make(_ statuses: [(String, String?)], kind: String, seed: UInt64 = 1, label: String) -> RandomAnswers {
        var random = SplitMix64(seed: seed)
        return make(statuses, kind: kind, random: &random, label: label)
    }

    private static func make(_ statuses: [(String, String?)], kind: String, random: inout SplitMix64,
                             label: String) -> RandomAnswers {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- Berkas penilaian \(label) untuk uji interop -->",
            "<penilaian xmlns=\"urn:patuh:penilaian:1\" kind=\"\(kind)\" date=\"2026-10-0\(1 + Int(random.next() % 9))\" catalogVersion=\"2026.1\">",
            "  <lpse id=\"lpse-kab-contoh\"><name>LPSE Kabupaten Contoh</name><instansi>Pemerintah Kabupaten Contoh</instansi></lpse>",
            "  <assessor name=\"Penguji &amp; Rekan\" role=\"Penilai &lt;uji&gt;\" institution=\"LKPP\"/>",
        ]
        var findingNumber = 0
        for (control, status) in statuses {
            guard let status else { continue }
            lines.append("  <control id=\"\(control)\" status=\"\(status)\">")
            if status != "memenuhi" || random.next() % 3 == 0 {
                lines.append("    <fakta>Fakta \(control) (\(label)): status \(status) — \"dicatat\" &amp; diperiksa.</fakta>")
                lines.append("    <analisis>Analisis \(control): \(status).</analisis>")
            }
            if random.next() % 4 == 0 { lines.append("    <evidence file=\"\(control)/bukti-\(control)_2026-09-01.pdf\"/>") }
            if kind == "faktual" && random.next() % 5 == 0 {
                let from = ["memenuhi", "sebagian", "tidak", "tidak-berlaku"].filter { $0 != status }[Int(random.next() % 3)]
                let time = random.next() % 2 == 0 ? "2026-11-20" : "2026-11-20T10:00:00+07:00"
                lines.append("    <override from=\"\(from)\" to=\"\(status)\" authority=\"Dewi Lestari, Asesor LKPP\" time=\"\(time)\"><remark>Diubah setelah kunjungan lapangan.</remark></override>")
            }
            if kind == "faktual" && status != "memenuhi" && random.next() % 4 == 0 {
                findingNumber += 1
                let severity = ["mayor", "minor", "observasi"][Int(random.next() % 3)]
                lines.append("    <temuan id=\"TF-\(findingNumber)\" severity=\"\(severity)\"><description>Temuan pada \(control).</description><rekomendasi>Perbaiki \(control).</rekomendasi></temuan>")
            }
            lines.append("  </control>")
        }
        lines += ["</penilaian>", ""]
        return RandomAnswers(statuses: statuses.map { (control: $0.0, status: $0.1) }, kind: kind, text: lines.joined(separator: "\n"))
    }
}
