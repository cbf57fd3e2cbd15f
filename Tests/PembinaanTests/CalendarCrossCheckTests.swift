import Catalog
import Core
import Foundation
import Pembinaan
import Testing

/// An independent check of ``WorkingCalendar``: for every receipt date of 2024–2026 the deadline
/// is recomputed by a second, naive method that reads the holiday CSV directly and takes
/// weekdays from Foundation's Gregorian calendar, then compared.
@Suite("WorkingCalendar agrees with a naive count over the CSV")
struct CalendarCrossCheckTests {
    /// One civil day from Foundation: `YYYY-MM-DD` and whether it is Saturday or Sunday.
    struct NaiveDay {
        var text: String
        var weekend: Bool
    }

    /// Every day of 2024-01-01 ... 2027-12-31, from Foundation (not from CivilDate).
    static let days: [NaiveDay] = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = calendar.date(from: DateComponents(year: 2024, month: 1, day: 1))!
        var days: [NaiveDay] = []
        while calendar.component(.year, from: date) < 2028 {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            days.append(NaiveDay(text: text, weekend: parts.weekday == 1 || parts.weekday == 7))
            date = calendar.date(byAdding: .day, value: 1, to: date)!
        }
        return days
    }()

    /// The CSV's dates by kind (`libur_nasional`, `cuti_bersama`).
    static let csv: [String: Set<String>] = {
        let path = Fixtures.packageRoot + "/Tests/Fixtures/libur-nasional-2020-2027.csv"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var byKind: [String: Set<String>] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", maxSplits: 2).map(String.init)
            byKind[fields[1], default: []].insert(fields[0])
        }
        return byKind
    }()

    static func isWorking(_ index: Int, cutiIsWorking: Bool) -> Bool {
        let day = days[index]
        if day.weekend || csv["libur_nasional", default: []].contains(day.text) { return false }
        return cutiIsWorking || !csv["cuti_bersama", default: []].contains(day.text)
    }

    /// The naive deadline: walk forward one day at a time.
    static func naiveDeadline(receipt: Int, n: Int, convention: DeadlineConvention, cutiIsWorking: Bool) -> String {
        var index = receipt
        var counted = 0
        if convention == .c && isWorking(index, cutiIsWorking: cutiIsWorking) { counted = 1 }
        if convention == .b { while !isWorking(index, cutiIsWorking: cutiIsWorking) { index += 1 } }
        while counted < n {
            index += 1
            if isWorking(index, cutiIsWorking: cutiIsWorking) { counted += 1 }
        }
        return days[index].text
    }

    @Test func theCSVWasRead() {
        #expect(Self.csv["libur_nasional"]?.contains("2024-02-14") == true)
        #expect(Self.csv["cuti_bersama"]?.contains("2025-08-18") == true)
        #expect(Self.days.count == 366 + 365 + 365 + 365)
    }

    @Test("every receipt date of 2024–2026", arguments: [CutiBersamaRule.libur, .kerja])
    func everyReceiptDate(cuti: CutiBersamaRule) throws {
        let calendar = try Fixtures.calendar(cutiBersama: cuti)
        let lastReceipt = Self.days.firstIndex { $0.text == "2026-12-31" }!
        var mismatches: [String] = []
        let cases: [(DeadlineConvention, [Int])] = [(.a, [1, 2, 5, 10, 20, 60]), (.b, [1, 5]), (.c, [1, 5])]
        for receipt in 0...lastReceipt {
            let date = try #require(CivilDate(iso: Self.days[receipt].text))
            for (convention, lengths) in cases {
                for n in lengths {
                    let expected = Self.naiveDeadline(receipt: receipt, n: n, convention: convention, cutiIsWorking: cuti == .kerja)
                    let actual = try calendar.deadline(receivedOn: date, workingDays: n, convention: convention).date.description
                    if actual != expected { mismatches.append("\(date) N=\(n) \(convention.rawValue): \(actual) ≠ \(expected)") }
                }
            }
            #expect(try calendar.isWorkingDay(date) == Self.isWorking(receipt, cutiIsWorking: cuti == .kerja))
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
