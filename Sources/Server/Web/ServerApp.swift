public import Core
import Foundation
public import Hummingbird
import HummingbirdBcrypt
import Logging
import NIOCore
public import Portfolio
import WebSupport
import Workspace

/// Options of the web application.
public struct ServerOptions: Sendable {
    /// Mark cookies `Secure` (TLS in front, `--https-only`).
    public var secureCookies: Bool
    /// The largest paket accepted by upload.
    public var uploadLimit: Int64

    public init(secureCookies: Bool = false, uploadLimit: Int64 = 512 * 1024 * 1024) {
        self.secureCookies = secureCookies
        self.uploadLimit = uploadLimit
    }
}

/// A portfolio database that cannot be reached (PostgreSQL restarting, a connection refused)
/// answers 503 with a page saying so, not 500: the request may be retried, and the server keeps
/// running and reconnects when the database is back.
struct StoreUnavailableMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PortfolioError where error.kind == .unavailable {
            context.logger.warning("portfolio database unavailable", metadata: ["error": "\(error.detail)", "path": "\(request.uri.path)"])
            throw WebError(.serviceUnavailable, "web.error.unavailable")
        }
    }
}

/// The session backend of the server: the portfolio store.
struct StoreSessions: SessionBackend {
    let store: any PortfolioStore

    func session(tokenHash: String, at now: Instant) async throws -> WebSession? {
        let found = try await store.session(tokenHash: tokenHash, at: now)
        guard let record = found else { return nil }
        return WebSession(tokenHash: record.tokenHash, csrfToken: record.csrfToken, userId: record.userId, expiresAt: record.expiresAt)
    }
}

/// LKPP's web application: the pages, the JSON API, and what every response shares.
public struct ServerApp: Sendable {
    public let service: LKPPService
    public let options: ServerOptions
    let renderer: PageRenderer
    let cookies: SessionCookies
    /// Built page contents kept under ``LKPPService/contentStamp()``.
    public let pages: PageCache

    public init(service: LKPPService, options: ServerOptions = ServerOptions()) throws {
        self.service = service
        self.options = options
        renderer = try PageRenderer(templates: PageTemplates.all)
        cookies = SessionCookies(secure: options.secureCookies, lifetime: LKPPService.sessionLifetime)
        pages = PageCache()
    }

