import Foundation

/// Why a progress file could not be used: the file, what is wrong, and how to recover.
///
/// `description` is one line, ready for "almanac: …" on standard error.
public struct ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The file exists but cannot be read or understood; it is left untouched.
        case unreadable
        /// The file or its folder cannot be written; nothing was changed.
        case unwritable
        /// Another almanac held the lock for too long.
        case busy
        /// The user asked for something that does not exist (a profile name, a backup number).
        case badRequest
    }

    public var kind: Kind
    public var path: String
    public var problem: String
    public var recovery: String

    public init(_ kind: Kind, path: String, problem: String, recovery: String) {
        self.kind = kind
        self.path = path
        self.problem = problem
        self.recovery = recovery
    }

    public var description: String {
        let verb: String
        switch kind {
        case .unreadable: verb = "cannot read progress file"
        case .unwritable: verb = "cannot save progress file"
        case .busy: verb = "cannot lock progress file"
        case .badRequest: verb = "progress file"
        }
        return "\(verb) \(path): \(problem)" + (recovery.isEmpty ? "" : "; \(recovery)")
    }

    /// For a screen, where one line may be cut: what to do first, then what is wrong.
    public var onScreen: String {
        var fix = recovery
        if fix.hasPrefix("nothing was changed; ") { fix.removeFirst("nothing was changed; ".count) }
        let what = "The problem with \(FilePaths.name(of: path)): \(problem)."
        return fix.isEmpty ? what : "To fix: \(fix). " + what
    }

    /// What to do about a file that cannot be read: it is never overwritten, so these are safe.
    public static let unreadableRecovery =
        "nothing was changed; use --progress FILE to work elsewhere, or run 'almanac repair' to move it aside"

    public static func unreadable(_ path: String, _ problem: String) -> ProgressError {
        ProgressError(.unreadable, path: path, problem: problem, recovery: unreadableRecovery)
    }

    /// A sentence for an `errno` from a file operation.
    public static func explain(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EISDIR: return "it is a folder, not a file"
        case ELOOP: return "too many symbolic links"
        case ENAMETOOLONG: return "the path is too long"
        case EIO: return "an input/output error (failing disk?)"
        case EPIPE: return "the reader has gone (a closed pipe)"
        default: return String(cString: strerror(code))
        }
    }
}
