import Catalog
import Core
import Pembinaan
import Testing

@Suite("WorkingCalendar: days and periods")
struct WorkingCalendarTests {
    // MARK: - The worked examples of hari-kerja.md

    @Test("worked examples (N = 5)", arguments: [
        ("2024-01-04", CutiBersamaRule.libur, "2024-01-11"),
        ("2025-03-21", .libur, "2025-04-08"),
        ("2025-03-21", .kerja, "2025-03-28"),
        ("2024-02-10", .libur, "2024-02-19"),
    ])
    func workedExamples(receipt: String, cuti: CutiBersamaRule, expected: String) throws {
        let deadline = try Fixtures.calendar(cutiBersama: cuti).deadline(receivedOn: receipt.date, workingDays: 5)
        #expect(deadline.date == expected.date)
        #expect(deadline.convention == .a)
        #expect(deadline.cutiBersama == cuti)
    }

    @Test func idulFitri2025IsExplainedDayByDay() throws {
        let deadline = try Fixtures.calendar().deadline(receivedOn: "2025-03-21".date, workingDays: 5)
        #expect(deadline.calendarVersion == "2025.1")
        #expect(deadline.trace.first?.role == .receipt)
        #expect(deadline.trace.map(\.status.date) == (0...18).map { "2025-03-21".date.adding(days: $0) })
        let counted = deadline.trace.compactMap { step -> String? in
            if case .counted = step.role { return step.status.date.description } else { return nil }
        }
        #expect(counted == ["2025-03-24", "2025-03-25", "2025-03-26", "2025-03-27", "2025-04-08"])
        let skipped = deadline.skipped.map { "\($0.date) \($0.reasonText)" }
        #expect(skipped == [
            "2025-03-22 hari Sabtu", "2025-03-23 hari Minggu",
            "2025-03-28 cuti bersama: Cuti Bersama Hari Suci Nyepi",
            "2025-03-29 hari Sabtu; libur nasional: Hari Suci Nyepi", "2025-03-30 hari Minggu",
            "2025-03-31 libur nasional: Hari Raya Idul Fitri",
            "2025-04-01 libur nasional: Hari kedua dari Hari Raya Idul Fitri",
            "2025-04-02 cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
            "2025-04-03 cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
            "2025-04-04 cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
            "2025-04-05 hari Sabtu", "2025-04-06 hari Minggu",
            "2025-04-07 cuti bersama: Cuti Bersama Hari Raya Idul Fitri",
        ])
    }

    // MARK: - Receipts on non-working days

    @Test func saturdayReceiptGivesTheSameDeadlineAsTheFridayBefore() throws {
        let calendar = try Fixtures.calendar()
        for (saturday, friday) in [("2024-01-06", "2024-01-05"), ("2024-06-08", "2024-06-07"), ("2026-10-03", "2026-10-02")] {
            for n in [1, 5, 10, 20] {
                #expect(try calendar.deadline(receivedOn: saturday.date, workingDays: n).date
                        == calendar.deadline(receivedOn: friday.date, workingDays: n).date)
            }
        }
        #expect(try calendar.deadline(receivedOn: "2024-01-06".date, workingDays: 5).date == "2024-01-12".date)
    }

    @Test func receiptOnANationalHoliday() throws {
        // Thursday 2024-05-09 Kenaikan, Friday cuti bersama, weekend: Monday 13 May is day 1.
        let calendar = try Fixtures.calendar()
        #expect(try calendar.deadline(receivedOn: "2024-05-09".date, workingDays: 5).date == "2024-05-17".date)
        #expect(try calendar.deadline(receivedOn: "2024-05-09".date, workingDays: 1).date == "2024-05-13".date)
        // Pemilu 14 Feb 2024 (Wednesday): counting starts Thursday 15.
        #expect(try calendar.deadline(receivedOn: "2024-02-14".date, workingDays: 5).date == "2024-02-21".date)
    }

    @Test func receiptInsideTheCutiBersamaBlock() throws {
        // Idul Fitri 2024: 8-9 Apr cuti, 10-11 holiday, 12 and 15 cuti. Received Tuesday 9 April.
        let libur = try Fixtures.calendar()
        #expect(try libur.deadline(receivedOn: "2024-04-09".date, workingDays: 5).date == "2024-04-22".date)
        #expect(try libur.deadline(receivedOn: "2024-04-09".date, workingDays: 1).date == "2024-04-16".date)
        let kerja = try Fixtures.calendar(cutiBersama: .kerja)
        // 12 Apr (Fri) and 15 Apr (Mon) count as working: 12, 15, 16, 17, 18.
        #expect(try kerja.deadline(receivedOn: "2024-04-09".date, workingDays: 5).date == "2024-04-18".date)
        #expect(try kerja.status(of: "2024-04-09".date).isWorkingDay)
        #expect(try !kerja.status(of: "2024-04-10".date).isWorkingDay)
    }

    @Test func aDeadlineIsAlwaysAWorkingDay() throws {
        let calendar = try Fixtures.calendar()
        var day = "2024-01-01".date
        while day <= "2024-12-31".date {
            let deadline = try calendar.deadline(receivedOn: day, workingDays: 3)
            #expect(try calendar.isWorkingDay(deadline.date))
            #expect(try calendar.workingDays(after: day, through: deadline.date) == 3)
            day = day.adding(days: 1)
        }
    }

    // MARK: - Status of one day

    @Test("status of one date", arguments: [
        ("2024-01-11", true, ""),
        ("2024-02-14", false, "libur nasional: Hari Pemilihan Umum"),
        ("2024-02-10", false, "hari Sabtu; libur nasional: Tahun Baru Imlek"),
        ("2024-02-09", false, "cuti bersama: Cuti Bersama Tahun Baru Imlek"),
        ("2021-05-13", false, "libur nasional: Hari Raya Idul Fitri; libur nasional: Kenaikan Yesus Kristus"),
        ("2024-01-07", false, "hari Minggu"),
    ])
    func status(text: String, working: Bool, reasons: String) throws {
        let status = try Fixtures.calendar().status(of: text.date)
        #expect(status.isWorkingDay == working)
        #expect(status.reasonText == reasons)
    }

    @Test func cutiBersamaCountedAsWorkingIsNoted() throws {
        let status = try Fixtures.calendar(cutiBersama: .kerja).status(of: "2024-02-09".date)
        #expect(status.isWorkingDay)
        #expect(status.cutiBersamaCountedAsWorking == ["Cuti Bersama Tahun Baru Imlek"])
        #expect(status.description.contains("cuti bersama dihitung hari kerja"))
    }

    // MARK: - Settings

    @Test func saturdayWorkingWeek() throws {
        let week: Set<Weekday> = [.senin, .selasa, .rabu, .kamis, .jumat, .sabtu]
        let calendar = try Fixtures.calendar(week: week)
        // Thu 4 Jan 2024: Fri 5, Sat 6, Mon 8, Tue 9, Wed 10.
        #expect(try calendar.deadline(receivedOn: "2024-01-04".date, workingDays: 5).date == "2024-01-10".date)
        #expect(try calendar.isWorkingDay("2024-01-06".date))
        #expect(try !calendar.isWorkingDay("2024-02-10".date)) // Imlek on a Saturday stays a holiday
    }

    @Test func emptyWorkingWeekIsRefused() {
        let error = #expect(throws: PembinaanError.self) { try Fixtures.calendar(week: []) }
        #expect(error?.code == .invalidArgument)
    }

    @Test func extraNonWorkingDaysAreSkippedWithTheirName() throws {
        let calendar = try Fixtures.calendar(extra: ["2024-01-08".date: "Hari Jadi Provinsi"])
        let deadline = try calendar.deadline(receivedOn: "2024-01-04".date, workingDays: 5)
        #expect(deadline.date == "2024-01-12".date)
        #expect(deadline.skipped.map(\.reasonText).contains("hari libur tambahan: Hari Jadi Provinsi"))
    }

    // MARK: - Conventions

    @Test("conventions A, B and C", arguments: [
        // Working-day receipt: A = B, C one working day earlier.
        ("2024-01-04", DeadlineConvention.a, "2024-01-11"),
        ("2024-01-04", .b, "2024-01-11"),
        ("2024-01-04", .c, "2024-01-10"),
        // Saturday Imlek receipt: B deems it received Monday 12 Feb, so one more day.
        ("2024-02-10", .a, "2024-02-19"),
        ("2024-02-10", .b, "2024-02-20"),
        ("2024-02-10", .c, "2024-02-19"),
        // Friday before Nyepi 2025 (C: the Friday is day 1).
        ("2025-03-21", .c, "2025-03-27"),
        ("2025-03-28", .b, "2025-04-15"),
        ("2025-03-28", .a, "2025-04-14"),
    ])
    func conventions(receipt: String, convention: DeadlineConvention, expected: String) throws {
        let deadline = try Fixtures.calendar().deadline(receivedOn: receipt.date, workingDays: 5, convention: convention)
        #expect(deadline.date == expected.date)
    }

    @Test func conventionBTraceNamesTheDeemedReceipt() throws {
        let deadline = try Fixtures.calendar().deadline(receivedOn: "2024-02-10".date, workingDays: 1, convention: .b)
        #expect(deadline.trace.map(\.role) == [.receipt, .skipped, .deemedReceipt, .counted(1)])
        #expect(deadline.trace.map(\.status.date.description) == ["2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13"])
        #expect(deadline.date == "2024-02-13".date)
    }

    @Test func conventionCCanEndOnTheReceiptDay() throws {
        let deadline = try Fixtures.calendar().deadline(receivedOn: "2024-01-04".date, workingDays: 1, convention: .c)
        #expect(deadline.date == "2024-01-04".date)
        #expect(deadline.trace.map(\.role) == [.counted(1)])
    }

    // MARK: - Counting between dates

    @Test("working days between two dates", arguments: [
        ("2024-01-04", "2024-01-11", 5), ("2025-03-21", "2025-04-08", 5), ("2024-01-11", "2024-01-04", -5),
        ("2024-01-04", "2024-01-04", 0), ("2024-12-24", "2025-01-06", 6), ("2024-02-10", "2024-02-11", 0),
    ])
    func between(start: String, end: String, expected: Int) throws {
        #expect(try Fixtures.calendar().workingDays(after: start.date, through: end.date) == expected)
    }

    @Test func periodCrossingTheYearNamesBothVersions() throws {
        let deadline = try Fixtures.calendar().deadline(receivedOn: "2024-12-20".date, workingDays: 10)
        #expect(deadline.date == "2025-01-08".date)
        #expect(deadline.calendarVersion == "2024.1+2025.1")
    }

    // MARK: - Outside the calendar

    @Test("dates outside 2020–2027 are refused", arguments: ["2019-12-31", "2028-01-03", "1999-06-01"])
    func outsideCalendar(text: String) throws {
        let calendar = try Fixtures.calendar()
        let error = #expect(throws: PembinaanError.self) { try calendar.deadline(receivedOn: text.date, workingDays: 5) }
        #expect(error?.code == .notCovered)
        #expect(error?.message.contains("no holiday calendar for \(text.prefix(4))") == true)
        #expect(throws: PembinaanError.self) { try calendar.status(of: text.date) }
    }

    @Test func aDeadlineRunningPastTheCalendarIsRefused() throws {
        let error = #expect(throws: PembinaanError.self) {
            try Fixtures.calendar().deadline(receivedOn: "2027-12-27".date, workingDays: 5)
        }
        #expect(error?.code == .notCovered)
        #expect(error?.date == "2028-01-01".date)
        #expect(error?.message.contains("runs past the holiday calendar (2020–2027)") == true)
    }

    @Test("a period must be at least one day", arguments: [0, -3])
    func nonPositivePeriod(n: Int) {
        let error = #expect(throws: PembinaanError.self) {
            try Fixtures.calendar().deadline(receivedOn: "2024-01-04".date, workingDays: n)
        }
        #expect(error?.code == .invalidArgument)
    }
}
