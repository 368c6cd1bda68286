import AlmanacModel
import Foundation

/// The shared session's file, beside the progress file: read on every timer tick, written
/// atomically (a new file renamed over the old) so a reader never sees half a write.
public struct PresentSessionFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `progress.json` → `progress.present.json` in the same folder.
    public init(besideProgress progressPath: String) {
        path = FilePaths.beside(progressPath, "present.json")
    }

    /// The session, or nil when there is none or it cannot be read (the other terminal then
    /// simply does not follow; nothing is lost).
    /// Read as progress files are (regular files only, never blocking on a pipe in its place).
    public func read() -> PresentSession? {
        guard let data = try? FileIO.read(path) else { return nil }
        return try? PresentSession.decode(data)
    }

    /// Throws a `ProgressError`, whose message says in plain words what went wrong.
    public func write(_ session: PresentSession) throws {
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        try FileIO.writeAtomically(try session.encoded(), to: path, mode: 0o600)
    }
}
