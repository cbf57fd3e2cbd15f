public import Hummingbird
import HTTPTypes

/// A refusal the web layer shows as an error page (or a JSON error under `/api/`): an HTTP status
/// and a message from the catalog.
public struct WebError: Error, Sendable {
    public var status: HTTPResponse.Status
    /// The message key (`web.error.*` or any catalog key) and its values.
    public var key: String
    public var values: [String: String]
    /// Extra lines already in the visitor's language (e.g. why a paket was refused).
    public var detail: [String]

    public init(_ status: HTTPResponse.Status, _ key: String, _ values: [String: String] = [:], detail: [String] = []) {
        self.status = status
        self.key = key
        self.values = values
        self.detail = detail
    }

    /// Where to send the visitor instead of an error page (a 303 redirect), e.g. to the login page.
    public var location: String?

    public static let notFound = WebError(.notFound, "web.error.notFound")

    /// A redirect (303 See Other) to `location`.
    public static func redirect(_ location: String) -> WebError {
        var error = WebError(.seeOther, "web.error.redirect")
        error.location = location
        return error
    }
}
