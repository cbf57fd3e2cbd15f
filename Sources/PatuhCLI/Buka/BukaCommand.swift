import ArgumentParser
import Core
import Foundation
import LocalWeb
import Paket
import Server
import WebSupport
import Workspace

/// `patuh buka [WORKSPACE] [--alamat HOST:PORT] [--tanpa-peramban]`: the Kepala LPSE's local web
/// interface over one workspace.
struct BukaCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "buka",
        abstract: "Open the workspace in a local web interface: fill the penilaian mandiri, file evidence, run the report, send the paket.",
        discussion: """
        Serves pages for one workspace on this computer only (127.0.0.1, a free port unless --alamat), \
        and prints the address with a secret token made for this run: the first visit with the token \
        gets a session cookie, every request without one is refused. Opens the browser when there is \
        a display (DISPLAY or WAYLAND_DISPLAY), unless --tanpa-peramban. Stops on Ctrl-C or SIGTERM.

        Every save goes through the same checks as the CLI (XSD, catalog, policy), is written \
        atomically, and is refused with the difference when the file changed on disk since the page \
        was loaded.

        Examples:
          patuh buka
          patuh buka path/to/workspace --alamat 127.0.0.1:8765 --tanpa-peramban
        """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(name: .customLong("alamat"), help: "Address to listen on, a loopback address only (default 127.0.0.1:0, a free port).")
    var address: String = "127.0.0.1:0"
    @Flag(name: .customLong("tanpa-peramban"), help: "Do not open a browser.")
    var noBrowser = false
    @Option(help: ArgumentHelp("The penilaian mandiri, relative to the workspace.", valueName: "file"))
    var penilaian: String = "Evidence/penilaian-mandiri.xml"
    @Option(help: "Language of the messages and of the first page: id (Indonesian) or en (English).")
    var lang: Language = .id
    @OptionGroup var now: NowOption
    var language: Language { lang }

    func run() throws {
        guard let (host, port) = WebServer.parseAddress(address) else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "buka.address.invalid", ["value": address])
        }
        // Anyone who can reach the port could try the token: only this computer may.
        guard LocalApp.isLoopback(host: host) else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "buka.address.notLoopback", ["host": host])
        }
        let opened = try workspace.open(now)
        try opened.requireFolder()
        _ = try opened.profile()
        let token = Tokens.random()
        var pdf: (@Sendable (String) throws -> Data)?
        if let converter = try? PDFConverter.locate() {
            pdf = { @Sendable html in try converter.pdf(html: html) }
        }
        let app = try LocalApp(workspace: opened, options: LocalOptions(token: token, answerFile: penilaian, keyStore: KeyStore.standard(),
                                                                        pdf: pdf))
        try app.prepare()
        let logger = ServerRuntime.logger()
        let language = lang
        let root = opened.root
        let browser = !noBrowser && ["DISPLAY", "WAYLAND_DISPLAY"].contains { !(ProcessInfo.processInfo.environment[$0] ?? "").isEmpty }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let launcher = BrowserLauncher()
        defer { launcher.cleanUp() }
        try ServerCLI.block {
            try await WebServer.run(router: app.router(), host: host, port: port, logger: logger) { bound in
                let url = "http://\(shownHost):\(bound)/?token=\(token)\(language == .en ? "&lang=en" : "")"
                let words = Messages(language)
                Console.out(words.text("buka.out.running", ["root": root]))
                Console.out("  " + url)
                Console.out(words.text("buka.out.stop"))
                if browser, let failure = launcher.open(url) {
                    Console.error(words.text("buka.out.browserFailed", ["detail": failure]))
                }
            }
        }
    }
}

/// Opens the browser with `xdg-open` on a private redirect file (mode 0600), so the token never
/// appears in a process's arguments where other users of the computer could read it.
final class BrowserLauncher: @unchecked Sendable {
    private var file: String?

    /// Opens `url`; returns why not, or nil.
    func open(_ url: String) -> String? {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("patuh-buka-\(ProcessInfo.processInfo.processIdentifier)-\(Tokens.random().prefix(12)).html")
        let escaped = url.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        let html = "<!DOCTYPE html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url=\(escaped)\"><title>Patuh</title><a href=\"\(escaped)\">Patuh</a>\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(html.utf8), attributes: [.posixPermissions: 0o600]) else {
            return path
        }
        file = path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "xdg-open: \(error.localizedDescription)" }
        return nil
    }

    /// Removes the redirect file.
    func cleanUp() {
        if let file { try? FileManager.default.removeItem(atPath: file) }
    }
}
