public import Core
import EvidenceRegistry
import Foundation
public import Hummingbird
import HTTPTypes
import Logging
import NIOCore
public import Paket
import Reporting
import WebSupport
public import Workspace

/// What `patuh buka` gives its pages besides the workspace.
public struct LocalOptions: Sendable {
    /// The secret of this run: the first request carrying it as `?token=` gets a session.
    public var token: String
    /// The penilaian mandiri the pages edit and score, relative to the workspace.
    public var answerFile: String
    /// Where the LPSE's private keys are (the Kirim page signs with one of them).
    public var keyStore: KeyStore
    /// Turns a report's HTML into PDF bytes; nil when no converter is installed.
    public var pdf: (@Sendable (String) throws -> Data)?
    /// The largest document an upload may carry.
    public var uploadLimit: Int64

    public init(token: String, answerFile: String = "Evidence/penilaian-mandiri.xml", keyStore: KeyStore,
                pdf: (@Sendable (String) throws -> Data)? = nil, uploadLimit: Int64 = Int64(PatuhWorkspace.uploadLimit)) {
        self.token = token
        self.answerFile = answerFile
        self.keyStore = keyStore
        self.pdf = pdf
        self.uploadLimit = uploadLimit
    }
}

/// The sessions of a local interface: in memory, for this run only; each is created by the
/// secret token and identified by the hash of a new random cookie value.
final class LocalSessions: SessionBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [String: WebSession] = [:]
    let lifetime: Int64

    init(lifetime: Int64) { self.lifetime = lifetime }

    /// A new session: the cookie's token and the session (with its CSRF token).
    func open(at now: Instant) -> (token: String, session: WebSession) {
        let token = Tokens.random()
        let session = WebSession(tokenHash: Tokens.sha256(token), csrfToken: Tokens.random(), userId: nil,
                                 expiresAt: now.adding(seconds: lifetime))
        lock.withLock { sessions[session.tokenHash] = session }
        return (token, session)
    }

    func session(tokenHash: String, at now: Instant) async throws -> WebSession? {
        lock.withLock {
            guard let session = sessions[tokenHash] else { return nil }
            guard now < session.expiresAt else {
                sessions[tokenHash] = nil
                return nil
            }
            return session
        }
    }
}

/// The Kepala LPSE's local web interface over one workspace (`patuh buka`): every page parses
/// its input, calls the workspace's use cases (one at a time) and renders.
public struct LocalApp: Sendable {
    public let workspace: PatuhWorkspace
    public let options: LocalOptions
    let renderer: PageRenderer
    let sessions: LocalSessions
    let cookies: SessionCookies
    let serial = Serial()

    public init(workspace: PatuhWorkspace, options: LocalOptions) throws {
        self.workspace = workspace
        self.options = options
        renderer = try PageRenderer(templates: LocalTemplates.all)
        cookies = SessionCookies(secure: false, lifetime: 12 * 3600)
        sessions = LocalSessions(lifetime: cookies.lifetime)
    }

    /// Where uploads wait between choosing the file and confirming its name: `.patuh/unggah/`
    /// inside the workspace, emptied when the interface starts.
    public var uploadFolder: String { (workspace.root as NSString).appendingPathComponent(".patuh/unggah") }

