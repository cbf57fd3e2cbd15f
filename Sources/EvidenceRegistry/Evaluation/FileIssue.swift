/// Why a file is reported rather than counted: the structured reason behind a misfiled,
/// symlinked or unreadable ``FileFinding``, so that a front end can word it in its language.
public enum FileIssue: Sendable, Hashable, Codable {
    /// Outside the folder convention.
    case misfiled(MisfiledReason)
    /// A symbolic link, never followed; `outside` when it points out of the workspace.
    case symlink(target: String, outside: Bool)
    /// A folder that cannot be listed, with the system's reason.
    case unreadableFolder(reason: String)
    /// A file that cannot be read, with the system's reason.
    case unreadableFile(reason: String)
    /// A device, socket or pipe.
    case notRegular
    /// A name that is not valid UTF-8.
    case invalidName

    /// The issue in English, for logs and the `detail` of a ``FileFinding``.
    public var englishDetail: String {
        switch self {
        case .misfiled(.outsideControlFolder): "not in a control folder (Evidence/<standard>/<control>/) nor in Evidence/_bersama/"
        case .misfiled(.unknownStandard(let folder)): "folder '\(folder)' names no standard of the catalog"
        case .misfiled(.unknownControl(let folder, let standard)): "folder '\(folder)' names no control of \(standard)"
        case .misfiled(.tooDeep): "in a subfolder of a control folder; evidence lies directly in the control folder"
        case .symlink(let target, true): "symbolic link to '\(target)', outside the workspace: not followed"
        case .symlink(let target, false): "symbolic link to '\(target)': not followed"
        case .unreadableFolder(let reason): "folder cannot be listed: \(reason)"
        case .unreadableFile(let reason): "cannot be read: \(reason)"
        case .notRegular: "not a regular file (device, socket or pipe)"
        case .invalidName: "the name is not valid UTF-8; rename the file"
        }
    }
}
