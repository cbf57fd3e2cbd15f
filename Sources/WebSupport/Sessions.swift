public import Core
public import Hummingbird

/// Where sessions live: the server's portfolio database, or a local interface's memory.
public protocol SessionBackend: Sendable {
    /// The session whose token hashes to `tokenHash`, if it is still valid at `now`.
    func session(tokenHash: String, at now: Instant) async throws -> WebSession?
}

/// How the session cookie is written.
public struct SessionCookies: Sendable {
    /// The cookie's name.
    public static let name = "patuh_sesi"
    /// Whether to mark cookies `Secure` (served over TLS, or `--https-only` behind a proxy).
    public var secure: Bool
    /// How long a session lasts.
    public var lifetime: Int64

    public init(secure: Bool, lifetime: Int64 = 8 * 3600) {
        self.secure = secure
        self.lifetime = lifetime
    }

    /// The cookie carrying a new session's token: HttpOnly, SameSite=Strict, path `/`.
    public func cookie(token: String) -> Cookie {
        Cookie(name: Self.name, value: token, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The cookie that ends the session in the browser.
    public func expired() -> Cookie {
        Cookie(name: Self.name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

/// Finds the request's session (from the cookie's token, looked up by its hash) and the page
/// language; a request whose cookie names no valid session simply has none.
public struct SessionMiddleware<Backend: SessionBackend>: RouterMiddleware {
    public typealias Context = WebContext
    let backend: Backend
    let clock: Clock

    public init(backend: Backend, clock: Clock) {
        self.backend = backend
        self.clock = clock
    }

    public func handle(_ request: Request, context: WebContext,
                       next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.language = request.language
        if let token = request.cookies[SessionCookies.name]?.value, Tokens.isToken(token) {
            context.session = try await backend.session(tokenHash: Tokens.sha256(token), at: clock.now())
        }
        return try await next(request, context)
    }
}
