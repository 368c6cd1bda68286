import AlmanacModel
import Foundation

/// An exclusive `flock` on a lock file beside the progress file, held while one save reads,
/// merges and replaces it.
///
/// A separate lock file, because the progress file itself is replaced by rename on each save:
/// a lock on the old file would not stop a process that opens the new one. The lock file is
/// never deleted (deleting it would let two processes lock two different files). The kernel
/// drops the lock when its holder dies, even by `kill -9`.
enum FileLock {
    /// Runs `body` holding the lock, waiting up to `timeout` seconds for it.
    static func holding<T>(_ lockPath: String, for path: String, timeout: Double,
                           _ body: () throws(ProgressError) -> T) throws(ProgressError) -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 { throw .unwritable(path, "cannot create lock file \(lockPath)", errno: errno) }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: UInt32 = 1000
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw .unwritable(path, "cannot lock \(lockPath)", errno: code)
            }
            if Date() > deadline {
                close(fd)
                throw ProgressError(.busy, path: path, problem: "another almanac has been saving it for over \(Int(timeout)) seconds",
                                    recovery: "nothing was changed; try again, or close the other almanac")
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        defer { close(fd) }
        return try body()
    }
}
