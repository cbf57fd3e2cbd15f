public import Hummingbird
import HTTPTypes

/// Headers every response carries: a content security policy without any script, no framing,
/// no MIME sniffing, no referrer to other sites; and a POST whose `Origin` is another site is
/// refused before anything reads it (the CSRF token is checked too, by ``FormReader``).
public struct SecurityHeadersMiddleware: RouterMiddleware {
    public typealias Context = WebContext

    /// No script from anywhere; styles from this site (reports keep their inline stylesheet).
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    public init() {}

    public func handle(_ request: Request, context: WebContext,
                       next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if request.method == .post, let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard !host.isEmpty, ["http://" + host, "https://" + host].contains(origin) else {
                throw WebError(.forbidden, "web.error.csrf")
            }
        }
        var response = try await next(request, context)
        Self.apply(to: &response.headers)
        return response
    }

    /// Adds the security headers to `headers`.
    public static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