    /// The router with every route and middleware.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        let renderer = self.renderer
        // Outermost: every failure below (a forged Origin included) becomes a page or JSON error.
        router.add(middleware: ErrorPageMiddleware(renderer: renderer) { request, _ in
            PageChrome(language: request.language, path: request.uri.path, siteName: "Patuh — LKPP")
        })
        router.add(middleware: StoreUnavailableMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(backend: StoreSessions(store: service.store), clock: service.clock))
        router.add(middleware: APIMethods())
        let store = service.store
        WebServer.addCommonRoutes(to: router) { _ = try await store.lpse("") }
        Pages(app: self).register(on: router)
        API(app: self).register(on: router)
        return router
    }

    // MARK: - Shared by pages and API

    /// The signed-in account of the request; a page without one redirects to the login page,
    /// the API answers 401.
    func user(_ request: Request, _ context: WebContext) async throws -> UserAccount {
        if let userId = context.session?.userId {
            let user = try await service.store.user(id: userId)
            if let user, user.active { return user }
        }
        if request.uri.path.hasPrefix("/api/") {
            if let user = try await basicUser(request, context) { return user }
            throw WebError(.unauthorized, "web.error.unauthorized")
        }
        let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let lang = context.language == .en ? "&lang=en" : ""
        throw WebError.redirect("/masuk?kembali=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/") + lang)
    }

    /// The title and `<main>` of page `name` for this request, kept and served again while the data it
    /// was built from is unchanged (``LKPPService/contentStamp()``). The key holds everything
    /// else it depends on: the path and query, the language, what `user` may see (all LPSEs, or
    /// one LPSE's) and `extra`; so two viewers with the same scope share it, and no other does.
    func cachedContent(_ name: String, _ request: Request, _ context: WebContext, user: UserAccount, extra: String = "",
                       build: @escaping @Sendable () async throws -> PageCache.Kept) async throws -> PageCache.Kept {
        let stamp = try await guarded(context.language) { try await service.contentStamp() }
        let scope = user.role == .lpse ? "lpse:" + (user.lpseId ?? "") : "semua"
        let key = [name, context.language.rawValue, scope, request.uri.path, request.uri.query ?? "", extra].joined(separator: "\u{1F}")
        return try await pages.content(key, stamp: stamp, build: build)
    }

    /// HTTP Basic credentials (API clients), throttled like the login form.
    func basicUser(_ request: Request, _ context: WebContext) async throws -> UserAccount? {
        guard let header = request.headers[.authorization], header.hasPrefix("Basic "),
              let data = Data(base64Encoded: String(header.dropFirst(6))), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":") else { return nil }
        let username = String(text[..<colon]), password = String(text[text.index(after: colon)...])
        let key = username.lowercased() + "|" + context.remoteAddress
        let since = service.now.adding(seconds: -LKPPService.throttleWindow)
        let failures = try await service.store.loginFailures(key: key, since: since)
        if failures >= LKPPService.throttleLimit {
            throw WebError(.tooManyRequests, "web.error.throttled")
        }
        let account = try await service.store.user(named: username)
        guard let user = account, user.active, Bcrypt.verify(password, hash: user.passwordHash) else {
            _ = try await service.store.recordLoginFailure(key: key, at: service.now, since: since)
            throw WebError(.unauthorized, "web.error.unauthorized")
        }
        return user
    }

    /// The web error of a service refusal.
    static func webError(_ error: any Error, language: Language) -> any Error {
        guard let error = error as? ServiceError else { return error }
        switch error {
        case .invalid(let key, let values): return WebError(.badRequest, key, values)
        case .notFound(let key, let values): return WebError(.notFound, key, values)
        case .forbidden: return WebError(.notFound, "web.error.notFound")
        case .refused(let refusal) where refusal.kind == .busy:
            // Another writer holds LKPP's workspace longer than PATUH_TUNGGU: try again later.
            return WebError(.serviceUnavailable, "server.refused", detail: refusal.lines(language))
        case .refused(let refusal): return WebError(.unprocessableContent, "server.refused", detail: refusal.lines(language))
        }
    }

    /// Runs `body`, turning service refusals into web errors.
    func guarded<T>(_ language: Language, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw Self.webError(error, language: language) }
    }

    /// The navigation and session parts of a page.
    func chrome(_ request: Request, _ context: WebContext, user: UserAccount?, current: String) -> PageChrome {
        let words = Core.Messages(context.language)
        var nav: [NavLink] = []
        if let user {
            nav = [NavLink(href: "/portofolio", label: words.text("web.nav.portfolio"), current: current == "portofolio"),
                   NavLink(href: "/tenggat", label: words.text("web.nav.deadlines"), current: current == "tenggat"),
                   NavLink(href: "/sertifikat", label: words.text("web.nav.certificates"), current: current == "sertifikat"),
                   NavLink(href: "/unggah", label: words.text("web.nav.upload"), current: current == "unggah")]
            if user.role == .admin {
                nav.append(NavLink(href: "/pengguna", label: words.text("web.nav.users"), current: current == "pengguna"))
            }
        }
        var query = request.uri.queryParameters.filter { $0.key != "lang" }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        if !query.isEmpty { query = "?" + query }
        let label = user.map { "\($0.displayName) (\(Self.roleLabel($0.role, words)))" }
        return PageChrome(language: context.language, nav: nav, userLabel: label, csrf: context.session?.csrfToken,
                          path: request.uri.path + query, siteName: "Patuh — LKPP", logoutAction: user == nil ? nil : "/keluar")
    }

    static func roleLabel(_ role: UserRole, _ words: Core.Messages) -> String {
        switch role {
        case .admin: words.text("server.role.admin")
        case .asesor: words.text("server.role.asesor")
        case .lpse: words.text("server.role.lpse")
        }
    }

    /// Reads a form of a signed-in session, its CSRF token checked.
    func form(_ request: Request, _ context: WebContext, limits: FormLimits = FormLimits(files: 0)) async throws -> FormData {
        try await FormReader.read(request, csrf: context.session?.csrfToken ?? Tokens.random(), limits: limits,
                                  temporaryDirectory: service.paths.temporary)
    }
}
