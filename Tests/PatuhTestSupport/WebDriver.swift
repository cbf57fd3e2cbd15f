#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The one WebDriver client of the browser tests: Debian's `chromium` driven through
/// `chromedriver`'s WebDriver HTTP API, every command sent with curl (Foundation's URLSession
/// stalls on chromedriver's answers on Linux).
public struct WebDriver: Sendable {
    public static let chromedriver = "/usr/bin/chromedriver"
    public static let chromium = "/usr/bin/chromium"
    static let element = "element-6066-11e4-a52e-4f735466cecf"

    /// Whether chromium, chromedriver and curl are installed (browser tests skip otherwise).
    public static var available: Bool {
        [chromedriver, chromium, "/usr/bin/curl"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A failed WebDriver command or an element not found.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ text: String) { description = text }
    }

    let base: String
    let session: String

    /// One WebDriver command.
    public static func call(_ method: String, _ url: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        var arguments = ["-s", "--max-time", "120", "-X", method, url]
        if let body {
            let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
            arguments += ["-H", "Content-Type: application/json", "--data-binary", json]
        }
        let result = try PatuhRunner.program("/usr/bin/curl", arguments)
        guard result.status == 0 else { throw Failure("curl \(method) \(url): exit \(result.status)") }
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        if let value = object["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure("webdriver \(method) \(url): \(error): \(value["message"] ?? "")")
        }
        return object
    }

    /// A headless Chromium session of a laptop's size (1366 wide) on the chromedriver at `base`.
    public static func start(base: String, height: Int = 900) async throws -> WebDriver {
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": chromium,
                                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,\(height)",
                                            "--disable-dev-shm-usage", "--lang=id"]],
        ]]]
        let created = try await call("POST", base + "/session", capabilities)
        guard let value = created["value"] as? [String: Any], let session = value["sessionId"] as? String else {
            throw Failure("webdriver: no session in \(created)")
        }
        return WebDriver(base: base, session: session)
    }

    /// Starts chromedriver on a random port (its log in `logFolder`) and waits until it is ready.
    /// The caller ends it with ``stopDriver(_:)``.
    public static func launchDriver(logFolder: String) async throws -> (process: Process, base: String) {
        let port = Int.random(in: 20000...40000)
        let process = try PatuhRunner.startProgram(chromedriver, ["--port=\(port)", "--log-path=\(logFolder)/chromedriver.log"])
        let base = "http://127.0.0.1:\(port)"
        for _ in 0..<100 {
            if ((try? await call("GET", base + "/status"))?["value"] as? [String: Any])?["ready"] as? Bool == true {
                return (process, base)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        stopDriver(process)
        throw Failure("chromedriver did not start")
    }

    /// chromedriver does not stop on SIGTERM: SIGKILL (the browser was closed by ``quit()``).
    public static func stopDriver(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var url: String { base + "/session/" + session }

    public func open(_ address: String) async throws { _ = try await Self.call("POST", url + "/url", ["url": address]) }

    public func find(_ css: String) async throws -> String {
        let found = try await Self.call("POST", url + "/element", ["using": "css selector", "value": css])
        guard let id = (found["value"] as? [String: Any])?[Self.element] as? String else { throw Failure("no element \(css)") }
        return id
    }

    /// Types `text` into the element (for a file input: the file's path).
    public func type(_ css: String, _ text: String) async throws {
        _ = try await Self.call("POST", url + "/element/\(try await find(css))/value", ["text": text])
    }

    /// Empties a text field.
    public func clear(_ css: String) async throws {
        _ = try await Self.call("POST", url + "/element/\(try await find(css))/clear", [:])
    }

    public func click(_ css: String) async throws {
        _ = try await Self.call("POST", url + "/element/\(try await find(css))/click", [:])
    }

    public func select(_ css: String, value: String) async throws {
        try await click("\(css) option[value='\(value)']")
    }

    /// The `value` property of a form field.
    public func value(_ css: String) async throws -> String {
        try await Self.call("GET", url + "/element/\(try await find(css))/property/value")["value"] as? String ?? ""
    }

    public func source() async throws -> String { try await Self.call("GET", url + "/source")["value"] as? String ?? "" }
    /// The page source once it contains `text`: a click's navigation may still be loading when
    /// the click returns. After `seconds` without it, the last source (for the caller's assertion).
    public func source(containing text: String, seconds: Double = 60) async throws -> String {
        let end = Date().addingTimeInterval(seconds)
        var page = try await source()
        while !page.contains(text) && Date() < end {
            try await Task.sleep(nanoseconds: 100_000_000)
            page = try await source()
        }
        return page
    }
    public func currentURL() async throws -> String { try await Self.call("GET", url + "/url")["value"] as? String ?? "" }

    public func screenshot(_ path: String) async throws {
        guard let value = try await Self.call("GET", url + "/screenshot")["value"] as? String, let data = Data(base64Encoded: value) else {
            throw Failure("no screenshot")
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    public func quit() async { _ = try? await Self.call("DELETE", url) }
}
