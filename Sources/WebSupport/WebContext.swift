public import Core
public import Hummingbird
import NIOCore

/// A signed-in visitor's session as the web layer sees it: the hash of the cookie's token (the
/// token itself is never stored), the CSRF token of its forms, and whom it belongs to.
public struct WebSession: Sendable, Hashable {
    public var tokenHash: String
    public var csrfToken: String
    /// The account (server) or nil (a local interface's single user).
    public var userId: Int64?
    public var expiresAt: Instant

    public init(tokenHash: String, csrfToken: String, userId: Int64?, expiresAt: Instant) {
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.userId = userId
        self.expiresAt = expiresAt
    }
}

/// The request context of every Patuh web front end: the peer's address, the page language
/// (`?lang=en`, Indonesian by default) and the session the session middleware found.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address (empty when unknown, as in router tests).
    public var remoteAddress: String
    public var language: Language
    public var session: WebSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? ""
        language = .id
        session = nil
    }

    /// Uploads are streamed by ``FormReader`` with their own limits; this caps any other body
    /// Hummingbird collects (JSON, url-encoded forms).
    public var maxUploadSize: Int { FormLimits.default.fields }
}

extension Request {
    /// The language the visitor asked for with `?lang=en`; Indonesian otherwise.
    public var language: Language {
        uri.queryParameters["lang"].map(String.init) == "en" ? .en : .id
    }
}
