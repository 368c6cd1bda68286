import AlmanacModel
import Foundation

/// The few file operations the progress store needs, done with POSIX calls so that every
/// step (fsync, rename, fsync of the folder) is explicit and every error has its errno.
enum FileIO {
    /// The bytes of a regular file, or nil when nothing is there.
    ///
    /// Opens without blocking, so a FIFO put in the file's place cannot hang the program.
    static func read(_ path: String) throws(ProgressError) -> Data? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw openProblem(path, code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, ProgressError.explain(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw ProgressError(.unreadable, path: path, problem: "it is a folder, not a file",
                                recovery: "nothing was changed; use --progress FILE to name a file")
        default:
            throw ProgressError(.unreadable, path: path, problem: "it is not a regular file (a device, pipe or socket)",
                                recovery: "nothing was changed; use --progress FILE to name a file")
        }
        if info.st_size > ProgressDecoding.maximumSize {
            throw .unreadable(path, "it is \(info.st_size) bytes, far too large to be a progress file")
        }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == data.count { data.count += 4096 }
            let n = data.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, ProgressError.explain(errno))
            }
            if n == 0 { break }
            filled += n
            if filled > ProgressDecoding.maximumSize {
                throw .unreadable(path, "it is far too large to be a progress file")
            }
        }
        data.count = filled
        return data
    }

    private static func openProblem(_ path: String, _ code: Int32) -> ProgressError {
        ProgressError(.unreadable, path: path, problem: FileProblem.explain(code, at: path),
                      recovery: "nothing was changed; " + FileProblem.advice(code, at: path, writing: false, elsewhere: "use --progress FILE"))
    }

    /// Creates a folder and its parents (owner-only, since notes may be private).
    static func makeFolder(_ folder: String, for path: String) throws(ProgressError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw .unwritable(path, "\(folder) is a file, not a folder")
        }
        let parent = FilePaths.folder(of: folder)
        if !parent.isEmpty, parent != folder { try makeFolder(parent, for: path) }
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .unwritable(path, "cannot create folder \(folder)", errno: errno)
        }
    }

    /// Writes through a temporary file in the same folder: write, fsync, rename over `path`,
    /// fsync the folder. A crash at any point leaves either the old file or the new one.
    /// `pause` (microseconds between 4 KB chunks) exists only so crash tests can kill a save
    /// in the middle of its write; it is zero in normal use.
    static func writeAtomically(_ data: Data, to path: String, mode: mode_t, pause: UInt32 = 0) throws(ProgressError) {
        let folder = folderOf(path)
        let temp = folder + "/." + FilePaths.name(of: path) + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw .unwritable(path, "cannot create a file in \(folder)", errno: errno) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        do throws(ProgressError) {
            fchmod(fd, mode)
            try writeAll(fd, data, path, pause: pause)
            if fsync(fd) != 0 { throw .unwritable(path, "cannot flush to disk", errno: errno) }
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw .unwritable(path, "cannot close the new file", errno: errno) }
        if rename(temp, path) != 0 { throw .unwritable(path, "cannot replace it", errno: errno) }
        ok = true
        syncFolder(folder)
    }

    private static func writeAll(_ fd: Int32, _ data: Data, _ path: String, pause: UInt32) throws(ProgressError) {
        var written = 0
        while written < data.count {
            let chunk = pause == 0 ? data.count - written : min(4096, data.count - written)
            if pause > 0, written > 0 { usleep(pause) }
            let n = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unwritable(path, "cannot write", errno: errno)
            }
            written += n
        }
    }

    /// Makes a rename or new link in `folder` durable.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The file a chain of symbolic links ends at (it may not exist yet), so that a save
    /// replaces the target rather than the link.
    static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<16 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
                  let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = target.hasPrefix("/") ? target : folderOf(current) + "/" + target
        }
        return current
    }

    static func folderOf(_ path: String) -> String {
        FilePaths.folder(of: path)
    }

    /// Permission bits of an existing file, so a save keeps them.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    /// Removes temporary files a killed save left behind. Only called under the lock, when no
    /// other almanac can be writing one.
    static func removeStaleTemporaries(for path: String) {
        let folder = folderOf(path)
        let prefix = "." + FilePaths.name(of: path) + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) { unlink(folder + "/" + name) }
    }
}
