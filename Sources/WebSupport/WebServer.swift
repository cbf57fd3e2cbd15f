public import Hummingbird
public import Logging
import NIOCore
public import ServiceLifecycle
import Foundation

/// Runs a web front end: a Hummingbird application in a service group that stops gracefully on
/// SIGTERM and SIGINT (requests in flight finish), logging through swift-log.
public enum WebServer {
    /// `host:port` parsed (`127.0.0.1:8080`, `[::1]:8080`, `:8080` = all addresses); nil when malformed.
    public static func parseAddress(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "0.0.0.0" : host, port)
    }

    /// Serves `router` on `host:port` until a shutdown signal; `onRunning` gets the bound port.
    public static func run(router: Router<WebContext>, host: String, port: Int, logger: Logger, services: [any Service] = [],
                           onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "Patuh"),
            services: services,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        try await app.runService()
    }

    /// Adds `GET /healthz` (`ok`, or 503 with the reason when `check` throws) and the shared stylesheet.
    public static func addCommonRoutes(to router: Router<WebContext>, check: @escaping @Sendable () async throws -> Void) {
        router.get("/healthz") { _, _ -> Response in
            do {
                try await check()
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: "ok\n")))
            } catch {
                return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: "unavailable\n")))
            }
        }
        router.get(RouterPath(stringLiteral: PageRenderer.stylesheetPath)) { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: PageRenderer.stylesheet)))
        }
    }
}

/// One JSON object per log line on standard error: `{"at":…, "level":…, "label":…, "message":…, …metadata}`.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String

    public init(label: String) { self.label = label }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = ["at": ISO8601DateFormatter().string(from: Date()), "level": event.level.rawValue,
                                        "label": label, "message": "\(event.message)"]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) {
            fields[key] = "\(value)"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(fields) else { return }
        line.append(0x0A)
        FileHandle.standardError.write(line)
    }
}
