#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens files by their path relative to a workspace, one verified folder at a time.
///
/// The walker lists `Evidence/` with `openat` and never follows a link; between the walk and
/// the hashing, a folder on a file's path may be swapped for a symbolic link, or the file for
/// a FIFO. This cursor opens each folder on the path with `openat(O_DIRECTORY | O_NOFOLLOW)`
/// relative to the one before it, starting from the workspace's own descriptor, and the file
/// itself with `O_NOFOLLOW | O_NONBLOCK`: a link is never followed and opening never blocks.
/// It keeps the last folder open, so files of one folder (the walk's order) cost one `openat` each.
struct FolderCursor: ~Copyable {
    private let root: Int32
    private var folder: (path: Substring, fd: Int32)?

    /// Opens the workspace folder at `root` (already free of symbolic links: the walker's root).
    init?(root: String) {
        let fd = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.root = fd
    }

    deinit {
        if let folder { close(folder.fd) }
        close(root)
    }

    /// Opens the file at `relative` (e.g. `Evidence/S01-kebijakan/S01.1/sk.pdf`) for reading;
    /// the caller closes the descriptor. Fails with the reason in words.
    mutating func open(_ relative: String) -> Result<Int32, FolderCursor.Failure> {
        let slash = relative.lastIndex(of: "/")
        let parent = slash.map { relative[..<$0] } ?? ""
        let name = slash.map { relative[relative.index(after: $0)...] } ?? Substring(relative)
        let directory: Int32
        switch folderDescriptor(parent) {
        case .success(let fd): directory = fd
        case .failure(let failure): return .failure(failure)
        }
        let fd = openat(directory, String(name), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .failure(Failure(code == ELOOP ? "a symbolic link (not followed)" : POSIX.message(code)))
        }
        return .success(fd)
    }

    /// The descriptor of folder `path` (relative to the root), opened link by link.
    private mutating func folderDescriptor(_ path: Substring) -> Result<Int32, Failure> {
        if path.isEmpty { return .success(root) }
        if let folder, folder.path == path { return .success(folder.fd) }
        if let folder { close(folder.fd) }
        folder = nil
        var current = root
        for component in path.split(separator: "/") {
            let next = openat(current, String(component), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let code = errno
            if current != root { close(current) }
            guard next >= 0 else {
                let reason = code == ELOOP || code == ENOTDIR
                    ? "the folder \(component) on its path is now a symbolic link or not a folder (not followed)"
                    : "cannot open the folder \(component) on its path: \(POSIX.message(code))"
                return .failure(Failure(reason))
            }
            current = next
        }
        folder = (path, current)
        return .success(current)
    }

    /// Why a file could not be opened.
    struct Failure: Error {
        var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}
