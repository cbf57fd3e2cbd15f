import Foundation

/// Rendered page contents kept between requests, each under the stamp of the data it was built
/// from (for the server: the portfolio store's revision, the case log's head and today's date
/// in each zone). A content is served again only while the current stamp is the one it was
/// kept under; any change of the data gives a new stamp, and the content is built again.
///
/// Requests that miss the same key at the same time share one build. At most `capacity`
/// contents are kept; past that, the least recently used goes.
///
/// A content may hold forms: it is built with ``csrfMarker`` in place of the session's CSRF
/// token, and ``PageRenderer/page(_:chrome:status:)`` puts each session's own token
/// in its place. Nothing else of the session (who is signed in, the navigation) belongs in a
/// kept content; the key holds what else it depends on (language, query, the viewer's scope).
public final class PageCache: @unchecked Sendable {
    /// A kept page: its title and its `<main>`, cut where ``PageCache/csrfMarker`` stands (so
    /// that serving it only joins the parts with the session's token: searching a large page
    /// for the marker on every request cost half the server's time).
    public struct Kept: Sendable {
        public var title: String
        /// The content between the markers, in order (one part when it holds none).
        public let parts: [Substring]

        public init(title: String, content: String) {
            self.title = title
            parts = content.split(separator: PageCache.csrfMarker, omittingEmptySubsequences: false)
        }

        /// The content with `csrf` where the marker stood.
        public func content(csrf: String) -> String {
            parts.count == 1 ? String(parts[0]) : parts.joined(separator: csrf)
        }
    }

    /// Stands for the session's CSRF token in a kept content (random per process, so no input
    /// can contain it by chance or on purpose).
    public static let csrfMarker = "csrf-" + Tokens.random()

    private struct Entry {
        var stamp: String
        var build: Task<Kept, any Error>
        var used: UInt64
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private var builds = 0
    public let capacity: Int

    public init(capacity: Int = 256) {
        self.capacity = max(1, capacity)
    }

    /// How many times a content was built (a miss), for tests and logs.
    public var buildCount: Int { lock.withLock { builds } }

    /// The content kept under `key` when it was built at `stamp`; otherwise `build`'s result,
    /// kept under `stamp`. A failed build is not kept: the next request builds again.
    public func content(_ key: String, stamp: String, build: @escaping @Sendable () async throws -> Kept) async throws -> Kept {
        let task: Task<Kept, any Error> = lock.withLock {
            clock += 1
            if var entry = entries[key], entry.stamp == stamp {
                entry.used = clock
                entries[key] = entry
                return entry.build
            }
            builds += 1
            let task = Task { try await build() }
            entries[key] = Entry(stamp: stamp, build: task, used: clock)
            if entries.count > capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
                entries[oldest] = nil
            }
            return task
        }
        do {
            return try await task.value
        } catch {
            lock.withLock {
                if entries[key]?.build == task { entries[key] = nil }
            }
            throw error
        }
    }

    /// Forgets every kept content.
    public func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}
