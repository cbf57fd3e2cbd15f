import Foundation
import Testing

@Suite("patuh harikerja (end to end)")
struct HariKerjaCommandTests {
    static let jsonKeys: Set<String> = ["diterima", "hari", "tenggat", "berakhirPada", "konvensi", "cutiBersama",
                                        "zona", "kalenderVersi", "dilewati"]

    @Test("worked examples of hari-kerja.md", arguments: [
        (["--diterima", "2024-01-04"], "2024-01-11", "libur"),
        (["--diterima", "2025-03-21"], "2025-04-08", "libur"),
        (["--diterima", "2025-03-21", "--cuti-bersama", "kerja"], "2025-03-28", "kerja"),
        (["--diterima", "2024-02-10"], "2024-02-19", "libur"),
    ])
    func workedExamples(arguments: [String], expected: String, cuti: String) throws {
        let workspace = try PatuhBinary.workspace()
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--hari", "5", "--format", "json"] + arguments, in: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        let json = result.json
        #expect(Set(json.keys) == Self.jsonKeys)
        #expect(json["tenggat"] as? String == expected)
        #expect(json["berakhirPada"] as? String == expected + "T23:59:59+07:00")
        #expect(json["diterima"] as? String == arguments[1])
        #expect(json["hari"] as? Int == 5)
        #expect(json["konvensi"] as? String == "A")
        #expect(json["cutiBersama"] as? String == cuti)
        #expect(json["zona"] as? String == "WIB")
        #expect(json["kalenderVersi"] as? String == String(arguments[1].prefix(4)) + ".1")
    }

    @Test func skippedDaysNameTheirReasons() throws {
        let result = try PatuhBinary.run(["workdays", "deadline", "--diterima", "2024-02-10", "--hari", "5", "--format", "json"],
                                         in: try PatuhBinary.workspace())
        let skipped = (result.json["dilewati"] as? [[String: String]]) ?? []
        #expect(skipped.map { $0["tanggal"] ?? "" } == ["2024-02-11", "2024-02-14", "2024-02-17", "2024-02-18"])
        #expect(skipped.map { $0["alasan"] ?? "" }.contains("libur nasional: Hari Pemilihan Umum"))
    }

