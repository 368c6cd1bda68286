import AlmanacModel
import Foundation

/// The facilitator's notes file, by default beside the progress file (`progress.json` →
/// `progress.notes.md`). Read again only when its size or time changes, so the presenter view
/// can look on every timer tick; written atomically, so an editor open on it sees a whole file.
public final class FacilitatorNotesFile: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var seen: (size: Int, time: timespec)?
    private var kept = FacilitatorNotes()

    public init(path: String) { self.path = path }

    public convenience init(besideProgress progressPath: String) {
        self.init(path: FilePaths.beside(progressPath, "notes.md"))
    }

    /// The notes as the file holds them now; none when there is no file. A file that cannot be
    /// read gives the last notes read (and the problem, for the presenter view to show).
    public func read() -> (notes: FacilitatorNotes, problem: String?) {
        lock.withLock {
            var info = stat()
            guard stat(path, &info) == 0 else {
                seen = nil
                kept = FacilitatorNotes()
                return (kept, nil)
            }
            if let seen, seen.size == info.st_size, seen.time.tv_sec == info.st_mtim.tv_sec, seen.time.tv_nsec == info.st_mtim.tv_nsec {
                return (kept, nil)
            }
            do throws(ProgressError) {
                let data = try FileIO.read(path) ?? Data()
                guard data.count <= 1 << 20 else { return (kept, "the notes file \(path) is over 1 MB; notes are not shown") }
                kept = FacilitatorNotes(String(decoding: data, as: UTF8.self))
                seen = (info.st_size, info.st_mtim)
                return (kept, nil)
            } catch {
                return (kept, "the notes file cannot be read: \(error.problem)")
            }
        }
    }

    /// Sets one slide's notes, keeping the rest of the file as it is now on disk.
    public func set(_ slide: String, to notes: String) throws(ProgressError) {
        let current = FacilitatorNotes(String(decoding: try FileIO.read(path) ?? Data(), as: UTF8.self))
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        try FileIO.writeAtomically(Data(current.setting(slide, to: notes).utf8), to: path, mode: 0o644)
    }
}