    /// Creates (or empties) the upload folder.
    public func prepare() throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: uploadFolder) {
            for name in (try? manager.contentsOfDirectory(atPath: uploadFolder)) ?? [] where name.hasPrefix("unggah-") {
                try? manager.removeItem(atPath: (uploadFolder as NSString).appendingPathComponent(name))
            }
        } else {
            try manager.createDirectory(atPath: uploadFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
    }

    /// The router with every route and middleware.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: ErrorPageMiddleware(renderer: renderer) { request, _ in
            PageChrome(language: request.language, path: request.uri.path, siteName: "Patuh")
        })
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(backend: sessions, clock: workspace.clock))
        router.add(middleware: LocalAccess(token: options.token, sessions: sessions, cookies: cookies, clock: workspace.clock))
        let workspace = self.workspace
        WebServer.addCommonRoutes(to: router) { _ = try workspace.catalog() }
        LocalPages(app: self).register(on: router)
        return router
    }

    // MARK: - Shared by the pages

    /// Runs a use case, one at a time (the workspace's files and database are written by one
    /// request at a time), turning a refusal into an error page with its lines.
    func call<T>(_ language: Language, _ body: () throws(WorkspaceError) -> T) throws -> T {
        do {
            return try serial.run(body)
        } catch {
            throw Self.webError(error, language)
        }
    }

    static func webError(_ error: WorkspaceError, _ language: Language) -> WebError {
        let status: HTTPResponse.Status = switch error.kind {
        case .invalidInput: .badRequest
        case .notFound: .notFound
        case .refused: .unprocessableContent
        case .busy: .serviceUnavailable
        case .corrupt, .unavailable: .internalServerError
        }
        return WebError(status, "buka.refused", detail: error.lines(language))
    }

    /// The navigation and session parts of a page.
    func chrome(_ request: Request, _ context: WebContext, current: String) -> PageChrome {
        let words = Core.Messages(context.language)
        let nav = [
            NavLink(href: "/", label: words.text("buka.nav.ringkasan"), current: current == "ringkasan"),
            NavLink(href: "/standar", label: words.text("buka.nav.standar"), current: current == "standar"),
            NavLink(href: "/laporan", label: words.text("buka.nav.laporan"), current: current == "laporan"),
            NavLink(href: "/kirim", label: words.text("buka.nav.kirim"), current: current == "kirim"),
        ]
        var query = request.uri.queryParameters.filter { $0.key != "lang" }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        if !query.isEmpty { query = "?" + query }
        let name = (try? serial.run { () throws(WorkspaceError) in try workspace.profile().name }) ?? ""
        return PageChrome(language: context.language, nav: nav, userLabel: name.isEmpty ? nil : name, csrf: context.session?.csrfToken,
                          path: request.uri.path + query, siteName: "Patuh")
    }

    /// Reads a form of the session, its CSRF token checked; files go to the upload folder.
    func form(_ request: Request, _ context: WebContext, files: Int = 0) async throws -> FormData {
        try await FormReader.read(request, csrf: context.session?.csrfToken ?? Tokens.random(),
                                  limits: FormLimits(fileBytes: options.uploadLimit, files: files),
                                  temporaryDirectory: uploadFolder)
    }
}

/// One use case at a time.
final class Serial: @unchecked Sendable {
    private let lock = NSLock()

    func run<T>(_ body: () throws(WorkspaceError) -> T) throws(WorkspaceError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// The door of the local interface: only this machine's loopback names as `Host` (no DNS
/// rebinding), the secret token exchanged for a session cookie (then a redirect to the clean
/// address), every other request without a session refused with 403, and a POST refused when
/// the browser says it comes from another site.
struct LocalAccess: RouterMiddleware {
    typealias Context = WebContext
    let token: String
    let sessions: LocalSessions
    let cookies: SessionCookies
    let clock: Clock

    static let open: Set<String> = ["/healthz", PageRenderer.stylesheetPath]

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if let authority = request.head.authority, !Self.isLoopback(authority: authority) {
            throw WebError(.forbidden, "buka.error.host")
        }
        if Self.open.contains(request.uri.path) { return try await next(request, context) }
        if let given = request.uri.queryParameters["token"].map(String.init) {
            guard request.method == .get, Tokens.constantTimeEqual(given, token) else {
                throw WebError(.forbidden, "buka.error.token")
            }
            let (value, _) = sessions.open(at: clock.now())
            let rest = request.uri.queryParameters.filter { $0.key != "token" }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
            var response = Response(status: .seeOther, headers: [.location: request.uri.path + (rest.isEmpty ? "" : "?" + rest)])
            response.setCookie(cookies.cookie(token: value))
            return response
        }
        guard context.session != nil else { throw WebError(.forbidden, "buka.error.noSession") }
        if request.method == .post, let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], !["same-origin", "none"].contains(site) {
            throw WebError(.forbidden, "web.error.csrf")
        }
        return try await next(request, context)
    }

    /// Whether `authority` (`host[:port]`) names this machine's loopback.
    static func isLoopback(authority: String) -> Bool {
        var host = authority
        if host.hasPrefix("[") {
            host = String(host.dropFirst().prefix { $0 != "]" })
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return isLoopback(host: host)
    }

    /// Whether `host` is `localhost`, `::1` or in 127.0.0.0/8.
    static func isLoopback(host: String) -> Bool {
        let lower = host.lowercased()
        if lower == "localhost" || lower == "::1" { return true }
        let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}

extension LocalApp {
    /// Whether `host` (as given to `--alamat`) is a loopback address the interface may listen on.
    public static func isLoopback(host: String) -> Bool { LocalAccess.isLoopback(host: host) }
}
