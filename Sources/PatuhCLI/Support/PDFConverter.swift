import Core
import Foundation

/// Turns an HTML report into PDF with an external tool found on PATH: WeasyPrint if present,
/// else a headless Chromium. The PDF is written atomically; nothing is left half-written.
struct PDFConverter {
    enum Tool: Equatable {
        case weasyprint(String)
        case chromium(String)
    }

    let tool: Tool

    /// Finds a converter on `PATH`, or fails with a message that says what to install.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFConverter {
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            path.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let weasyprint = find("weasyprint") { return PDFConverter(tool: .weasyprint(weasyprint)) }
        for name in ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"] {
            if let chromium = find(name) { return PDFConverter(tool: .chromium(chromium)) }
        }
        throw LocalizedFailure(status: ExitStatus.invalidInput) { language in
            let messages = Messages(language)
            return [messages.text("support.pdf.missing"), messages.text("support.pdf.install")]
        }
    }

    /// `PATUH_PDF_TUNGGU`: how many seconds a converter may run (default 600).
    static func timeLimit(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Double {
        guard let text = environment["PATUH_PDF_TUNGGU"], !text.isEmpty else { return 600 }
        guard let value = Double(text), value > 0, value.isFinite else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "hardening.pdf.timeInvalid", ["value": text])
        }
        return value
    }

    static func shown(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// Converts `html` to a PDF at `output`.
    func convert(html: String, to output: OutputFile) throws {
        try output.write(try pdf(html: html))
    }

    /// Converts `html` to PDF bytes (in a scratch folder that is removed afterwards).
    func pdf(html: String) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("patuh-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("report.html")
        let pdf = scratch.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: input)

        let (executable, arguments): (String, [String]) = switch tool {
        case .weasyprint(let path):
            (path, ["--quiet", input.path, pdf.path])
        case .chromium(let path):
            (path, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
                    "--print-to-pdf=\(pdf.path)", input.absoluteString])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // stderr goes to a file, not a pipe: a converter's children cannot keep Patuh reading.
        let errorsFile = scratch.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorsFile)
        defer { try? errors.close() }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "0"
        process.environment = environment
        let limit = try Self.timeLimit()
        try process.run()
        // A hung converter is stopped after PATUH_PDF_TUNGGU seconds (default 600): SIGTERM, then SIGKILL.
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            let grace = Date().addingTimeInterval(5)
            while process.isRunning && Date() < grace { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw LocalizedFailure(status: ExitStatus.internalError, "hardening.pdf.timeout",
                                   ["tool": (executable as NSString).lastPathComponent, "seconds": Self.shown(limit)])
        }
        process.waitUntilExit()
        let message = (try? Data(contentsOf: errorsFile)) ?? Data()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: pdf), !data.isEmpty else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " / ")
            throw LocalizedFailure(status: ExitStatus.internalError, "support.pdf.failed",
                                   ["tool": (executable as NSString).lastPathComponent,
                                    "status": String(process.terminationStatus), "detail": detail])
        }
        return data
    }
}
