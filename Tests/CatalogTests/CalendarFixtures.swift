import Foundation

/// Paths in the package, found from this file, and scratch folders for broken calendars.
enum CalendarFixtures {
    /// The package root: three levels above this file (Tests/CatalogTests/CalendarFixtures.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var calendarDirectory: String { packageRoot + "/Standards/kalender" }
    static var schemaPath: String { packageRoot + "/Standards/schema/kalender.xsd" }

    /// A fresh folder holding the given `YYYY.xml` files (name → contents).
    static func scratchCalendar(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("patuh-kalender-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A calendar file for `year` with the given `<hari>` lines.
    static func yearFile(_ year: String, version: String? = nil, days: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <kalender xmlns="urn:patuh:kalender:1" tahun="\(year)" versi="\(version ?? year + ".1")">
          <dasarHukum>SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun \(year)</dasarHukum>
        \(days.map { "  " + $0 }.joined(separator: "\n"))
        </kalender>
        """
    }
}
