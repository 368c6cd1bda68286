import Foundation

/// Plain words for a failed file operation: what went wrong (naming the folder when a folder on
/// the path is the reason) and what the person can do about it.
public enum FileProblem {
    /// What went wrong with `path` for `errno` `code`.
    public static func explain(_ code: Int32, at path: String) -> String {
        guard code == EACCES || code == EPERM else { return ProgressError.explain(code) }
        if let folder = closedFolder(on: path) { return "permission denied: you cannot enter the folder \(folder)" }
        return "permission denied"
    }

    /// What to do about `code` when reading or writing `path`; `elsewhere` names the way out
    /// ("use --progress FILE", "give another --output").
    public static func advice(_ code: Int32, at path: String, writing: Bool, elsewhere: String) -> String {
        switch code {
        case ENOSPC, EDQUOT:
            return "free some space on that disk, or \(elsewhere) elsewhere"
        case EROFS:
            return "that disk is read-only; \(elsewhere) on a writable disk"
        case EACCES, EPERM:
            if let closed = closedFolder(on: path) {
                return "ask the owner of \(closed) for access (ls -ld \(closed) shows it), or \(elsewhere)"
            }
            if writing {
                let existing = deepestFolder(of: FilePaths.folder(of: path))
                return "check that you may write in \(existing) (ls -ld \(existing) shows who may), or \(elsewhere)"
            }
            return "check that you may read it (ls -l \(path) shows who may; chmod u+r), or \(elsewhere)"
        case EIO:
            return "the disk may be failing: copy your files off it, or \(elsewhere) elsewhere"
        case ENOENT, ENOTDIR:
            return "check the path, or \(elsewhere)"
        default:
            return elsewhere
        }
    }

    /// `folder` if it exists, else its nearest parent that does: where a new file or folder would go.
    static func deepestFolder(of folder: String) -> String {
        var folder = folder
        var info = stat()
        while stat(folder, &info) != 0 {
            let parent = FilePaths.folder(of: folder)
            if parent == folder { break }
            folder = parent
        }
        return folder
    }

    /// The first folder on the way to `path` that this user cannot enter (search permission),
    /// or nil. Root may enter any folder, and `access` says so.
    static func closedFolder(on path: String) -> String? {
        var folders: [String] = []
        var folder = FilePaths.folder(of: path)
        while !folder.isEmpty {
            folders.append(folder)
            let parent = FilePaths.folder(of: folder)
            if parent == folder { break }
            folder = parent
        }
        for folder in folders.reversed() {
            var info = stat()
            guard stat(folder, &info) == 0 else { return nil }   // missing: its parents were open
            if access(folder, X_OK) != 0 { return folder }
        }
        return nil
    }
}
