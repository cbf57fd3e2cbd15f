import Core
public import Hummingbird
import Logging
import NIOCore
import Foundation

/// Turns every failure into a page in the visitor's language (400, 403, 404, 413, 429, 500), or
/// into `{"error": code, "message": text}` under `/api/`. An unexpected error is logged and
/// shown as 500 without its details.
public struct ErrorPageMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let renderer: PageRenderer
    let chrome: @Sendable (Request, WebContext) -> PageChrome

    public init(renderer: PageRenderer, chrome: @escaping @Sendable (Request, WebContext) -> PageChrome) {
        self.renderer = renderer
        self.chrome = chrome
    }

    public func handle(_ request: Request, context: WebContext,
                       next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let failure: WebError
        do {
            return try await next(request, context)
        } catch let refusal as WebError {
            failure = refusal
        } catch let http as HTTPError {
            failure = switch http.status {
            case .notFound: .notFound
            case .contentTooLarge: WebError(.contentTooLarge, "web.error.tooLarge")
            case .badRequest: WebError(.badRequest, "web.error.badRequest")
            case .methodNotAllowed: WebError(.methodNotAllowed, "web.error.badRequest")
            default: WebError(http.status.code >= 500 ? .internalServerError : http.status, "web.error.badRequest")
            }
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            failure = WebError(.internalServerError, "web.error.internal")
        }
        let error = failure
        var response: Response
        if let location = error.location {
            response = Response(status: .seeOther, headers: [.location: location])
        } else if request.uri.path.hasPrefix("/api/") {
            response = JSONBody.response(["error": error.key, "message": Messages(request.language).text(error.key, error.values)]
                                            .merging(error.detail.isEmpty ? [:] : ["detail": error.detail.joined(separator: "\n")]) { a, _ in a },
                                         status: error.status)
        } else {
            response = renderer.errorPage(error, chrome: chrome(request, context))
        }
        SecurityHeadersMiddleware.apply(to: &response.headers)
        return response
    }
}

/// JSON responses of the API: sorted keys, UTF-8.
public enum JSONBody {
    public static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