    @Test func textOutputAndExplanation() throws {
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--diterima", "2024-01-04", "--hari", "5", "--jelaskan"],
                                         in: try PatuhBinary.workspace())
        #expect(result.status == 0)
        #expect(result.stdout.contains("Tenggat       : 2024-01-11 (Kamis), berakhir pada 2024-01-11T23:59:59+07:00"))
        #expect(result.stdout.contains("2024-01-04  Kamis   diterima (hari ke-0, tidak dihitung)"))
        #expect(result.stdout.contains("2024-01-06  Sabtu   dilewati: hari Sabtu"))
        #expect(result.stdout.contains("2024-01-11  Kamis   hari kerja ke-5 = tenggat"))
    }

    @Test func lateEveningWIBInstantForAWITAOffice() throws {
        let workspace = try PatuhBinary.workspace()
        let wita = try PatuhBinary.run(["harikerja", "tenggat", "--diterima-pada", "2024-01-04T23:30:00+07:00",
                                        "--zona", "WITA", "--hari", "5", "--format", "json"], in: workspace)
        #expect(wita.json["diterima"] as? String == "2024-01-05")
        #expect(wita.json["tenggat"] as? String == "2024-01-12")
        #expect(wita.json["berakhirPada"] as? String == "2024-01-12T23:59:59+08:00")
        #expect(wita.json["zona"] as? String == "WITA")
        let wib = try PatuhBinary.run(["harikerja", "tenggat", "--diterima-pada", "2024-01-04T23:30:00+07:00",
                                       "--hari", "5", "--format", "json"], in: workspace)
        #expect(wib.json["tenggat"] as? String == "2024-01-11")
    }

    @Test("conventions through the CLI", arguments: [("A", "2024-02-19"), ("B", "2024-02-20"), ("c", "2024-02-19")])
    func conventions(letter: String, expected: String) throws {
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--diterima", "2024-02-10", "--hari", "5",
                                          "--konvensi", letter, "--format", "json"], in: try PatuhBinary.workspace())
        #expect(result.json["tenggat"] as? String == expected)
        #expect(result.json["konvensi"] as? String == letter.uppercased())
    }

    @Test("invalid input exits 2", arguments: [
        (["--diterima", "2028-01-04"], "tidak ada kalender hari libur untuk 2028"),
        (["--diterima", "2028-01-04", "--lang", "en"], "no holiday calendar for 2028"),
        (["--diterima", "2019-12-30", "--lang", "en"], "no holiday calendar for 2019"),
        (["--diterima", "2027-12-29"], "melewati kalender hari libur"),
        (["--diterima", "2027-12-29", "--lang", "en"], "runs past the holiday calendar"),
        (["--diterima", "2024-02-30"], "--diterima: '2024-02-30' bukan tanggal yang sah"),
        (["--diterima", "2024-02-30", "--lang", "en"], "--diterima: '2024-02-30' is not a valid date"),
        (["--diterima-pada", "2024-01-04T23:30:00"], "bukan waktu ISO 8601 yang sah"),
        (["--diterima", "2024-01-04", "--libur-tambahan", "kemarin"], "--libur-tambahan"),
        (["--diterima", "2024-01-04", "--pekan-kerja", "senin,libur"], "'libur' bukan nama hari"),
        (["--diterima", "2024-01-04", "--pekan-kerja", "senin,libur", "--lang", "en"], "'libur' is not a weekday"),
    ])
    func invalidInput(arguments: [String], message: String) throws {
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--hari", "5"] + arguments, in: try PatuhBinary.workspace())
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a bad number of days exits 2", arguments: ["0", "-1", "lima"])
    func badDays(days: String) throws {
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--diterima", "2024-01-04", "--hari=\(days)"],
                                         in: try PatuhBinary.workspace())
        #expect(result.status == 2)
        #expect(result.stderr.contains("--hari"))
    }

    @Test("usage errors exit 64", arguments: [
        ["harikerja", "tenggat", "--hari", "5"],
        ["harikerja", "tenggat", "--hari", "5", "--diterima", "2024-01-04", "--diterima-pada", "2024-01-04T10:00:00Z"],
        ["harikerja", "tenggat", "--diterima", "2024-01-04"],
        ["harikerja", "tenggat", "--diterima", "2024-01-04", "--hari", "5", "--zona", "CET"],
        ["harikerja", "tenggat", "--diterima", "2024-01-04", "--hari", "5", "--bogus"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try PatuhBinary.run(arguments, in: try PatuhBinary.workspace())
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test func aBrokenCalendarFileIsLocated() throws {
        let workspace = try PatuhBinary.workspace()
        let path = workspace + "/Standards/kalender/2024.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: #"tanggal="2024-02-14""#, with: #"tanggal="2024-02-31""#)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--diterima", "2024-01-04", "--hari", "5"], in: workspace)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Standards/kalender/2024.xml:11:"), "\(result.stderr)")
    }

    @Test func checkOneDay() throws {
        let workspace = try PatuhBinary.workspace()
        let holiday = try PatuhBinary.run(["harikerja", "cek", "2024-02-14", "--format", "json"], in: workspace)
        #expect(holiday.status == 0)
        #expect(holiday.json["hariKerja"] as? Bool == false)
        #expect(holiday.json["alasan"] as? [String] == ["libur nasional: Hari Pemilihan Umum"])
        let cuti = try PatuhBinary.run(["workdays", "check", "2025-04-02", "--cuti-bersama", "kerja"], in: workspace)
        #expect(cuti.stdout.contains("2025-04-02 (Rabu): hari kerja (cuti bersama dihitung hari kerja"))
        let saturday = try PatuhBinary.run(["harikerja", "cek", "2024-01-06", "--pekan-kerja", "sen,sel,rab,kam,jum,sab"], in: workspace)
        #expect(saturday.stdout.hasPrefix("2024-01-06 (Sabtu): hari kerja"))
        let outside = try PatuhBinary.run(["harikerja", "cek", "2030-01-01"], in: workspace)
        #expect(outside.status == 2)
    }

    @Test func helpShowsExamples() throws {
        let result = try PatuhBinary.run(["harikerja", "tenggat", "--help"], in: try PatuhBinary.workspace())
        #expect(result.status == 0)
        #expect(result.stdout.contains("patuh harikerja tenggat --diterima 2024-01-04 --hari 5"))
        #expect(result.stdout.contains("--cuti-bersama <libur|kerja>"))
    }
}
